"""Reading one generation of the PostgreSQL store (see ``pg.py`` for the layout).

On open, a reader loads what every question needs and what is small next to
the corpus: the readout rows, the readout records (meetings), the passage
rows and the BM25 vocabulary with document frequencies; a generation never
changes, so these copies cannot go stale (what is answered from them alone,
records, sizes and vocabulary look-ups, is ``pg_rows.PgRows``, the reader's
base). Everything else is asked of the database when needed: vector search
(pgvector), BM25 postings, texts, sentences, statements and vectors (kept in
small bounded caches).

BM25 scores are computed here from the stored term frequencies, passage
lengths and document frequencies with exactly the folder store's formula,
operation order and float types, so both stores give the same scores bit for
bit. Exact dense search breaks ties as FAISS does (the higher row first).
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
from psycopg import sql

from ..errors import IndexCorruptError
from ..records import Meeting, StatementRow
from .bm25 import top_scores
from .folder_files import text_hashes
from .pg_rows import PgRows
from .pg_write import Segment, table

#: Up to this many allowed passages, a restricted dense search scores each one (as the folder store does).
RESTRICTED_EXACT = 4096
_K1, _B = 1.5, 0.75


class _LRU:
    """A small thread-safe least-recently-used cache."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)


def _vector(v) -> np.ndarray:
    return v.to_numpy() if hasattr(v, "to_numpy") else np.asarray(v, dtype=np.float32)


