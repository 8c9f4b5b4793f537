"""The public API: ``Assistant.build``, ``Assistant.open``, ``ask``, ``retrieve``, ``stream``.

The CLI, the web chat, notebooks and outside checks all go through this
module; it is the only one that wires the stages together.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from . import store as store_mod
from .answer import Candidate, extractive_answer, readout_terms, topic_question
from .chunking import chunk_readout
from .config import Settings, load_settings
from .errors import AssistantError, IngestError
from .ingest import IngestReport, Skipped, ingest_paths
from .lexical import tokenize
from .records import Answer, Passage, Readout, sha256_text
from .retrieve import HybridRetriever

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    """What a build did: counts, which files were embedded, skipped or dropped."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    embedded_texts: int = 0
    reused_vectors: int = 0
    rebuilt_reason: str | None = None
    seconds: float = 0.0
    wrote: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed", f"{len(self.removed)} removed",
                 f"{len(self.unchanged)} unchanged"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f"; {self.embedded_texts} texts embedded in {self.seconds:.1f}s"


def _passage_vectors(sent_vecs: np.ndarray, title_vec: np.ndarray, groups: list[tuple[int, int]],
                     title_weight: float = 0.5) -> np.ndarray:
    """A passage's vector: its sentences' mean, nudged toward its readout's title, normalised."""
    out = np.zeros((len(groups), sent_vecs.shape[1] if sent_vecs.ndim == 2 else title_vec.shape[0]), np.float32)
    for i, (a, b) in enumerate(groups):
        v = sent_vecs[a:b].astype(np.float32).mean(axis=0) + title_weight * title_vec.astype(np.float32)
        n = np.linalg.norm(v)
        out[i] = v / n if n else v
    return out


