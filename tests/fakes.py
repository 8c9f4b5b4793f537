"""Fakes for fast unit tests (never used to claim that something works with the real model).

``HashEmbedder`` maps each word to a hash-seeded random vector, so texts that
share words get similar vectors and it can still rank; ``CountingEmbedder``
also records every text it is asked to embed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+")


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)


class HashEmbedder:
    """A deterministic fake embedder (the ``Embedder`` protocol of ``assistant.index.embed``)."""

    backend = "hash"

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

    def encode_document(self, texts: Sequence[str], progress=None) -> np.ndarray:
        out = (
            _normalise(np.stack([self._one(t) for t in texts])) if texts else np.zeros((0, self.dimension), np.float32)
        )
        if progress:
            progress(len(texts), len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return _normalise(self._one(text)[None, :])[0]


class CountingEmbedder(HashEmbedder):
    """A hash embedder that records every text it is asked to embed."""

    def __init__(self, dimension: int = 64, model_id: str | None = None) -> None:
        super().__init__(dimension, model_id)
        self.embedded: list[str] = []

    def encode_document(self, texts, progress=None):
        self.embedded.extend(texts)
        return super().encode_document(texts, progress)


def fake_embedder_for(model: str):
    """The fake for a ``hash-N`` model name, else None (so the real factory is used)."""
    if model.startswith("hash-"):
        return HashEmbedder(int(model.split("-", 1)[1]), model)
    return None


def install_fake_models() -> None:
    """Make ``hash-N`` model names mean the fake in this process (for subprocess smoke runs of the CLI)."""
    import assistant.index.embed as embed

    real = embed.make_embedder
    embed.make_embedder = lambda settings: fake_embedder_for(settings.model) or real(settings)


def written_corpus(tmp_path, readouts: dict, real: bool = False):
    """An Assistant over readouts written in a test ({file name: (title, publication date, body)}), built with
    the hash embedder: for what the records and the rules make of the words, not for ranking by meaning. With
    ``real``, built with the real bundled model instead, for what is a ranking by meaning."""
    from assistant import Assistant
    from assistant.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (title, date, body) in readouts.items():
        (corpus / name).write_text(f"{title}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    model = {} if real else {"model": "hash-64"}
    return Assistant.build(corpus, settings=Settings(index_dir=tmp_path / "index", corpus=corpus, **model))


def meeting_of(asst, source: str):
    """The meeting record of one readout of ``asst``."""
    return next(m for m in asst.meetings() if m.source == source)


def extracted_meeting(tmp_path, name: str, title: str, date: str, body: str):
    """The meeting record the extractor makes of one readout written in a test (no index, no model)."""
    from assistant.corpus.chunking import chunk_readout
    from assistant.corpus.extract import extract
    from assistant.corpus.ingest import parse_readout

    path = tmp_path / name
    path.write_text(f"{title}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    readout, _ = parse_readout(path.read_bytes(), name, "txt")
    return extract(chunk_readout(readout))[1]
