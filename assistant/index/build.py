"""Indexing: readouts in, a new generation of the index out. One pipeline for full builds and appends.

``prepare`` turns readouts into ``IndexContent`` (chunks, vectors, BM25
tokens): vectors of unchanged readouts are reused by row, and any text the
index has embedded before (same sentence, same title) is found by its hash,
so only new text reaches the model. ``update`` decides what changed and
writes either an append (only new sources: the cost follows the new
readouts) or a full generation. Callers hold the backend's writer lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..config import Settings
from ..corpus.chunking import chunk_readout
from ..corpus.extract import EXTRACTOR_VERSION, extract
from ..corpus.files import Skipped
from ..corpus.ingest import IngestReport
from ..errors import AssistantError
from ..records import Chunks, Readout
from ..text.tokenize import tokenize
from .base import Backend, IndexContent, StoreReader
from .manifest import appended_manifest, check_compatible, fingerprint, new_manifest

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    """What a build did: which files were embedded, kept, skipped or dropped, and how long it took."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    embedded_texts: int = 0
    reused_vectors: int = 0
    rebuilt_reason: str | None = None
    seconds: float = 0.0
    wrote: bool = False

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.kept:
            parts.append(f"{len(self.kept)} uploaded kept")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f"; {self.embedded_texts} texts embedded in {self.seconds:.1f}s"


def passage_vectors(
    sent_vecs: np.ndarray, title_vec: np.ndarray, chunks: Chunks, title_weight: float = 0.5
) -> np.ndarray:
    """A passage's vector: its sentences' mean, nudged toward its readout's title, normalised."""
    out = np.zeros((len(chunks.passages), title_vec.shape[0]), np.float32)
    for i, p in enumerate(chunks.passages):
        v = sent_vecs[p.first : p.last].astype(np.float32).mean(axis=0) + title_weight * title_vec.astype(np.float32)
        n = np.linalg.norm(v)
        out[i] = v / n if n else v
    return out


def bm25_documents(chunks: Chunks) -> list[list[str]]:
    """The BM25 tokens of each passage: its readout's title, then its text."""
    title_tokens = tokenize(chunks.readout.title)
    text = chunks.readout.text
    return [title_tokens + tokenize(text[slice(*chunks.passage_span(p))]) for p in chunks.passages]


def embed_with_cache(
    embedder, texts: list[str], old: StoreReader | None, build: BuildReport, progress: Callable[[int, int], None] | None
) -> np.ndarray:
    """Vectors of ``texts``: those the old index holds are reused, identical texts embedded once."""
    found = old.known_vectors(texts) if old is not None and texts else {}
    missing = [i for i in range(len(texts)) if i not in found]
    unique: dict[str, int] = {}
    for i in missing:
        unique.setdefault(texts[i], len(unique))
    out = np.zeros((len(texts), int(embedder.dimension)), np.float32)
    for i, v in found.items():
        out[i] = v
    if unique:
        fresh = embedder.encode_document(list(unique), progress=progress)
        for i in missing:
            out[i] = fresh[unique[texts[i]]]
    build.embedded_texts += len(unique)
    build.reused_vectors += len(found)
    return out


def prepare(
    readouts: list[Readout],
    settings: Settings,
    embedder,
    old: StoreReader | None,
    build: BuildReport,
    progress: Progress | None,
    reuse: set[str] | frozenset[str] = frozenset(),
) -> IndexContent:
    """Chunk, embed and tokenise ``readouts``. Sources in ``reuse`` are unchanged in ``old``: their vectors
    are copied by row instead of looked up."""
    if progress:
        progress("chunking", 0, len(readouts))
    chunks, meetings, statements = [], [], []
    for r in readouts:
        c, m, st = extract(chunk_readout(r, settings.chunk_words, settings.chunk_overlap))
        chunks.append(c)
        meetings.append(m)
        statements.append(st)
    if progress:
        progress("chunking", len(readouts), len(readouts))
    dim = int(embedder.dimension)
    sent_blocks: list[np.ndarray] = []
    title_vecs: list[np.ndarray] = []
    to_embed: list[str] = []
    slots: list[tuple[int, int]] = []  # (chunk index, sentence index or -1 for the title)
    for i, c in enumerate(chunks):
        rows = old.readout_rows(c.readout.source) if old is not None and c.readout.source in reuse else None
        if old is not None and rows is not None:
            sent_blocks.append(old.sentence_vectors(rows.s_lo, rows.s_hi))
            title_vecs.append(old.title_vector(rows.rid))
            build.reused_vectors += (rows.s_hi - rows.s_lo) + 1
            continue
        sent_blocks.append(np.zeros((len(c.sentences), dim), np.float32))
        title_vecs.append(np.zeros(dim, np.float32))
        to_embed += [s.text for s in c.sentences] + [c.readout.title]
        slots += [(i, j) for j in range(len(c.sentences))] + [(i, -1)]
    vectors = embed_with_cache(
        embedder, to_embed, old, build, (lambda d, t: progress("embedding", d, t)) if progress else None
    )
    for (i, j), vec in zip(slots, vectors):
        if j < 0:
            title_vecs[i] = vec
        else:
            sent_blocks[i][j] = vec
    empty = np.zeros((0, dim), np.float32)
    return IndexContent(
        chunks=chunks,
        sentence_vectors=np.concatenate(sent_blocks) if sent_blocks else empty,
        title_vectors=np.stack(title_vecs) if title_vecs else empty,
        passage_vectors=np.concatenate([passage_vectors(s, t, c) for s, t, c in zip(sent_blocks, title_vecs, chunks)])
        if chunks
        else empty,
        bm25_docs=[doc for c in chunks for doc in bm25_documents(c)],
        meetings=meetings,
        statements=statements,
    )