class Assistant:
    """Question answering over an index of readouts. Thread-safe for concurrent ``ask``."""

    def __init__(self, store, settings: Settings, embedder=None) -> None:
        self.store = store
        self.settings = settings
        self._embedder = embedder
        self._embedder_lock = threading.Lock()
        self._retriever: HybridRetriever | None = None
        self.last_build: BuildReport | None = None

    # ------------------------------------------------------------------ construction
    @staticmethod
    def index_exists(index_dir: str | Path) -> bool:
        """Whether ``index_dir`` holds a complete index (cheap: reads no index data)."""
        return store_mod.exists(Path(index_dir))

    @classmethod
    def open(cls, index_dir: str | Path | None = None, *, settings: Settings | None = None, embedder=None,
             **overrides) -> "Assistant":
        """Load a built index. Raises IndexMissingError (with the command to build one) if there is none."""
        settings = _settings(settings, index_dir=index_dir, **overrides)
        st = store_mod.Store(Path(settings.index_dir))
        fingerprint = settings.index_fingerprint()
        if embedder is not None:
            fingerprint["model"] = embedder.model_id
        store_mod.check_compatible(st.manifest, fingerprint, Path(settings.index_dir))
        return cls(st, settings, embedder)

    @classmethod
    def build(cls, corpus: str | Path | Sequence[str | Path] | None = None, index_dir: str | Path | None = None, *,
              settings: Settings | None = None, embedder=None, progress: Progress | None = None,
              **overrides) -> "Assistant":
        """Index the readouts under ``corpus``, or update the index incrementally.

        Unchanged files keep their vectors; added or changed files are embedded;
        files no longer present are dropped. The new index replaces the old one
        atomically. Raises IngestError when nothing can be indexed.
        """
        settings = _settings(settings, index_dir=index_dir, **overrides)
        paths = _as_paths(corpus if corpus is not None else settings.corpus)
        report = ingest_paths(paths)
        if not report.readouts:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
            raise IngestError(
                f"No readouts found in {', '.join(str(p) for p in paths)}"
                + (f" ({reasons})" if reasons else "")
                + ". Give a folder or files of .txt, .md or .html readouts."
            )
        return cls._update(report, settings, embedder, progress, replace=True)

    def add(self, paths: str | Path | Sequence[str | Path], progress: Progress | None = None) -> BuildReport:
        """Add (or update) readouts to this index, keeping everything already in it.

        Sources of added files are their file names; returns the build report.
        """
        report = ingest_paths(_as_paths(paths))
        if not report.readouts:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5]) or "no readable files"
            raise IngestError(f"Nothing to add ({reasons}). Upload .txt, .md or .html readouts.")
        new = Assistant._append(report, self.settings, self.embedder, progress, self.store)
        if new is None:  # a changed file, or an index from before appends: the general path
            new = Assistant._update(report, self.settings, self._embedder, progress, replace=False,
                                    previous=self.store)
        old_store = self.store
        self.store, self._retriever = new.store, None
        old_store.close()
        self.last_build = new.last_build
        return new.last_build

    @classmethod
    def _append(cls, report: IngestReport, settings: Settings, embedder, progress: Progress | None,
                old) -> "Assistant | None":
        """Add readouts with new sources by appending a generation: nothing indexed is re-read or re-embedded.

        Costs what the new readouts cost, not what the index holds. Returns
        None (the caller takes the general path) when a source is already
        indexed or the index predates appendable generations.
        """
        t0 = time.perf_counter()
        known = dict(old.readout_spans())
        if "segments" not in old.manifest or any(r.source in known for r in report.readouts) \
                or embedder.model_id != old.manifest.get("model") \
                or len({r.source for r in report.readouts}) != len(report.readouts):
            return None
        build = BuildReport(skipped=list(report.skipped), warnings=list(report.warnings))
        readouts = sorted(report.readouts, key=lambda r: r.source)
        chunks = [chunk_readout(r, settings.chunk_words, settings.chunk_overlap) for r in readouts]
        texts: list[str] = []
        for r, (sentences, _) in zip(readouts, chunks):
            texts.extend(s.text for s in sentences)
            texts.append(r.title)
        vectors = _embed_with_cache(embedder, texts, _VectorCache(old), build,
                                    (lambda d, t: progress("embedding", d, t)) if progress else None)
        sent_blocks, title_vecs, passage_vecs, bm25_docs, at = [], [], [], [], 0
        for r, (sentences, groups) in zip(readouts, chunks):
            sent_blocks.append(vectors[at:at + len(sentences)])
            title_vecs.append(vectors[at + len(sentences)])
            at += len(sentences) + 1
            passage_vecs.append(_passage_vectors(sent_blocks[-1], title_vecs[-1], groups))
            title_tokens = tokenize(r.title)
            for a, b in groups:
                bm25_docs.append(title_tokens + tokenize(r.text[sentences[a].start:sentences[b - 1].end]))
        manifest = dict(old.manifest)
        manifest["files"] = {**manifest.get("files", {}), **{
            r.source: {"sha256": r.sha256, "chars": len(r.text), "title": r.title, "date": r.date} for r in readouts}}
        counts = dict(manifest.get("counts", {}))
        counts["readouts"] = old.n_readouts + len(readouts)
        counts["passages"] = old.n_passages + sum(len(g) for _, g in chunks)
        counts["sentences"] = old.n_sentences + sum(len(s) for s, _ in chunks)
        manifest["counts"] = counts
        manifest["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        manifest["embed_backend"] = getattr(embedder, "backend", "custom")
        content = store_mod.IndexContent(
            readouts=readouts,
            sentences=[[(s.start, s.end) for s in sentences] for sentences, _ in chunks],
            passages=[groups for _, groups in chunks],
            sentence_vectors=np.concatenate(sent_blocks), title_vectors=np.stack(title_vecs),
            passage_vectors=np.concatenate(passage_vecs), bm25_docs=bm25_docs, manifest=manifest)
        if progress:
            progress("writing", 0, 1)
        if store_mod.append_index(Path(settings.index_dir), old, content) is None:
            return None
        if progress:
            progress("writing", 1, 1)
        build.added = [r.source for r in readouts]
        build.unchanged = sorted(known)
        build.wrote = True
        build.seconds = time.perf_counter() - t0
        asst = cls(store_mod.Store(Path(settings.index_dir)), settings, embedder)
        asst.last_build = build
        return asst

    @classmethod
    def _update(cls, report: IngestReport, settings: Settings, embedder, progress: Progress | None, *,
                replace: bool, previous=None) -> "Assistant":
        t0 = time.perf_counter()
        index_dir = Path(settings.index_dir)
        embedder = embedder or _default_embedder(settings)
        fingerprint = settings.index_fingerprint()
        fingerprint["model"] = embedder.model_id
        build = BuildReport(skipped=list(report.skipped), warnings=list(report.warnings))

        old = previous
        if old is None and store_mod.exists(index_dir):
            try:
                old = store_mod.Store(index_dir)
                store_mod.check_compatible(old.manifest, fingerprint, index_dir)
            except AssistantError as exc:
                build.rebuilt_reason = str(exc)
                old = None
        new_by_source = {r.source: r for r in report.readouts}
        old_by_source = dict(old.readout_spans()) if old is not None else {}

        readouts: list[Readout] = []
        if not replace and old is not None:
            for source, _ in old.readout_spans():
                if source not in new_by_source:
                    readouts.append(old.readout(source))
                    build.unchanged.append(source)
        for r in report.readouts:
            readouts.append(r)
            if r.source not in old_by_source:
                build.added.append(r.source)
            elif old_by_source[r.source] != r.sha256:
                build.changed.append(r.source)
            else:
                build.unchanged.append(r.source)
        if replace:
            build.removed = sorted(set(old_by_source) - set(new_by_source))
        readouts.sort(key=lambda r: r.source)

        if old is not None and not (build.added or build.changed or build.removed):
            build.seconds = time.perf_counter() - t0
            asst = cls(old, settings, embedder)
            asst.last_build = build
            return asst

        # chunk everything; reuse vectors of unchanged readouts, embed the rest
        if progress:
            progress("chunking", 0, len(readouts))
        chunks = [chunk_readout(r, settings.chunk_words, settings.chunk_overlap) for r in readouts]
        if progress:
            progress("chunking", len(readouts), len(readouts))
        dim = None
        sent_blocks: list[np.ndarray | None] = []
        title_vecs: list[np.ndarray | None] = []
        to_embed: list[str] = []
        where: list[tuple[str, int, int]] = []  # (kind, readout index, sentence offset)
        cache = _VectorCache(old) if old is not None else None
        for i, (r, (sentences, _)) in enumerate(zip(readouts, chunks)):
            rows = old.readout_rows(r.source) if old is not None and old_by_source.get(r.source) == r.sha256 else None
            if rows is not None:
                _, s_lo, s_hi, _, _ = rows
                sent_blocks.append(np.asarray(old.sentence_vectors[s_lo:s_hi], dtype=np.float32))
                title_vecs.append(np.asarray(old.title_vectors[rows[0]], dtype=np.float32))
                build.reused_vectors += (s_hi - s_lo) + 1
                continue
            sent_blocks.append(None)
            title_vecs.append(None)
            for j, s in enumerate(sentences):
                to_embed.append(s.text)
                where.append(("s", i, j))
            to_embed.append(r.title)
            where.append(("t", i, 0))
        vectors = _embed_with_cache(embedder, to_embed, cache, build,
                                    (lambda d, t: progress("embedding", d, t)) if progress else None)
        dim = vectors.shape[1] if len(vectors) else int(embedder.dimension)
        for i, (r, (sentences, _)) in enumerate(zip(readouts, chunks)):
            if sent_blocks[i] is None:
                sent_blocks[i] = np.zeros((len(sentences), dim), np.float32)
        for (kind, i, j), vec in zip(where, vectors):
            if kind == "s":
                sent_blocks[i][j] = vec
            else:
                title_vecs[i] = vec

        passage_vecs = []
        bm25_docs: list[list[str]] = []
        for r, (sentences, groups), svecs, tvec in zip(readouts, chunks, sent_blocks, title_vecs):
            passage_vecs.append(_passage_vectors(svecs, tvec, groups))
            title_tokens = tokenize(r.title)
            for a, b in groups:
                bm25_docs.append(title_tokens + tokenize(r.text[sentences[a].start:sentences[b - 1].end]))
        content = store_mod.IndexContent(
            readouts=readouts,
            sentences=[[(s.start, s.end) for s in sentences] for sentences, _ in chunks],
            passages=[groups for _, groups in chunks],
            sentence_vectors=np.concatenate(sent_blocks) if sent_blocks else np.zeros((0, dim), np.float32),
            title_vectors=np.stack(title_vecs) if title_vecs else np.zeros((0, dim), np.float32),
            passage_vectors=np.concatenate(passage_vecs) if passage_vecs else np.zeros((0, dim), np.float32),
            bm25_docs=bm25_docs,
            manifest={
                "model": embedder.model_id,
                "dimension": dim,
                "settings": fingerprint,
                "corpus_root": str(report.root) if report.root else None,
                "files": {r.source: {"sha256": r.sha256, "chars": len(r.text), "title": r.title, "date": r.date}
                          for r in readouts},
                "counts": {"readouts": len(readouts), "passages": sum(len(g) for _, g in chunks),
                           "sentences": sum(len(s) for s, _ in chunks)},
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                # which backend computed the vectors; torch and onnx-int8 vectors agree to cosine > 0.99,
                # so either may query or extend the index (see embed.OnnxEmbedder)
                "embed_backend": getattr(embedder, "backend", "custom"),
            },
        )
        if progress:
            progress("writing", 0, 1)
        store_mod.write_index(index_dir, content)
        if progress:
            progress("writing", 1, 1)
        if old is not None and previous is None:
            old.close()
        build.wrote = True
        build.seconds = time.perf_counter() - t0
        asst = cls(store_mod.Store(index_dir), settings, embedder)
        asst.last_build = build
        return asst

    # ------------------------------------------------------------------ querying
    @property
    def embedder(self):
        if self._embedder is None:
            with self._embedder_lock:
                if self._embedder is None:
                    self._embedder = _default_embedder(self.settings)
        return self._embedder

    @property
    def retriever(self) -> HybridRetriever:
        if self._retriever is None or self._retriever.store is not self.store:
            self._retriever = HybridRetriever(self.store, self.embedder, self.settings)
        return self._retriever

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The ``k`` passages that best match ``question``, best first."""
        _check_question(question)
        return self.retriever.retrieve(question, k or self.settings.k)

    def ask(self, question: str, history: list[dict] | None = None, *, k: int | None = None) -> Answer:
        """Answer ``question`` from the readouts, quoting and citing; abstains when they don't say.

        ``history`` is a list of ``{"role": "user"|"assistant", "content": str}``
        messages; a follow-up question is rewritten to stand alone from it.
        """
        answer = None
        for piece in self.stream(question, history=history, k=k):
            if isinstance(piece, Answer):
                answer = piece
        assert answer is not None
        return answer

    def stream(self, question: str, history: list[dict] | None = None, *, k: int | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the final ``Answer``."""
        _check_question(question)
        if self.settings.llm:  # generated answer: condense -> retrieve -> answer -> cite -> verify (chain.py)
            from .chain import stream_generated

            yield from stream_generated(self, question, history, k or self.settings.k)
            return
        yield from self._stream_extractive(question, history, k)

    def _stream_extractive(self, question: str, history: list[dict] | None, k: int | None) -> Iterator[str | Answer]:
        t0 = time.perf_counter()
        standalone = self.condense(question, history)
        k = k or self.settings.k
        qvec = self.embedder.embed_query(standalone)
        topic = topic_question(standalone)
        tvec = self.embedder.embed_query(topic) if topic != standalone else None
        t_embed = time.perf_counter()
        hits = self.retriever.hits(standalone, qvec, k)
        passages = [self.store.passage(h.row, h.fused) for h in hits]
        t_retrieve = time.perf_counter()
        candidates = self._candidates(hits, passages, qvec, tvec)
        answer = extractive_answer(standalone, candidates, passages, self.store.bm25.idf,
                                   min_support=self.settings.min_support, margin=self.settings.quote_margin,
                                   max_quotes=self.settings.max_quotes, known=self.store.bm25.known)
        t_answer = time.perf_counter()
        from dataclasses import replace

        answer = replace(answer, question=question, standalone_question=standalone if standalone != question else None,
                         timings={"embed_ms": round((t_embed - t0) * 1000, 2),
                                  "retrieve_ms": round((t_retrieve - t_embed) * 1000, 2),
                                  "answer_ms": round((t_answer - t_retrieve) * 1000, 2),
                                  "total_ms": round((t_answer - t0) * 1000, 2)})
        for line in answer.text.split("\n"):
            yield line + "\n"
        yield answer

    def condense(self, question: str, history: list[dict] | None) -> str:
        """The question made to stand alone, given the conversation so far."""
        from .followup import condense_rule_based

        if self.settings.llm:
            from .chain import condense_with_llm

            return condense_with_llm(self, question, history or [])

        return condense_rule_based(question, history or [])

    def _candidates(self, hits, passages: list[Passage], qvec: np.ndarray,
                    tvec: np.ndarray | None = None) -> list[Candidate]:
        out: list[Candidate] = []
        # a readout's terms depend only on its text: keep them across questions (per store, bounded)
        if getattr(self, "_terms_store", None) is not self.store or len(self._terms) > 4096:
            self._terms_store, self._terms = self.store, {}
        terms_cache: dict[str, frozenset] = self._terms
        for rank, (hit, p) in enumerate(zip(hits, passages)):
            s_lo, s_hi = self.store.passage_sentence_rows(hit.row)
            vecs = np.asarray(self.store.sentence_vectors[s_lo:s_hi], dtype=np.float32)
            cos = vecs @ qvec if len(vecs) else np.zeros(0)
            tcos = vecs @ tvec if (tvec is not None and len(vecs)) else [None] * len(vecs)
            if p.source not in terms_cache:
                r = self.store.readout_of_passage(hit.row)
                terms_cache[p.source] = readout_terms(r.title, r.text)
            for sent, c, tc in zip(p.sentences, cos, tcos):
                out.append(Candidate(sent, float(c), rank, p.title, p.date, terms_cache[p.source],
                                     None if tc is None else float(tc)))
        return out

    # ------------------------------------------------------------------ inspection
    def readout(self, source: str) -> Readout | None:
        """The full readout indexed under ``source`` (as ingested), or None."""
        return self.store.readout(source)

    def readouts(self) -> list[dict]:
        """What is indexed: one dict per readout (source, title, date, chars, passages, sentences)."""
        return self.store.readouts()

    def info(self) -> dict:
        """Model, sizes and settings of the index."""
        m = self.store.manifest
        return {
            "index_dir": str(self.store.index_dir),
            "generation": m.get("generation"),
            "model": m.get("model"),
            "dimension": m.get("dimension"),
            "settings": m.get("settings"),
            "corpus_root": m.get("corpus_root"),
            "built_at": m.get("built_at"),
            "backend": m.get("embed_backend"),
            "faiss_index": m.get("faiss_index", "flat"),
            "readouts": self.store.n_readouts,
            "passages": self.store.n_passages,
            "sentences": self.store.n_sentences,
            "disk_bytes": self.store.disk_bytes(),
        }

    def as_retriever(self, k: int | None = None):
        """This assistant's retrieval as a LangChain ``BaseRetriever``."""
        from .retrieve import langchain_retriever

        return langchain_retriever(self, k)

    def close(self) -> None:
        self.store.close()


class _VectorCache:
    """Vectors of the old index by content hash, so unchanged text is never re-embedded."""

    def __init__(self, old) -> None:
        self._old = old
        self._map: dict[str, tuple[str, int]] | None = None
        self._sorted: np.ndarray | None = None

    def _build(self) -> dict[str, tuple[str, int]]:
        m: dict[str, tuple[str, int]] = {}
        for rid, (source, _) in enumerate(self._old.readout_spans()):
            r = self._old.readout(source)
            _, s_lo, s_hi, _, _ = self._old.readout_rows(source)
            for k, (s, e) in enumerate(self._old.sentence_spans(s_lo, s_hi)):
                m.setdefault(sha256_text(r.text[s:e]), ("s", s_lo + k))
            m.setdefault(sha256_text(r.title), ("t", rid))
        return m

    def _lookup(self, text: str) -> np.ndarray | None:
        """By the stored 64-bit sha256 prefixes: no readout text is read, however large the index."""
        if self._sorted is None:
            keys = [np.asarray(self._old.sentence_hashes), np.asarray(self._old.title_hashes)]
            allkeys = np.concatenate(keys)
            self._order = np.argsort(allkeys, kind="stable")
            self._sorted = allkeys[self._order]
            self._n_sent = len(keys[0])
        h = np.uint64(int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little"))
        i = int(np.searchsorted(self._sorted, h))
        if i >= len(self._sorted) or self._sorted[i] != h:
            return None
        row = int(self._order[i])
        src, row = (self._old.sentence_vectors, row) if row < self._n_sent else (self._old.title_vectors, row - self._n_sent)
        return np.asarray(src[row], dtype=np.float32)

    def get(self, text: str) -> np.ndarray | None:
        if getattr(self._old, "sentence_hashes", None) is not None and getattr(self._old, "title_hashes", None) is not None:
            return self._lookup(text)
        if self._map is None:
            self._map = self._build()
        hit = self._map.get(sha256_text(text))
        if hit is None:
            return None
        kind, row = hit
        src = self._old.sentence_vectors if kind == "s" else self._old.title_vectors
        return np.asarray(src[row], dtype=np.float32)


def _embed_with_cache(embedder, texts: list[str], cache: _VectorCache | None, build: BuildReport, progress):
    if not texts:
        return np.zeros((0, 1), np.float32)
    found: dict[int, np.ndarray] = {}
    if cache is not None:
        for i, t in enumerate(texts):
            v = cache.get(t)
            if v is not None:
                found[i] = v
    missing_idx = [i for i in range(len(texts)) if i not in found]
    # identical texts inside this batch are embedded once
    unique: dict[str, int] = {}
    for i in missing_idx:
        unique.setdefault(texts[i], len(unique))
    fresh = embedder.embed_documents(list(unique), progress=progress) if unique else None
    dim = fresh.shape[1] if fresh is not None else next(iter(found.values())).shape[0]
    out = np.zeros((len(texts), dim), np.float32)
    for i, v in found.items():
        out[i] = v
    for i in missing_idx:
        out[i] = fresh[unique[texts[i]]]
    build.embedded_texts += len(unique)
    build.reused_vectors += len(found)
    return out


def _default_embedder(settings: Settings):
    from .embed import make_embedder

    return make_embedder(settings)


def _settings(settings: Settings | None, **overrides) -> Settings:
    clean = {k: v for k, v in overrides.items() if v is not None}
    if settings is None:
        return load_settings(**clean)
    if not clean:
        return settings
    return load_settings(**{**settings.model_dump(), **clean})


def _as_paths(corpus) -> list[Path]:
    if isinstance(corpus, (str, Path)):
        return [Path(corpus)]
    return [Path(p) for p in corpus]


def _check_question(question: str) -> None:
    from .errors import AssistantError as _E

    if not isinstance(question, str) or not question.strip():
        raise _E("The question is empty. Ask something about the readouts, e.g. 'What did the ministers agree on?'")
    if len(question) > 2000:
        raise _E("The question is too long (over 2,000 characters). Ask a shorter question.")
