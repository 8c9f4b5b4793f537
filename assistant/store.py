"""The index on disk. The only module that imports faiss.

Layout of ``index_dir``::

    CURRENT            name of the live generation (replaced atomically)
    gen-<id>/          one complete index
        manifest.json  format version, model, embedding backend, dimension, chunking,
                       per-file hashes, FAISS index type, vector segment files
        records.sqlite readouts (full text), sentences and passages (offsets)
        passages.faiss FAISS's own format; row i is passage i (flat below
                       HNSW_MIN_VECTORS passages, HNSW above)
        sentences*.npy float16 sentence vectors; row i is sentence i
        titles*.npy    float16 title vectors; row i is readout i
        *_hashes*.npy  64-bit sha256 prefixes of each sentence / title: the embedding cache
        bm25/          bm25s-format arrays (.npy), vocabulary (.json), term frequencies

A build writes a new generation in a temporary folder, renames it into place
and only then points CURRENT at it, so a crash at any moment leaves the old
index readable. Adding readouts (``append_index``) makes a new generation
too, but hard-links the previous one's vector files (never modified in
place) and adds one segment file per kind, so its cost follows the new
readouts, not the index. Nothing is pickled: numpy arrays are saved and
loaded with ``allow_pickle=False``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from .lexical import BM25Index
from .records import Passage, Readout, Sentence

FORMAT_VERSION = 1
POINTER = "CURRENT"

_SCHEMA = """
CREATE TABLE readouts (rid INTEGER PRIMARY KEY, source TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    date TEXT, sha256 TEXT NOT NULL, body_start INTEGER NOT NULL, people TEXT NOT NULL, text TEXT NOT NULL,
    s_lo INTEGER NOT NULL, s_hi INTEGER NOT NULL, p_lo INTEGER NOT NULL, p_hi INTEGER NOT NULL);
