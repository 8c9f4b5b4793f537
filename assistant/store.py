"""The index on disk. The only module that imports faiss.

Layout of ``index_dir``::

    CURRENT            name of the live generation (replaced atomically)
    gen-<id>/          one complete index
        manifest.json  format version, model, dimension, chunking, per-file hashes
        records.sqlite readouts (full text), sentences and passages (offsets)
        passages.faiss FAISS's own format; row i is passage i
        sentences.npy  float16 sentence vectors; row i is sentence i
        titles.npy     float16 title vectors; row i is readout i
        bm25/          bm25s arrays (.npy) and vocabulary (.json)

A build writes a new generation in a temporary folder, renames it into place
and only then points CURRENT at it, so a crash at any moment leaves the old
index readable. Nothing is pickled: numpy arrays are saved and loaded with
``allow_pickle=False``.
"""

from __future__ import annotations

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


def read_manifest(index_dir: Path) -> dict | None:
    """The live generation's manifest, or None when there is no index."""
    gen = _pointer(Path(index_dir))
    if gen is None:
        return None
    try:
        return json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


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


def write_index(index_dir: Path, content: IndexContent) -> Path:
    """Write ``content`` as a new generation and make it live atomically."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    for stale in index_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    gen_name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = index_dir / f".tmp-{gen_name}"
    tmp.mkdir()
    try:
        _write_records(tmp / "records.sqlite", content)
        _write_faiss(tmp / "passages.faiss", content.passage_vectors)
        np.save(tmp / "sentences.npy", content.sentence_vectors.astype(np.float16), allow_pickle=False)
        np.save(tmp / "titles.npy", content.title_vectors.astype(np.float16), allow_pickle=False)
        BM25Index.build(content.bm25_docs).save(tmp / "bm25")
        manifest = dict(content.manifest)
        manifest["format_version"] = FORMAT_VERSION
        manifest["generation"] = gen_name
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
        for f in tmp.rglob("*"):
            if f.is_file():
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
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # old generations are no longer reachable; readers that still hold them keep open files
    for old in index_dir.glob("gen-*"):
        if old.name != gen_name:
            shutil.rmtree(old, ignore_errors=True)
    return final


def _write_records(path: Path, content: IndexContent) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(_SCHEMA)
        sid = pid = 0
        for rid, (r, spans, groups) in enumerate(zip(content.readouts, content.sentences, content.passages)):
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


def _write_faiss(path: Path, vectors: np.ndarray) -> None:
    faiss = _faiss()
    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1
    index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


class Store:
    """An opened generation: read-only, safe to share between threads."""

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
            self.sentence_vectors = np.load(gen / "sentences.npy", mmap_mode="r", allow_pickle=False)
            self.title_vectors = np.load(gen / "titles.npy", mmap_mode="r", allow_pickle=False)
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
        self._sentence_spans: dict[int, np.ndarray] = {}
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

    def passage_readout_row(self, row: int) -> int:
        return int(self._passage_meta[row][0])

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
