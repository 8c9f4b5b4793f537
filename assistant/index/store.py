"""The folder store: FAISS + SQLite + numpy files in generations. The only module that imports faiss.

One generation (see ``generations.py`` for how they are switched)::

    manifest.json   format version, model, embedding backend, dimension, stage versions and settings,
                    per-file hashes, FAISS index type, vector segment files
    records.sqlite  readouts (full text), sentences and passages (offsets)
    passages.faiss  FAISS's own format; row i is passage i (flat below HNSW_MIN_VECTORS passages, HNSW above)
    sentences*.npy  float16 sentence vectors; row i is sentence i
    titles*.npy     float16 title vectors; row i is readout i
    *_hashes*.npy   64-bit sha256 prefixes of each sentence / title: the embedding cache
    bm25/           bm25s-format arrays (.npy), vocabulary (.json), term frequencies
    READERS         locked (shared) by every process that has this generation open

Adding readouts (``append``) makes a new generation too, but hard-links the
previous one's vector files (never modified in place) and adds one segment
file per kind, so its cost follows the new readouts, not the index. Nothing
is pickled: numpy arrays are saved and loaded with ``allow_pickle=False``.
Everything is validated when a generation is opened, so damage is reported
then, naming the index and the command that rebuilds it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..errors import IndexCorruptError, IndexMissingError, MissingDependencyError
from ..records import Meeting, StatementRow
from . import generations as gens
from .base import IndexContent
from .bm25 import BM25Index
from .folder_files import content_hashes, link_or_copy, load_segments, text_hashes, write_manifest, write_records
from .manifest import validate
from .rows import ReadoutRowsReader

#: Passages from which the dense index is HNSW (approximate, sub-millisecond) instead of
#: exact flat search. Below it a flat scan costs a few milliseconds, so exact is free.
HNSW_MIN_VECTORS = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 100
#: Breadth of the HNSW search; recall@30 against exact search is measured in tests and the benchmark.
HNSW_EF_SEARCH = 128
#: Up to this many allowed passages, a restricted dense search scores each exactly instead of asking FAISS.
RESTRICTED_EXACT = 4096
#: Appends before a full rewrite merges the segment files again (many small segments slow every open).
MAX_SEGMENTS = 32
#: Vector files that an append extends with a new segment instead of rewriting.
SEGMENTED = ("sentences", "titles", "sentence_hashes", "title_hashes")


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover
        raise MissingDependencyError("faiss is not installed. Install it with: pip install faiss-cpu") from exc
    return faiss


# ------------------------------------------------------------------------------------------ the backend
class FolderBackend:
    """An index in a folder (the default store)."""

    def __init__(self, index_dir: Path | str) -> None:
        self.index_dir = Path(index_dir)

    def describe(self) -> str:
        return f"{self.index_dir}/"

    def exists(self) -> bool:
        return gens.has_index(self.index_dir)

    def looks_used(self) -> bool:
        return gens.looks_used(self.index_dir)

    def current_generation(self) -> str | None:
        return gens.read_pointer(self.index_dir)

    def open(self) -> FolderStore:
        held = gens.hold_live_generation(self.index_dir)
        if held is None:
            raise IndexMissingError(
                f"No index in {self.index_dir}/. Build one with: assistant index "
                f"PATH_TO_READOUTS --index-dir {self.index_dir}"
            )
        gen, hold = held
        try:
            return FolderStore(self.index_dir, gen, hold)
        except BaseException:
            hold.release()
            raise

    def writer_lock(self, *, wait: bool = True, on_wait: Callable[[str], None] | None = None):
        return gens.writer_lock(self.index_dir, wait=wait, on_wait=on_wait)

    def uploads_dir(self) -> Path:
        return self.index_dir / "uploads"

    def write(self, content: IndexContent, hnsw_min: int | None = None) -> None:
        name, tmp = gens.new_folder(self.index_dir)
        try:
            write_records(tmp / "records.sqlite", content)
            kind = _write_faiss(tmp / "passages.faiss", content.passage_vectors, hnsw_min)
            np.save(tmp / "sentences.npy", content.sentence_vectors.astype(np.float16), allow_pickle=False)
            np.save(tmp / "titles.npy", content.title_vectors.astype(np.float16), allow_pickle=False)
            s_hash, t_hash = content_hashes(content)
            np.save(tmp / "sentence_hashes.npy", s_hash, allow_pickle=False)
            np.save(tmp / "title_hashes.npy", t_hash, allow_pickle=False)
            BM25Index.build(content.bm25_docs).save(tmp / "bm25")
            manifest = {**content.manifest, "faiss_index": kind, "segments": {n: [f"{n}.npy"] for n in SEGMENTED}}
            write_manifest(tmp, name, manifest)
            gens.commit(self.index_dir, tmp, name, [p for p in tmp.rglob("*") if p.is_file()])
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    def append(self, old: FolderStore, content: IndexContent) -> bool:
        """``old`` plus ``content`` as a new generation: vector files hard-linked, one new segment per kind,
        the records copied with the new rows inserted, FAISS extended, BM25 re-scored from stored term
        frequencies. False when the segments are too many (a full write compacts them)."""
        if max(len(v) for v in old.manifest["segments"].values()) >= MAX_SEGMENTS:
            return False
        new_bm25 = old.bm25.appended(content.bm25_docs)
        name, tmp = gens.new_folder(self.index_dir)
        try:
            fresh = [tmp / "records.sqlite", tmp / "passages.faiss"]
            shutil.copyfile(old.path / "records.sqlite", tmp / "records.sqlite")
            write_records(tmp / "records.sqlite", content, start=(old.n_readouts, old.n_sentences, old.n_passages))
            kind = _append_faiss(old, content.passage_vectors, tmp / "passages.faiss")
            s_hash, t_hash = content_hashes(content)
            new_arrays = {
                "sentences": content.sentence_vectors.astype(np.float16),
                "titles": content.title_vectors.astype(np.float16),
                "sentence_hashes": s_hash,
                "title_hashes": t_hash,
            }
            segments = {}
            for seg in SEGMENTED:
                files = list(old.manifest["segments"][seg])
                for f in files:
                    link_or_copy(old.path / f, tmp / f)
                if len(new_arrays[seg]):
                    f = f"{seg}-{len(files)}.npy"
                    np.save(tmp / f, new_arrays[seg], allow_pickle=False)
                    fresh.append(tmp / f)
                    files.append(f)
                segments[seg] = files
            new_bm25.save(tmp / "bm25")
            fresh += [p for p in (tmp / "bm25").rglob("*") if p.is_file()]
            write_manifest(tmp, name, {**content.manifest, "faiss_index": kind, "segments": segments})
            gens.commit(self.index_dir, tmp, name, fresh + [tmp / "manifest.json", tmp / gens.READERS_LOCK])
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return True


def _new_faiss_index(dim: int, n: int, hnsw_min: int | None = None):
    faiss = _faiss()
    if n >= (HNSW_MIN_VECTORS if hnsw_min is None else hnsw_min):
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        return index
    return faiss.IndexFlatIP(dim)


def _add_vectors(index, vectors: np.ndarray) -> None:
    if not len(vectors):
        return
    faiss = _faiss()
    # building an HNSW graph uses every core of this thread's OpenMP team; searches use one (see dense)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    finally:
        faiss.omp_set_num_threads(1)


def _write_faiss(path: Path, vectors: np.ndarray, hnsw_min: int | None = None) -> str:
    """Write the passage vectors as a FAISS index chosen by size; returns "flat" or "hnsw"."""
    faiss = _faiss()
    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1
    index = _new_faiss_index(dim, len(vectors), hnsw_min)
    _add_vectors(index, vectors)
    faiss.write_index(index, str(path))
    return "hnsw" if isinstance(index, faiss.IndexHNSWFlat) else "flat"


def _append_faiss(old: FolderStore, vectors: np.ndarray, path: Path) -> str:
    faiss = _faiss()
    index = faiss.clone_index(old.faiss)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    kind = old.manifest.get("faiss_index", "flat")
    if kind == "flat" and index.ntotal + len(vectors) >= HNSW_MIN_VECTORS:
        vectors = np.concatenate([old.all_passage_vectors(), vectors])
        index, kind = _new_faiss_index(vectors.shape[1], len(vectors)), "hnsw"
    _add_vectors(index, vectors)
    faiss.write_index(index, str(path))
    return kind


# ------------------------------------------------------------------------------------------ reading


class FolderStore(ReadoutRowsReader):
    """An opened generation of a folder index: read-only, safe to share between threads."""

    def __init__(self, index_dir: Path, gen: Path, hold: gens.ReaderHold | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.path = gen
        self.generation = gen.name
        self._hold = hold
        where = f"{self.index_dir}/"
        try:
            raw = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(
                f"The index in {where} is damaged: its manifest is unreadable ({exc}). "
                f"Rebuild it with: assistant index --index-dir {self.index_dir}"
            ) from None
        self.manifest = validate(raw, where)
        try:
            faiss = _faiss()
            self.faiss = faiss.read_index(str(gen / "passages.faiss"))
            if isinstance(self.faiss, faiss.IndexHNSWFlat):
                self.faiss.hnsw.efSearch = HNSW_EF_SEARCH
            self._sentences = load_segments(gen, self.manifest, "sentences")
            self._titles = load_segments(gen, self.manifest, "titles")
            self._sentence_hashes = load_segments(gen, self.manifest, "sentence_hashes")
            self._title_hashes = load_segments(gen, self.manifest, "title_hashes")
            self.bm25 = BM25Index.load(gen / "bm25")
            self._conn = sqlite3.connect(f"file:{gen / 'records.sqlite'}?mode=ro", uri=True, check_same_thread=False)
            self._lock = threading.Lock()
            self._meta = self._conn.execute(
                "SELECT rid, source, title, date, sha256, body_start, pages, s_lo, s_hi, "
                "p_lo, p_hi, title_source FROM readouts ORDER BY rid"
            ).fetchall()
            self.meetings = [
                Meeting.from_dict(json.loads(rec))
                for (rec,) in self._conn.execute("SELECT record FROM meetings ORDER BY rid")
            ]
            rows = self._conn.execute("SELECT kind, actor, cameo, verb_start, verb_end FROM statements ORDER BY sid")
            self._statements = [StatementRow(*r) for r in rows.fetchall()]
            self._passage_meta = np.asarray(
                self._conn.execute("SELECT rid, start, end, s_lo, s_hi FROM passages ORDER BY pid").fetchall(),
                dtype=np.int64,
            ).reshape(-1, 5)
        except (OSError, RuntimeError, ValueError, TypeError, KeyError, sqlite3.Error) as exc:
            raise IndexCorruptError(
                f"The index in {where} is damaged ({type(exc).__name__}: {exc}). "
                f"Rebuild it with: assistant index --index-dir {self.index_dir}"
            ) from None
        self._by_source = {row[1]: row[0] for row in self._meta}
        self._texts: OrderedDict[int, str] = OrderedDict()
        self._hash_order: tuple[np.ndarray, np.ndarray, int] | None = None
        self._check_consistent(where)

    def _check_consistent(self, where: str) -> None:
        """Sizes and dimensions of every part agree with each other and with the manifest."""
        dim, n_pass, n_sent = self.manifest["dimension"], len(self._passage_meta), len(self._sentences)
        counts = self.manifest["counts"]
        problems = []
        if self.faiss.d != dim or self._sentences.shape[1:] != (dim,) or self._titles.shape[1:] != (dim,):
            problems.append(f"vectors are not of the manifest's dimension {dim}")
        if self.faiss.ntotal != n_pass or counts["passages"] != n_pass:
            problems.append("passage counts differ")
        if n_sent != (self._meta[-1][8] if self._meta else 0) or counts["sentences"] != n_sent:
            problems.append("sentence counts differ")
        if len(self.meetings) != len(self._meta) or len(self._statements) != n_sent:
            problems.append("readout records do not match the readouts")
        if (
            len(self._titles) != len(self._meta)
            or counts["readouts"] != len(self._meta)
            or len(self._sentence_hashes) != n_sent
            or len(self._title_hashes) != len(self._meta)
        ):
            problems.append("readout counts differ")
        if self.bm25.num_docs != max(n_pass, 1) or not self.bm25.valid():
            problems.append("the BM25 arrays do not match the passages")
        if problems:
            raise IndexCorruptError(
                f"The index in {where} is damaged ({'; '.join(problems)}). "
                f"Rebuild it with: assistant index --index-dir {self.index_dir}"
            )

    # ------------------------------------------------------------------ sizes
    @property
    def n_readouts(self) -> int:
        return len(self._meta)

    @property
    def n_passages(self) -> int:
        return len(self._passage_meta)

    @property
    def n_sentences(self) -> int:
        return len(self._sentences)

    def disk_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # ------------------------------------------------------------------ search
    def dense(self, query: np.ndarray, n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passages by cosine to ``query``: (rows, scores); only among ``rows`` when given."""
        if self.n_passages == 0 or (rows is not None and len(rows) == 0):
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        faiss = _faiss()
        # one query is too small to split across threads: OpenMP start-up costs more than it saves
        # (the setting belongs to the calling thread)
        faiss.omp_set_num_threads(1)
        q = np.ascontiguousarray(query[None, :], dtype=np.float32)
        if rows is not None and len(rows) <= RESTRICTED_EXACT:  # a few readouts: exact scores for all of them
            vecs = self.faiss.reconstruct_batch(np.asarray(rows, dtype=np.int64))
            scores = vecs @ q[0]
            order = np.argsort(-scores, kind="stable")[:n]
            return np.asarray(rows, dtype=np.int64)[order], scores[order]
        params = None
        if rows is not None:
            sel = faiss.IDSelectorBatch(np.asarray(rows, dtype=np.int64))
            params = (
                faiss.SearchParametersHNSW(sel=sel, efSearch=max(HNSW_EF_SEARCH, n))
                if isinstance(self.faiss, faiss.IndexHNSWFlat)
                else faiss.SearchParameters(sel=sel)
            )
        found_scores, found = self.faiss.search(q, min(n, self.n_passages), params=params)
        keep = found[0] >= 0
        return found[0][keep].astype(np.int64), found_scores[0][keep]

    def lexical(self, tokens: list[str], n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passages by BM25: (rows, scores > 0); only among ``rows`` when given."""
        if rows is None:
            return self.bm25.top(tokens, n)
        scores = self.bm25.scores(tokens)
        if scores.size == 0 or len(rows) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        rows = np.asarray(rows, dtype=np.int64)
        sub = scores[rows]
        order = np.argsort(-sub, kind="stable")[:n]
        keep = sub[order] > 0
        return rows[order][keep], sub[order][keep]

    def idf(self, token: str) -> float:
        return self.bm25.idf(token)

    def rows_with_term(self, token: str, prefix: bool = False) -> np.ndarray:
        """Passage rows whose text has ``token`` (a stem); with ``prefix``, any token starting with it."""
        tokens = self.bm25.with_prefix(token) if prefix else [token]
        rows = [self.bm25.rows_with(t) for t in tokens]
        return np.unique(np.concatenate(rows)) if rows else np.zeros(0, np.int64)

    def has_term(self, token: str) -> bool:
        return self.bm25.has(token)

    def has_prefix(self, prefix: str) -> bool:
        return self.bm25.has_prefix(prefix)

    # ------------------------------------------------------------------ vectors
    def sentence_vectors(self, lo: int, hi: int) -> np.ndarray:
        return np.asarray(self._sentences.rows(lo, hi), dtype=np.float32)

    def title_vector(self, rid: int) -> np.ndarray:
        return np.asarray(self._titles.rows(rid, rid + 1)[0], dtype=np.float32)

    def all_passage_vectors(self) -> np.ndarray:
        if self.n_passages == 0:
            return np.zeros((0, int(self.manifest["dimension"])), np.float32)
        return self.faiss.reconstruct_n(0, self.n_passages)

    def known_vectors(self, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Stored vectors of any of ``texts`` (by the 64-bit sha256 prefixes kept with them); no readout text
        is read, however large the index."""
        if self._hash_order is None:
            keys = np.concatenate([self._sentence_hashes.all(), self._title_hashes.all()])
            order = np.argsort(keys, kind="stable")
            self._hash_order = (keys[order], order, len(self._sentence_hashes))
        keys, order, n_sent = self._hash_order
        out: dict[int, np.ndarray] = {}
        if not len(keys):
            return out
        wanted = text_hashes(texts)
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        for i in np.nonzero(keys[at] == wanted)[0]:
            row = int(order[at[i]])
            out[int(i)] = self.sentence_vectors(row, row + 1)[0] if row < n_sent else self.title_vector(row - n_sent)
        return out

    # ------------------------------------------------------------------ records
    def _text(self, rid: int) -> str:
        text = self._texts.get(rid)
        if text is None:
            with self._lock:
                (text,) = self._conn.execute("SELECT text FROM readouts WHERE rid=?", (rid,)).fetchone()
                self._texts[rid] = text
                if len(self._texts) > 4096:
                    self._texts.popitem(last=False)
        return text

    def statement_rows(self, lo: int, hi: int) -> list[StatementRow]:
        """The statements (kind, actor, cameo, verb span) of sentence rows ``lo:hi``."""
        return self._statements[lo:hi]

    def _text_lengths(self) -> dict[int, int]:
        with self._lock:
            return dict(self._conn.execute("SELECT rid, length(text) FROM readouts").fetchall())

    def sentence_spans(self, lo: int, hi: int) -> np.ndarray:
        with self._lock:
            rows = self._conn.execute(
                "SELECT start, end FROM sentences WHERE sid>=? AND sid<? ORDER BY sid", (lo, hi)
            ).fetchall()
        return np.asarray(rows, dtype=np.int64).reshape(-1, 2)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        if self._hold is not None:
            self._hold.release()
            self._hold = None