CREATE TABLE sentences (sid INTEGER PRIMARY KEY, rid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE TABLE passages (pid INTEGER PRIMARY KEY, rid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    s_lo INTEGER NOT NULL, s_hi INTEGER NOT NULL);
"""


@dataclass
class IndexContent:
    """Everything a generation holds, in memory, ready to be written."""

    readouts: list[Readout]
    sentences: list[list[tuple[int, int]]]  # per readout: sentence spans
    passages: list[list[tuple[int, int]]]  # per readout: (first, last_exclusive) sentence ranges
    sentence_vectors: np.ndarray  # (total sentences, dim)
    title_vectors: np.ndarray  # (readouts, dim)
    passage_vectors: np.ndarray  # (total passages, dim)
    bm25_docs: list[list[str]]  # per passage: tokens
    manifest: dict = field(default_factory=dict)


def _pointer(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    gen = index_dir / name
    return gen if name.startswith("gen-") and gen.is_dir() else None


def exists(index_dir: Path) -> bool:
    """Whether ``index_dir`` holds a complete index."""
    gen = _pointer(Path(index_dir))
    return gen is not None and (gen / "manifest.json").is_file()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _new_generation(index_dir: Path) -> tuple[str, Path]:
    index_dir.mkdir(parents=True, exist_ok=True)
    for stale in index_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    gen_name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = index_dir / f".tmp-{gen_name}"
    tmp.mkdir()
    return gen_name, tmp


def _commit(index_dir: Path, tmp: Path, gen_name: str, manifest: dict, fresh: list[Path] | None = None) -> Path:
    """fsync, rename the finished folder into place, then switch CURRENT to it atomically."""
    manifest = dict(manifest)
    manifest["format_version"] = FORMAT_VERSION
    manifest["generation"] = gen_name
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    # files hard-linked from the previous generation were synced when it was written
    for f in (fresh if fresh is not None else [p for p in tmp.rglob("*") if p.is_file()]) + [tmp / "manifest.json"]:
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    final = index_dir / gen_name
    os.rename(tmp, final)
    _fsync_dir(index_dir)
    pointer_tmp = index_dir / f".tmp-{POINTER}-{uuid.uuid4().hex[:8]}"
    pointer_tmp.write_text(gen_name + "\n", encoding="utf-8")
    with open(pointer_tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, index_dir / POINTER)
    _fsync_dir(index_dir)
    # old generations are no longer reachable; readers that still hold them keep open files
    for old in index_dir.glob("gen-*"):
        if old.name != gen_name:
            shutil.rmtree(old, ignore_errors=True)
    return final


def _hashes(texts) -> np.ndarray:
    """64-bit prefixes of the sha256 of each text: the embedding cache's keys."""
    return np.fromiter((int.from_bytes(hashlib.sha256(t.encode("utf-8")).digest()[:8], "little") for t in texts),
                       dtype=np.uint64)


def _content_hashes(content: "IndexContent") -> tuple[np.ndarray, np.ndarray]:
    sent = _hashes(r.text[a:b] for r, spans in zip(content.readouts, content.sentences) for a, b in spans)
    return sent, _hashes(r.title for r in content.readouts)


def write_index(index_dir: Path, content: IndexContent, hnsw_min: int | None = None) -> Path:
    """Write ``content`` as a new generation and make it live atomically."""
    index_dir = Path(index_dir)
    gen_name, tmp = _new_generation(index_dir)
    try:
        _write_records(tmp / "records.sqlite", content)
        kind = _write_faiss(tmp / "passages.faiss", content.passage_vectors, hnsw_min)
        np.save(tmp / "sentences.npy", content.sentence_vectors.astype(np.float16), allow_pickle=False)
        np.save(tmp / "titles.npy", content.title_vectors.astype(np.float16), allow_pickle=False)
        s_hash, t_hash = _content_hashes(content)
        np.save(tmp / "sentence_hashes.npy", s_hash, allow_pickle=False)
        np.save(tmp / "title_hashes.npy", t_hash, allow_pickle=False)
        BM25Index.build(content.bm25_docs).save(tmp / "bm25")
        manifest = dict(content.manifest)
        manifest["faiss_index"] = kind
        manifest["segments"] = {name: [f"{name}.npy"] for name in _SEGMENTED}
        return _commit(index_dir, tmp, gen_name, manifest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def append_index(index_dir: Path, old: "Store", content: IndexContent) -> Path | None:
    """A new generation: ``old`` plus the readouts in ``content`` (all new sources), made live atomically.

    Nothing already indexed is re-read or re-written: the vector files of
    ``old`` are hard-linked into the new generation (they are never modified
    in place) and the new rows go into extra segment files; the records
    database is copied and the new rows inserted; FAISS gets the new
    vectors added; BM25 is re-scored from stored term frequencies. Returns
    None when ``old`` predates this layout (the caller then rebuilds).
    """
    index_dir = Path(index_dir)
    new_bm25 = old.bm25.appended(content.bm25_docs)
    # many small segments slow every open down: past this many, the caller's full rewrite compacts them
    if new_bm25 is None or "segments" not in old.manifest \
            or max(len(v) for v in old.manifest["segments"].values()) >= MAX_SEGMENTS:
        return None
    gen_name, tmp = _new_generation(index_dir)
    try:
        fresh = [tmp / "records.sqlite", tmp / "passages.faiss"]
        shutil.copyfile(old.path / "records.sqlite", tmp / "records.sqlite")
        _write_records(tmp / "records.sqlite", content, start=(old.n_readouts, old.n_sentences, old.n_passages))
        faiss = _faiss()
        index = faiss.clone_index(old._faiss)
        vectors = np.ascontiguousarray(content.passage_vectors, dtype=np.float32)
        kind = old.manifest.get("faiss_index", "flat")
        threshold = HNSW_MIN_VECTORS
        if kind == "flat" and index.ntotal + len(vectors) >= threshold:
            vectors = np.concatenate([old.passage_vectors(), vectors])
            index, kind = _new_faiss_index(vectors.shape[1], len(vectors), threshold), "hnsw"
        _add_vectors(index, vectors)
        faiss.write_index(index, str(tmp / "passages.faiss"))
        s_hash, t_hash = _content_hashes(content)
        new_arrays = {"sentences": content.sentence_vectors.astype(np.float16),
                      "titles": content.title_vectors.astype(np.float16),
                      "sentence_hashes": s_hash, "title_hashes": t_hash}
        segments = {}
        for name in _SEGMENTED:
            files = list(old.manifest["segments"].get(name, []))
            for f in files:
                _link_or_copy(old.path / f, tmp / f)
            if len(new_arrays[name]):
                f = f"{name}-{len(files)}.npy"
                np.save(tmp / f, new_arrays[name], allow_pickle=False)
                fresh.append(tmp / f)
                files.append(f)
            segments[name] = files
        new_bm25.save(tmp / "bm25")
        fresh += [p for p in (tmp / "bm25").rglob("*") if p.is_file()]
        manifest = dict(content.manifest)
        manifest["faiss_index"] = kind
        manifest["segments"] = segments
        return _commit(index_dir, tmp, gen_name, manifest, fresh)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links
        shutil.copyfile(src, dst)


def _write_records(path: Path, content: IndexContent, start: tuple[int, int, int] | None = None) -> None:
    """Write the records; with ``start`` (readout, sentence, passage row offsets), append to an existing file."""
    conn = sqlite3.connect(path)
    try:
        if start is None:
            conn.executescript(_SCHEMA)
        rid0, sid, pid = start or (0, 0, 0)
        for rid, (r, spans, groups) in enumerate(zip(content.readouts, content.sentences, content.passages), rid0):
            s_lo, p_lo = sid, pid
            conn.executemany("INSERT INTO sentences VALUES (?,?,?,?)",
                             [(sid + i, rid, s, e) for i, (s, e) in enumerate(spans)])
            conn.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?)",
                             [(pid + j, rid, spans[a][0], spans[b - 1][1], sid + a, sid + b)
                              for j, (a, b) in enumerate(groups)])
            sid += len(spans)
            pid += len(groups)
            conn.execute("INSERT INTO readouts VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         (rid, r.source, r.title, r.date, r.sha256, r.body_start, json.dumps(list(r.people)),
                          r.text, s_lo, sid, p_lo, pid))
        conn.commit()
    finally:
        conn.close()


