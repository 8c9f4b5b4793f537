"""The folder store's files other than FAISS's: the SQLite records, the numpy segment files and the manifest.

``store.py`` puts them together into generations; this module only reads and writes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import numpy as np

from .base import IndexContent
from .manifest import FORMAT_VERSION

_SCHEMA = """
CREATE TABLE readouts (rid INTEGER PRIMARY KEY, source TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    date TEXT, sha256 TEXT NOT NULL, body_start INTEGER NOT NULL, pages TEXT NOT NULL, title_source TEXT NOT NULL,
    text TEXT NOT NULL, s_lo INTEGER NOT NULL, s_hi INTEGER NOT NULL, p_lo INTEGER NOT NULL, p_hi INTEGER NOT NULL);
CREATE TABLE meetings (rid INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE statements (sid INTEGER PRIMARY KEY, kind TEXT NOT NULL, actor TEXT NOT NULL, cameo TEXT,
    verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL);
CREATE TABLE sentences (sid INTEGER PRIMARY KEY, rid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE TABLE passages (pid INTEGER PRIMARY KEY, rid INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    s_lo INTEGER NOT NULL, s_hi INTEGER NOT NULL);
"""


def text_hashes(texts) -> np.ndarray:
    """64-bit prefixes of the sha256 of each text: the embedding cache's keys."""
    return np.fromiter(
        (int.from_bytes(hashlib.sha256(t.encode("utf-8")).digest()[:8], "little") for t in texts), dtype=np.uint64
    )


def content_hashes(content: IndexContent) -> tuple[np.ndarray, np.ndarray]:
    return (
        text_hashes(s.text for c in content.chunks for s in c.sentences),
        text_hashes(c.readout.title for c in content.chunks),
    )


def write_manifest(folder: Path, name: str, manifest: dict) -> None:
    manifest = {**manifest, "format_version": FORMAT_VERSION, "generation": name}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")


def link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links
        shutil.copyfile(src, dst)


def write_records(path: Path, content: IndexContent, start: tuple[int, int, int] | None = None) -> None:
    """Write the records; with ``start`` (readout, sentence, passage row offsets), append to an existing file."""
    conn = sqlite3.connect(path)
    try:
        if start is None:
            conn.executescript(_SCHEMA)
        rid0, sid, pid = start or (0, 0, 0)
        for rid, (c, m, st) in enumerate(zip(content.chunks, content.meetings, content.statements), rid0):
            r, s_lo, p_lo = c.readout, sid, pid
            conn.executemany(
                "INSERT INTO sentences VALUES (?,?,?,?)",
                [(sid + i, rid, s.start, s.end) for i, s in enumerate(c.sentences)],
            )
            conn.executemany(
                "INSERT INTO statements VALUES (?,?,?,?,?,?)",
                [(sid + i, x.kind, x.actor, x.cameo, x.verb_start, x.verb_end) for i, x in enumerate(st)],
            )
            conn.execute("INSERT INTO meetings VALUES (?,?)", (rid, json.dumps(m.to_dict(), ensure_ascii=False)))
            conn.executemany(
                "INSERT INTO passages VALUES (?,?,?,?,?,?)",
                [(pid + j, rid, *c.passage_span(p), sid + p.first, sid + p.last) for j, p in enumerate(c.passages)],
            )
            sid += len(c.sentences)
            pid += len(c.passages)
            conn.execute(
                "INSERT INTO readouts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    rid,
                    r.source,
                    r.title,
                    r.date,
                    r.sha256,
                    r.body_start,
                    json.dumps(list(r.pages)),
                    r.title_source,
                    r.text,
                    s_lo,
                    sid,
                    p_lo,
                    pid,
                ),
            )
        conn.commit()
    finally:
        conn.close()


class Stacked:
    """Read-only row access across several memory-mapped segments, as if concatenated."""

    def __init__(self, parts: list[np.ndarray]) -> None:
        self._parts = parts
        self._starts = np.cumsum([0] + [len(p) for p in parts])
        self.shape = (int(self._starts[-1]),) + tuple(parts[0].shape[1:])

    def __len__(self) -> int:
        return self.shape[0]

    def rows(self, lo: int, hi: int) -> np.ndarray:
        """Rows ``lo:hi``: a view into one segment when they lie in one, else a concatenated copy."""
        lo, hi = max(lo, 0), min(hi, len(self))
        if hi <= lo:
            return self._parts[0][:0]
        seg = int(np.searchsorted(self._starts, lo, side="right")) - 1
        off = lo - int(self._starts[seg])
        if hi <= self._starts[seg + 1]:
            return self._parts[seg][off : off + (hi - lo)]
        return np.concatenate(self._parts)[lo:hi]

    def all(self) -> np.ndarray:
        return np.concatenate(self._parts) if len(self._parts) > 1 else self._parts[0]


def load_segments(gen: Path, manifest: dict, name: str) -> Stacked:
    files = manifest["segments"].get(name) or []
    if not files:
        raise OSError(f"no {name} files")
    return Stacked([np.load(gen / f, mmap_mode="r", allow_pickle=False) for f in files])