class PgStore(PgRows):
    """An opened generation of a PostgreSQL index: read-only, safe to share between threads."""

    def __init__(self, backend, row: tuple, manifest: dict[str, Any], segments: list[Segment]) -> None:
        self._backend = backend
        self.gen, self.generation = int(row[0]), row[1]
        self.manifest = manifest
        self.segments = segments
        self.token_total = int(row[7])
        self._counts = (int(row[4]), int(row[5]), int(row[6]))
        self._schema = backend.schema
        self._where = backend.describe()
        self._blocks, self._texts, self._titles, self._postings = _LRU(1024), _LRU(4096), _LRU(4096), _LRU(256)
        self._next_text = self._next_block = self._next_title = -1  # where reads in row order would go next
        self._closed = False
        try:
            self._load()
        except Exception as exc:
            if isinstance(exc, IndexCorruptError):
                raise
            raise IndexCorruptError(
                f"The index in {self._where} is damaged ({type(exc).__name__}: {exc}). "
                f"Rebuild it with: assistant index PATH_TO_READOUTS --store URL"
            ) from None
        self._check_consistent()

    # ------------------------------------------------------------------ loading
    def _union(self, kind: str, columns: str, order: str, where: str = "") -> sql.Composed:
        parts = [
            sql.SQL(f"SELECT {columns} FROM {{}} {where}").format(table(self._schema, s.seg, kind))
            for s in self.segments
        ]
        return sql.SQL("SELECT * FROM (") + sql.SQL(" UNION ALL ").join(parts) + sql.SQL(f") u ORDER BY {order}")

    def _fetch(self, query, params=None, binary: bool = False) -> list[tuple]:
        with self._backend.connection() as conn:
            with conn.cursor(binary=binary) as cur:
                cur.execute(query, params)
                return cur.fetchall()

    def _load(self) -> None:
        self._meta = [
            tuple(r)
            for r in self._fetch(
                self._union(
                    "readouts",
                    "rid, source, title, date, sha256, body_start, pages, s_lo, s_hi, p_lo, p_hi, title_source",
                    "rid",
                )
            )
        ]
        self.meetings = [Meeting.from_dict(m) for _, m in self._fetch(self._union("readouts", "rid, meeting", "rid"))]
        meta = self._fetch(self._union("passages", 'rid, start, "end", s_lo, s_hi, length, pid', "pid"), binary=True)
        self._passage_meta = np.asarray(meta, dtype=np.int64).reshape(-1, 7)[:, :6]
        self._lengths = np.ascontiguousarray(self._passage_meta[:, 5])
        vocab: dict[str, int] = {}
        for term, df in self._fetch(self._union("terms", "term, df", "term")):
            vocab[term] = vocab.get(term, 0) + int(df)
        self._vocab = vocab
        self._sorted_vocab = sorted(t for t in vocab if t)
        self._by_source = {m[1]: m[0] for m in self._meta}
        self._s_lo = np.asarray([m[7] for m in self._meta], dtype=np.int64)

    # ------------------------------------------------------------------ sizes
    def disk_bytes(self) -> int:
        names = [
            table(self._schema, s.seg, k).as_string(None)
            for s in self.segments
            for k in ("readouts", "sentences", "passages", "terms")
        ]
        (total,) = self._fetch(
            "SELECT coalesce(sum(pg_total_relation_size(to_regclass(n))), 0) FROM unnest(%s::text[]) n", [names]
        )[0]
        return int(total)

    def _segment_of(self, row: int, kind: int) -> Segment:
        """The segment holding row ``row`` of kind 0 (readout), 1 (sentence) or 2 (passage)."""
        starts = [(s.rid0, s.sid0, s.pid0)[kind] for s in self.segments]
        return self.segments[max(0, bisect.bisect_right(starts, row) - 1)]

    # ------------------------------------------------------------------ search
    def dense(self, query: np.ndarray, n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passages by cosine to ``query``: (rows, scores); only among ``rows`` when given."""
        if self.n_passages == 0 or (rows is not None and len(rows) == 0):
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        q = np.ascontiguousarray(query, dtype=np.float32)
        if rows is not None and len(rows) <= RESTRICTED_EXACT:
            rows = np.asarray(rows, dtype=np.int64)
            found = dict(self._by_segment("pid, embedding <#> %(q)s", rows, {"q": q}))
            scores = np.asarray([-found[int(r)] for r in rows], dtype=np.float32)
            best = np.argsort(-scores, kind="stable")[:n]
            return rows[best], scores[best]
        parts = []
        for s in self.segments:
            t = table(self._schema, s.seg, "passages")
            where = sql.SQL("WHERE pid = ANY(%(rows)s)") if rows is not None else sql.SQL("")
            if s.dense == "hnsw" and rows is None:
                order = sql.SQL("ORDER BY embedding <#> %(q)s LIMIT %(n)s")
            else:  # exact: ties as FAISS breaks them, the higher row first
                order = sql.SQL("ORDER BY d, pid DESC LIMIT %(n)s")
            parts.append(sql.SQL("(SELECT pid, embedding <#> %(q)s AS d FROM {} {} {})").format(t, where, order))
        params = {"q": q, "n": int(n), "rows": None if rows is None else [int(r) for r in rows]}
        with self._backend.connection() as conn:
            wide = n > 128 and any(s.dense == "hnsw" for s in self.segments)
            if wide:
                conn.execute("SELECT set_config('hnsw.ef_search', %s, false)", [str(min(int(n), 1000))])
            try:
                found = conn.execute(sql.SQL(" UNION ALL ").join(parts), params).fetchall()
            finally:
                if wide:
                    conn.execute("SET hnsw.ef_search = 128")
        found.sort(key=lambda r: (r[1], -r[0]))
        found = found[:n]
        return (np.asarray([r[0] for r in found], dtype=np.int64), np.asarray([-r[1] for r in found], dtype=np.float32))

    def _by_segment(self, columns: str, pids: np.ndarray, params: dict) -> list[tuple]:
        parts, values = [], {**params}
        for i, s in enumerate(self.segments):
            mine = pids[(pids >= s.pid0) & (pids < s.pid0 + s.n_passages)]
            if len(mine):
                values[f"r{i}"] = [int(x) for x in mine]
                parts.append(
                    sql.SQL(f"SELECT {columns} FROM {{}} WHERE pid = ANY(%(r{i})s)").format(
                        table(self._schema, s.seg, "passages")
                    )
                )
        if not parts:
            return []
        with self._backend.connection() as conn:
            return conn.execute(sql.SQL(" UNION ALL ").join(parts), values).fetchall()

    def _term_postings(self, tokens: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Passage rows and term frequencies of each of ``tokens`` (known ones), rows ascending."""
        out, missing = {}, []
        for t in dict.fromkeys(tokens):
            got = self._postings.get(t)
            if got is not None:
                out[t] = got
            elif t in self._vocab:
                missing.append(t)
        if missing:
            parts: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {t: [] for t in missing}
            query = (
                sql.SQL("SELECT term, pids, tfs FROM (")
                + self._union_seq("WHERE term = ANY(%(t)s)")
                + sql.SQL(") p ORDER BY term, k")
            )
            for term, pids, tfs in self._fetch(query, {"t": missing}):
                parts[term].append(
                    (
                        np.frombuffer(pids, dtype="<i4").astype(np.int64),
                        np.frombuffer(tfs, dtype="<i4").astype(np.int64),
                    )
                )
            for t, chunks in parts.items():
                got = (
                    np.concatenate([c[0] for c in chunks]) if chunks else np.zeros(0, np.int64),
                    np.concatenate([c[1] for c in chunks]) if chunks else np.zeros(0, np.int64),
                )
                self._postings.put(t, got)
                out[t] = got
        return out

    def _union_seq(self, where: str) -> sql.Composed:
        """The segments' term rows, each tagged with its segment's position (so rows come in passage order)."""
        return sql.SQL(" UNION ALL ").join(
            sql.SQL(f"SELECT term, pids, tfs, {i} AS k FROM {{}} {where}").format(table(self._schema, s.seg, "terms"))
            for i, s in enumerate(self.segments)
        )

    def bm25_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 of every passage for ``tokens`` (empty when none is known): the folder store's arithmetic."""
        known = [t for t in tokens if t in self._vocab]
        if not known:
            return np.zeros(0, dtype=np.float32)
        n_docs = self.n_passages
        avg = self.token_total / n_docs if n_docs else 1.0
        posting = self._term_postings(known)
        unique = list(posting)
        df = np.asarray([self._vocab[t] for t in unique], dtype=np.float64)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        per_token = {}
        for i, t in enumerate(unique):
            pids, tf = posting[t]
            tf64 = np.asarray(tf, dtype=np.float64)
            norm = _K1 * ((1 - _B) + _B * np.asarray(self._lengths, dtype=np.float64)[pids] / avg)
            per_token[t] = (pids, (idf[i] * tf64 / (norm + tf64)).astype(np.float32))
        out = np.zeros(n_docs, dtype=np.float32)
        for t in known:  # a repeated token counts again, as in the folder store
            pids, scores = per_token[t]
            out[pids] += scores
        return out

    def lexical(self, tokens: list[str], n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passages by BM25: (rows, scores > 0); only among ``rows`` when given."""
        scores = self.bm25_scores(tokens)
        if rows is None:
            return top_scores(scores, n)
        if scores.size == 0 or len(rows) == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        rows = np.asarray(rows, dtype=np.int64)
        sub = scores[rows]
        order = np.argsort(-sub, kind="stable")[:n]
        keep = sub[order] > 0
        return rows[order][keep], sub[order][keep]

    def rows_with_term(self, token: str, prefix: bool = False) -> np.ndarray:
        """Passage rows whose text has ``token`` (a stem); with ``prefix``, any token starting with it."""
        tokens = self._with_prefix(token) if prefix else [token]
        found = self._term_postings(tokens)
        rows = [found[t][0] if t in found else np.zeros(0, np.int64) for t in tokens]
        return np.unique(np.concatenate(rows)) if rows else np.zeros(0, np.int64)

    # ------------------------------------------------------------------ per readout
    def _window(self, rid: int, follows: bool, size: int) -> tuple[Segment, int]:
        """Where a read of ``rid`` stops: one row, or ``size`` when the reads go in row order (a rebuild)."""
        segment = self._segment_of(rid, 0)
        return segment, min(rid + (size if follows else 1), segment.rid0 + segment.n_readouts)

    def _block(self, rid: int) -> tuple[str, np.ndarray, list[tuple], np.ndarray]:
        """Readout ``rid``'s text, sentence spans, statements and sentence vectors: one query, then cached."""
        got = self._blocks.get(rid)
        if got is None:
            segment, hi = self._window(rid, rid == self._next_block, 64)
            rows = self._fetch(
                sql.SQL(
                    "SELECT r.rid, CASE WHEN s.sid IS NULL OR s.sid = r.s_lo THEN r.text END, "
                    's.start, s."end", s.kind, s.actor, s.cameo, s.verb_start, s.verb_end, s.embedding '
                    "FROM {} r LEFT JOIN {} s ON s.sid >= r.s_lo AND s.sid < r.s_hi "
                    "WHERE r.rid >= %s AND r.rid < %s ORDER BY r.rid, s.sid"
                ).format(table(self._schema, segment.seg, "readouts"), table(self._schema, segment.seg, "sentences")),
                [rid, hi],
                binary=True,
            )
            dim = int(self.manifest["dimension"])
            by_rid: dict[int, list[tuple]] = {}
            for r in rows:
                by_rid.setdefault(r[0], []).append(r[1:])
            for r_id, mine in by_rid.items():
                text, sentences = mine[0][0], [r for r in mine if r[1] is not None]
                block = (
                    text,
                    np.asarray([r[1:3] for r in sentences], dtype=np.int64).reshape(-1, 2),
                    [StatementRow(*r[3:8]) for r in sentences],
                    np.stack([_vector(r[8]) for r in sentences]) if sentences else np.zeros((0, dim), np.float32),
                )
                self._blocks.put(r_id, block)
                if r_id == rid:
                    got = block
        self._next_block = rid + 1
        return got

    def title_vector(self, rid: int) -> np.ndarray:
        got = self._titles.get(rid)
        if got is None:
            segment, hi = self._window(rid, rid == self._next_title, 512)
            for r, v in self._fetch(
                sql.SQL("SELECT rid, title_embedding FROM {} WHERE rid >= %s AND rid < %s").format(
                    table(self._schema, segment.seg, "readouts")
                ),
                [rid, hi],
                binary=True,
            ):
                self._titles.put(r, _vector(v))
                if r == rid:
                    got = _vector(v)
        self._next_title = rid + 1
        return got

    def all_passage_vectors(self) -> np.ndarray:
        if self.n_passages == 0:
            return np.zeros((0, int(self.manifest["dimension"])), np.float32)
        rows = self._fetch(self._union("passages", "pid, embedding", "pid"), binary=True)
        return np.stack([_vector(v) for _, v in rows])

    def known_vectors(self, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Stored vectors of any of ``texts``, found by their 64-bit sha256 prefixes (as the folder store keeps
        them): the first sentence row with that text, else the first readout title."""
        wanted = [int(h) for h in text_hashes(texts).view(np.int64)]
        found: dict[int, np.ndarray] = {}
        for column, kind, key, vec in (
            ("hash", "sentences", "sid", "embedding"),
            ("title_hash", "readouts", "rid", "title_embedding"),
        ):
            todo = sorted(set(wanted) - set(found))
            for i in range(0, len(todo), 10_000):
                query = sql.SQL(" UNION ALL ").join(
                    sql.SQL(
                        f"(SELECT DISTINCT ON ({column}) {column}, {key}, {vec} FROM {{}} WHERE {column} = "
                        f"ANY(%(h)s) ORDER BY {column}, {key})"
                    ).format(table(self._schema, s.seg, kind))
                    for s in self.segments
                )
                for h, _, v in sorted(
                    self._fetch(query, {"h": todo[i : i + 10_000]}, binary=True),
                    key=lambda r: (r[0], r[1]),
                    reverse=True,
                ):
                    found[h] = _vector(v)  # the lowest row is put last, so it wins
        return {i: found[h] for i, h in enumerate(wanted) if h in found}

    # ------------------------------------------------------------------ records
    def _text(self, rid: int) -> str:
        """Readout ``rid``'s text. Read in order (a rebuild walks every readout), the next 512 come in one query."""
        text = self._texts.get(rid)
        if text is None:
            block = self._blocks.get(rid)
            if block is not None:
                return block[0]
            segment, hi = self._window(rid, rid == self._next_text, 512)
            for r, t in self._fetch(
                sql.SQL("SELECT rid, text FROM {} WHERE rid >= %s AND rid < %s").format(
                    table(self._schema, segment.seg, "readouts")
                ),
                [rid, hi],
            ):
                self._texts.put(r, t)
                if r == rid:
                    text = t
        self._next_text = rid + 1
        return text

    def _text_lengths(self) -> dict[int, int]:
        return dict(self._fetch(self._union("readouts", "rid, length(text)", "rid")))

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._backend.release(self.gen)