def _faiss():
    from .errors import MissingDependencyError

    try:
        import faiss
    except ImportError as exc:  # pragma: no cover
        raise MissingDependencyError("faiss is not installed. Install it with: pip install faiss-cpu") from exc
    return faiss


#: Passages from which the dense index is HNSW (approximate, sub-millisecond) instead of
#: exact flat search. Below it a flat scan costs a few milliseconds, so exact is free.
HNSW_MIN_VECTORS = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 100
#: Breadth of the HNSW search; recall@30 against exact search is measured in tests and the benchmark.
HNSW_EF_SEARCH = 128


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
    # building an HNSW graph uses every core; queries are pinned to one thread (see Store.dense)
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


#: Appends before a full rewrite merges the segment files again.
MAX_SEGMENTS = 32
#: Vector files that an append extends with a new segment instead of rewriting.
_SEGMENTED = ("sentences", "titles", "sentence_hashes", "title_hashes")


class _Stacked:
    """Read-only row access across several memory-mapped segments, as if concatenated."""

    def __init__(self, parts: list[np.ndarray]) -> None:
        self._parts = parts
        self._starts = np.cumsum([0] + [len(p) for p in parts])
        self.shape = (int(self._starts[-1]),) + tuple(parts[0].shape[1:])
        self.dtype = parts[0].dtype
        self.ndim = parts[0].ndim

    def __len__(self) -> int:
        return self.shape[0]

    def _locate(self, i: int) -> tuple[int, int]:
        seg = int(np.searchsorted(self._starts, i, side="right")) - 1
        return seg, i - int(self._starts[seg])

    def __getitem__(self, key):
        if isinstance(key, slice):
            lo, hi, step = key.indices(len(self))
            if step == 1 and hi > lo:
                seg, off = self._locate(lo)
                if hi <= self._starts[seg + 1]:
                    return self._parts[seg][off:off + (hi - lo)]
            return np.concatenate(self._parts)[key] if len(self) else self._parts[0][:0]
        if isinstance(key, (int, np.integer)):
            i = int(key) + (len(self) if key < 0 else 0)
            if not 0 <= i < len(self):
                raise IndexError(key)
            seg, off = self._locate(i)
            return self._parts[seg][off]
        return np.concatenate(self._parts)[key]

    def __array__(self, dtype=None, copy=None):
        out = np.concatenate(self._parts)
        return out.astype(dtype) if dtype is not None else out