def _counts(chunks: list[Chunks]) -> dict[str, int]:
    return {
        "readouts": len(chunks),
        "passages": sum(len(c.passages) for c in chunks),
        "sentences": sum(len(c.sentences) for c in chunks),
    }


def open_compatible(backend: Backend, settings: Settings, embedder, build: BuildReport) -> StoreReader | None:
    """The live generation when it was built with these settings; else None (and why, in the report)."""
    if not backend.exists():
        return None
    try:
        old = backend.open()
    except AssistantError as exc:
        build.rebuilt_reason = str(exc)
        return None
    try:
        check_compatible(old.manifest, fingerprint(settings, embedder.model_id), backend.describe())
    except AssistantError as exc:
        old.close()
        build.rebuilt_reason = str(exc)
        return None
    return old


def update(
    backend: Backend,
    report: IngestReport,
    settings: Settings,
    embedder,
    progress: Progress | None = None,
    *,
    replace: bool,
    keep: Callable[[str], bool] = lambda source: False,
) -> BuildReport:
    """Bring the index in line with ``report``'s readouts; the backend's writer lock must be held.

    With ``replace`` the readouts are the corpus: indexed readouts missing
    from it are dropped, except those ``keep`` says to keep (uploads).
    Without, they are added to what is indexed. Unchanged readouts keep
    their vectors. Returns the report; ``wrote`` tells whether a new
    generation was made.
    """
    t0 = time.perf_counter()
    build = BuildReport(skipped=list(report.skipped), warnings=list(report.warnings))
    old = open_compatible(backend, settings, embedder, build)
    try:
        _update(backend, report, settings, embedder, progress, replace, keep, old, build)
    finally:
        if old is not None:
            old.close()
    build.seconds = time.perf_counter() - t0
    return build


def _update(backend, report, settings, embedder, progress, replace, keep, old, build) -> None:
    incoming = {r.source: r for r in report.readouts}
    indexed = dict(old.readout_hashes()) if old is not None else {}
    readouts: list[Readout] = []
    for source in indexed:
        if source not in incoming and (not replace or keep(source)):
            readouts.append(old.readout(source))
            (build.kept if replace else build.unchanged).append(source)
    for r in report.readouts:
        readouts.append(r)
        if r.source not in indexed:
            build.added.append(r.source)
        elif indexed[r.source] != r.sha256:
            build.changed.append(r.source)
        else:
            build.unchanged.append(r.source)
    if replace:
        build.removed = sorted(s for s in indexed if s not in incoming and not keep(s))
    stale = old is not None and old.manifest.get("extractor") != EXTRACTOR_VERSION
    if stale:
        build.rebuilt_reason = (
            f"readout records re-extracted (extractor version {old.manifest.get('extractor')} -> "
            f"{EXTRACTOR_VERSION}); vectors reused"
        )
    if old is not None and not (build.added or build.changed or build.removed or stale):
        return
    readouts.sort(key=lambda r: r.source)
    if old is not None and not (build.changed or build.removed or stale) and len(incoming) == len(report.readouts):
        added = [r for r in readouts if r.source in set(build.added)]
        content = prepare(added, settings, embedder, old, build, progress)
        content.manifest = appended_manifest(
            old.manifest, embedder=embedder, readouts=content.readouts, added=_counts(content.chunks)
        )
        if progress:
            progress("writing", 0, 1)
        if backend.append(old, content):
            build.wrote = True
            if progress:
                progress("writing", 1, 1)
            return
    unchanged = {r.source for r in readouts if indexed.get(r.source) == r.sha256}
    content = prepare(readouts, settings, embedder, old, build, progress, reuse=unchanged)
    content.manifest = new_manifest(
        embedder=embedder,
        dimension=int(embedder.dimension),
        settings_fp=fingerprint(settings, embedder.model_id),
        corpus_root=str(report.root) if report.root else None,
        readouts=content.readouts,
        counts=_counts(content.chunks),
    )
    if progress:
        progress("writing", 0, 1)
    backend.write(content)
    build.wrote = True
    if progress:
        progress("writing", 1, 1)


def remove(backend: Backend, sources: list[str], settings: Settings, embedder) -> BuildReport:
    """Drop ``sources`` from the index (a new generation without them); the writer lock must be held.

    Raises AssistantError naming any source that is not indexed, and when
    nothing would be left.
    """
    t0 = time.perf_counter()
    build = BuildReport()
    old = open_compatible(backend, settings, embedder, build)
    if old is None:
        raise AssistantError(
            f"There is no index in {backend.describe()} to remove readouts from"
            + (f" ({build.rebuilt_reason})" if build.rebuilt_reason else "")
            + "."
        )
    try:
        indexed = dict(old.readout_hashes())
        unknown = [s for s in sources if s not in indexed]
        if unknown:
            raise AssistantError(f"Not indexed: {', '.join(unknown)}. See the indexed sources with: assistant info")
        gone = set(sources)
        readouts = [r for r in (old.readout(s) for s in indexed if s not in gone) if r is not None]
        if not readouts:
            raise AssistantError(
                "That would leave the index empty. Index other readouts first, or delete the "
                "index folder to start again."
            )
        content = prepare(readouts, settings, embedder, old, build, None, reuse={r.source for r in readouts})
        content.manifest = new_manifest(
            embedder=embedder,
            dimension=int(embedder.dimension),
            settings_fp=fingerprint(settings, embedder.model_id),
            corpus_root=old.manifest.get("corpus_root"),
            readouts=content.readouts,
            counts=_counts(content.chunks),
        )
        backend.write(content)
    finally:
        old.close()
    build.removed = sorted(gone)
    build.unchanged = [r.source for r in readouts]
    build.wrote = True
    build.seconds = time.perf_counter() - t0
    return build