def _load_segments(gen: Path, manifest: dict, name: str):
    files = manifest.get("segments", {}).get(name) or [f"{name}.npy"]
    parts = [np.load(gen / f, mmap_mode="r", allow_pickle=False) for f in files if (gen / f).is_file()]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else _Stacked(parts)


class Store:
    """An opened generation: read-only, safe to share between threads."""

    _pinned = False

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        gen = _pointer(self.index_dir)
        if gen is None:
            raise IndexMissingError(
                f"No index in {self.index_dir}/. Build one with: assistant index PATH_TO_READOUTS "
                f"--index-dir {self.index_dir}"
            )
        self.path = gen
        try:
            self.manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(
                f"The index in {self.index_dir}/ has no readable manifest ({exc}). Rebuild it with: assistant index"
            ) from None
        if self.manifest.get("format_version") != FORMAT_VERSION:
            raise IndexMismatchError(
                f"The index in {self.index_dir}/ has format version {self.manifest.get('format_version')}, "
                f"this version reads {FORMAT_VERSION}. Rebuild it with: assistant index"
            )
        try:
            faiss = _faiss()
            self._faiss = faiss.read_index(str(gen / "passages.faiss"))
            if isinstance(self._faiss, faiss.IndexHNSWFlat):
                self._faiss.hnsw.efSearch = HNSW_EF_SEARCH
            self.sentence_vectors = _load_segments(gen, self.manifest, "sentences")
            self.title_vectors = _load_segments(gen, self.manifest, "titles")
            if self.sentence_vectors is None or self.title_vectors is None:
                raise OSError("vector files are missing")
            self.sentence_hashes = _load_segments(gen, self.manifest, "sentence_hashes")
            self.title_hashes = _load_segments(gen, self.manifest, "title_hashes")
            self.bm25 = BM25Index.load(gen / "bm25")
            self._conn = sqlite3.connect(f"file:{gen / 'records.sqlite'}?mode=ro", uri=True, check_same_thread=False)
            self._lock = threading.Lock()
            meta = self._conn.execute("SELECT rid, source, title, date, sha256, body_start, people, s_lo, s_hi, "
                                      "p_lo, p_hi FROM readouts ORDER BY rid").fetchall()
            self._passage_meta = np.asarray(self._conn.execute(
                "SELECT rid, start, end, s_lo, s_hi FROM passages ORDER BY pid").fetchall(), dtype=np.int64).reshape(-1, 5)
        except (OSError, RuntimeError, ValueError, sqlite3.Error) as exc:
            raise IndexCorruptError(
                f"The index in {self.index_dir}/ is damaged ({type(exc).__name__}: {exc}). Rebuild it with: assistant index"
            ) from None
        self._meta = meta
        self._by_source = {row[1]: row[0] for row in meta}
        self._texts: OrderedDict[int, str] = OrderedDict()
        if self._faiss.ntotal != len(self._passage_meta) or len(self.sentence_vectors) != (meta[-1][8] if meta else 0):
            raise IndexCorruptError(f"The index in {self.index_dir}/ is inconsistent. Rebuild it with: assistant index")

    # ------------------------------------------------------------------ sizes
    @property
    def n_readouts(self) -> int:
        return len(self._meta)

    @property
    def n_passages(self) -> int:
        return len(self._passage_meta)

    @property
    def n_sentences(self) -> int:
        return len(self.sentence_vectors)

    def disk_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # ------------------------------------------------------------------ search
    def dense(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passages by cosine to ``query``: (rows, scores)."""
        if self.n_passages == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        n = min(n, self.n_passages)
        if not Store._pinned:
            # one query is too small to split across threads: OpenMP start-up costs more than it saves
            _faiss().omp_set_num_threads(1)
            Store._pinned = True
        scores, rows = self._faiss.search(np.ascontiguousarray(query[None, :], dtype=np.float32), n)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep]

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

    def _readout_from_meta(self, rid: int) -> Readout:
        _, source, title, date, sha, body_start, people, *_ = self._meta[rid]
        return Readout(source=source, text=self._text(rid), title=title, date=date, body_start=body_start,
                       sha256=sha, people=tuple(json.loads(people)))

    def readout(self, source: str) -> Readout | None:
        """The readout indexed under ``source``, or None."""
        rid = self._by_source.get(source)
        return None if rid is None else self._readout_from_meta(rid)

    def readout_of_passage(self, row: int) -> Readout:
        return self._readout_from_meta(int(self._passage_meta[row][0]))

    def readouts(self) -> list[dict]:
        """What is indexed: source, title, date, characters, passages, sentences."""
        with self._lock:
            sizes = dict(self._conn.execute("SELECT rid, length(text) FROM readouts").fetchall())
        return [
            {"source": m[1], "title": m[2], "date": m[3], "chars": sizes.get(m[0], 0),
             "passages": m[10] - m[9], "sentences": m[8] - m[7]}
            for m in self._meta
        ]

    def readout_spans(self) -> list[tuple[str, str]]:
        """(source, sha256) of every indexed readout."""
        return [(m[1], m[4]) for m in self._meta]

    def readout_rows(self, source: str) -> tuple[int, int, int, int, int] | None:
        """(rid, s_lo, s_hi, p_lo, p_hi) of a readout, for reusing its vectors."""
        rid = self._by_source.get(source)
        if rid is None:
            return None
        m = self._meta[rid]
        return rid, m[7], m[8], m[9], m[10]

    def sentence_spans(self, lo: int, hi: int) -> np.ndarray:
        with self._lock:
            rows = self._conn.execute("SELECT start, end FROM sentences WHERE sid>=? AND sid<? ORDER BY sid",
                                      (lo, hi)).fetchall()
        return np.asarray(rows, dtype=np.int64).reshape(-1, 2)

    def passage(self, row: int, score: float = 0.0) -> Passage:
        """Passage ``row`` as a record, with its sentences."""
        rid, start, end, s_lo, s_hi = (int(x) for x in self._passage_meta[row])
        r = self._readout_from_meta(rid)
        spans = self.sentence_spans(s_lo, s_hi)
        sentences = tuple(Sentence(r.source, int(s), int(e), r.text[s:e]) for s, e in spans)
        return Passage(r.source, start, end, r.text[start:end], r.title, r.date, float(score), sentences)

    def passage_sentence_rows(self, row: int) -> tuple[int, int]:
        _, _, _, s_lo, s_hi = self._passage_meta[row]
        return int(s_lo), int(s_hi)

    def passage_vectors(self) -> np.ndarray:
        """All passage vectors (for rebuilding and checks)."""
        if self.n_passages == 0:
            return np.zeros((0, int(self.manifest.get("dimension", 1))), np.float32)
        return self._faiss.reconstruct_n(0, self.n_passages)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def check_compatible(manifest: dict, fingerprint: dict, index_dir: Path) -> None:
    """Raise IndexMismatchError when the index was built with other settings."""
    built = manifest.get("settings", {})
    diffs = [f"{k}: index has {built.get(k)!r}, settings say {v!r}" for k, v in fingerprint.items() if built.get(k) != v]
    if diffs:
        hint = f"ASSISTANT_MODEL={built.get('model')}" if "model" in " ".join(diffs) else "the settings it was built with"
        raise IndexMismatchError(
            f"The index in {index_dir}/ was built with other settings ({'; '.join(diffs)}). "
            f"Rebuild it with: assistant index --index-dir {index_dir}, or run with {hint}."
        )
