"""Writing the PostgreSQL store: the schema, one segment's tables, the uploads' bytes, and garbage collection.

``pg.py`` runs these inside the writer's transaction (see its docstring for
the layout). A segment is written with binary COPY, then given its keys and,
when it is large, an HNSW index; nothing written here is visible to readers
until the transaction that switches the live generation commits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from psycopg import sql
from psycopg.types.json import Jsonb

from ..corpus.uploads import UPLOAD_PREFIX, is_upload
from ..errors import MissingDependencyError
from .base import IndexContent
from .bm25 import BM25Index
from .folder_files import content_hashes

#: The table layout's version: an index written by another layout is rebuilt, never misread.
LAYOUT_VERSION = "1"
#: Passages in one segment from which its vectors get an HNSW index (below it an exact scan is fast enough:
#: a few milliseconds for 20,000 passages, the folder store's threshold too).
HNSW_MIN_VECTORS = 20_000
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 64
#: The segment kinds; table ``seg<N>_<kind>`` holds segment N's rows of that kind.
KINDS = ("readouts", "sentences", "passages", "terms")

_SCHEMA = [
    "CREATE SCHEMA IF NOT EXISTS {s}",
    "CREATE TABLE IF NOT EXISTS {s}.store_info (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE SEQUENCE IF NOT EXISTS {s}.ids",
    """CREATE TABLE IF NOT EXISTS {s}.segments (seg bigint PRIMARY KEY, rid0 int NOT NULL, sid0 int NOT NULL,
        pid0 int NOT NULL, n_readouts int NOT NULL, n_sentences int NOT NULL, n_passages int NOT NULL,
        dimension int NOT NULL, dense text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS {s}.generations (gen bigint PRIMARY KEY, name text UNIQUE NOT NULL,
        segments bigint[] NOT NULL, manifest jsonb NOT NULL, n_readouts int NOT NULL, n_sentences int NOT NULL,
        n_passages int NOT NULL, token_total bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS {s}.live (one boolean PRIMARY KEY DEFAULT true CHECK (one),
        gen bigint NOT NULL REFERENCES {s}.generations (gen))""",
    """CREATE TABLE IF NOT EXISTS {s}.uploads (name text PRIMARY KEY, data bytea NOT NULL, sha256 text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now())""",
]

_TABLES = {
    "readouts": """CREATE TABLE {t} (rid int NOT NULL, source text NOT NULL, title text NOT NULL, date text,
        sha256 text NOT NULL, body_start int NOT NULL, pages text NOT NULL, title_source text NOT NULL,
        text text NOT NULL, s_lo int NOT NULL, s_hi int NOT NULL, p_lo int NOT NULL, p_hi int NOT NULL,
        meeting jsonb NOT NULL, title_hash bigint NOT NULL, title_embedding vector({dim}) NOT NULL)""",
    "sentences": """CREATE TABLE {t} (sid int NOT NULL, rid int NOT NULL, start int NOT NULL, "end" int NOT NULL,
        kind text NOT NULL, actor text NOT NULL, cameo text, verb_start int NOT NULL, verb_end int NOT NULL,
        hash bigint NOT NULL, embedding vector({dim}) NOT NULL)""",
    "passages": """CREATE TABLE {t} (pid int NOT NULL, rid int NOT NULL, start int NOT NULL, "end" int NOT NULL,
        s_lo int NOT NULL, s_hi int NOT NULL, length int NOT NULL, embedding vector({dim}) NOT NULL)""",
    "terms": """CREATE TABLE {t} (term text COLLATE "C" NOT NULL, df int NOT NULL, pids bytea NOT NULL,
        tfs bytea NOT NULL)""",
}
_TYPES = {
    "readouts": [
        "int4",
        "text",
        "text",
        "text",
        "text",
        "int4",
        "text",
        "text",
        "text",
        "int4",
        "int4",
        "int4",
        "int4",
        "jsonb",
        "int8",
        "vector",
    ],
    "sentences": ["int4", "int4", "int4", "int4", "text", "text", "text", "int4", "int4", "int8", "vector"],
    "passages": ["int4", "int4", "int4", "int4", "int4", "int4", "int4", "vector"],
    "terms": ["text", "int4", "bytea", "bytea"],
}
_KEYS = {
    "readouts": ["ALTER TABLE {t} ADD PRIMARY KEY (rid)", "CREATE INDEX ON {t} (title_hash)"],
    "sentences": ["ALTER TABLE {t} ADD PRIMARY KEY (sid)", "CREATE INDEX ON {t} (hash)"],
    "passages": ["ALTER TABLE {t} ADD PRIMARY KEY (pid)"],
    "terms": ["ALTER TABLE {t} ADD PRIMARY KEY (term)"],
}


@dataclass(frozen=True)
class Segment:
    """One segment's place in the row numbering of every generation that includes it."""

    seg: int
    rid0: int
    sid0: int
    pid0: int
    n_readouts: int
    n_sentences: int
    n_passages: int
    dense: str  # "flat" (exact scan) or "hnsw"


def table(schema: str, seg: int, kind: str) -> sql.Identifier:
    """The table of segment ``seg`` holding rows of ``kind``."""
    return sql.Identifier(schema, f"seg{int(seg)}_{kind}")


def ensure_schema(conn, schema: str) -> None:
    """Create the extension (when missing), the schema and the fixed tables; idempotent. Raises an error naming
    the fix when the pgvector extension is missing and cannot be created."""
    has = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'").fetchone()
    if not has:
        try:
            with conn.transaction():
                conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except Exception as exc:
            db = conn.info.dbname
            raise MissingDependencyError(
                f"The database {db} has no pgvector extension and it could not be created "
                f"({str(exc).strip().splitlines()[0]}). Install pgvector on the server and run, as a superuser: "
                f"CREATE EXTENSION vector;  (in database {db})"
            ) from None
    with conn.transaction():
        for statement in _SCHEMA:
            conn.execute(sql.SQL(statement).format(s=sql.Identifier(schema)))
        conn.execute(
            sql.SQL("INSERT INTO {} VALUES ('layout', %s) ON CONFLICT (key) DO NOTHING").format(
                sql.Identifier(schema, "store_info")
            ),
            [LAYOUT_VERSION],
        )


def postings(docs: list[list[str]], pid0: int) -> tuple[list[tuple[str, int, bytes, bytes]], np.ndarray]:
    """BM25 statistics of passages ``pid0...``: per term (term, document frequency, passage rows, term
    frequencies; rows ascending, both packed as little-endian int32), and each passage's length in tokens.
    Tokens are encoded exactly as the folder store's BM25 does (an empty passage is the empty token)."""
    vocab: dict[str, int] = {}
    ids, offsets = BM25Index.encode_docs(docs, vocab)
    n_docs = len(offsets) - 1
    lengths = np.diff(offsets)
    doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
    width = max(n_docs, 1)
    pair, tf = np.unique(np.asarray(ids, dtype=np.int64) * width + doc_of, return_counts=True)
    term, doc = pair // width, pair % width
    bounds = np.searchsorted(term, np.arange(len(vocab) + 1))
    rows = []
    for name, i in vocab.items():
        lo, hi = int(bounds[i]), int(bounds[i + 1])
        rows.append((name, hi - lo, (doc[lo:hi] + pid0).astype("<i4").tobytes(), tf[lo:hi].astype("<i4").tobytes()))
    return rows, lengths.astype(np.int64)


def _copy(cur, target: sql.Identifier, kind: str, rows) -> None:
    with cur.copy(sql.SQL("COPY {} FROM STDIN (FORMAT BINARY)").format(target)) as cp:
        cp.set_types(_TYPES[kind])
        for row in rows:
            cp.write_row(row)


def _readout_rows(content: IndexContent, base: tuple[int, int, int], t_hash: np.ndarray) -> Iterator[tuple]:
    rid0, sid, pid = base
    titles = content.title_vectors.astype(np.float16).astype(np.float32)  # the folder store keeps float16
    for i, (c, m) in enumerate(zip(content.chunks, content.meetings, strict=True)):
        r = c.readout
        s_hi, p_hi = sid + len(c.sentences), pid + len(c.passages)
        yield (
            rid0 + i,
            r.source,
            r.title,
            r.date,
            r.sha256,
            r.body_start,
            json.dumps(list(r.pages)),
            r.title_source,
            r.text,
            sid,
            s_hi,
            pid,
            p_hi,
            Jsonb(m.to_dict()),
            int(t_hash[i]),
            titles[i],
        )
        sid, pid = s_hi, p_hi


def _sentence_rows(content: IndexContent, base: tuple[int, int, int], s_hash: np.ndarray) -> Iterator[tuple]:
    rid0, sid0, _ = base
    vectors = content.sentence_vectors.astype(np.float16).astype(np.float32)
    row = 0
    for i, (c, statements) in enumerate(zip(content.chunks, content.statements, strict=True)):
        for s, st in zip(c.sentences, statements, strict=True):
            yield (
                sid0 + row,
                rid0 + i,
                s.start,
                s.end,
                st.kind,
                st.actor,
                st.cameo,
                st.verb_start,
                st.verb_end,
                int(s_hash[row]),
                vectors[row],
            )
            row += 1


def _passage_rows(content: IndexContent, base: tuple[int, int, int], lengths: np.ndarray) -> Iterator[tuple]:
    rid0, sid, pid0 = base
    vectors = np.asarray(content.passage_vectors, dtype=np.float32)
    row = 0
    for i, c in enumerate(content.chunks):
        for p in c.passages:
            start, end = c.passage_span(p)
            yield (pid0 + row, rid0 + i, start, end, sid + p.first, sid + p.last, int(lengths[row]), vectors[row])
            row += 1
        sid += len(c.sentences)


def write_segment(
    conn, schema: str, content: IndexContent, base: tuple[int, int, int], hnsw_min: int | None = None
) -> tuple[Segment, int]:
    """Write ``content`` as a new segment whose first rows are ``base`` (readout, sentence, passage); returns
    the segment and its passages' total BM25 length. Call inside the writer's transaction."""
    seg = int(conn.execute("SELECT nextval(%s::regclass)", [f'"{schema}".ids']).fetchone()[0])
    dimension = int(content.passage_vectors.shape[1] if content.passage_vectors.ndim == 2 else 1)
    dim = sql.SQL(str(dimension))
    if content.statements and len(content.statements) != len(content.chunks):
        raise ValueError("statements do not match the readouts")
    s_hash, t_hash = (h.view(np.int64) for h in content_hashes(content))
    terms, lengths = postings(content.bm25_docs, base[2])
    if len(lengths) != len(content.passage_vectors):
        raise ValueError("BM25 documents do not match the passages")
    rows = {
        "readouts": _readout_rows(content, base, t_hash),
        "sentences": _sentence_rows(content, base, s_hash),
        "passages": _passage_rows(content, base, lengths),
        "terms": iter(terms),
    }
    with conn.cursor() as cur:
        for kind in KINDS:
            target = table(schema, seg, kind)
            cur.execute(sql.SQL(_TABLES[kind]).format(t=target, dim=dim))
            _copy(cur, target, kind, rows[kind])
            for statement in _KEYS[kind]:
                cur.execute(sql.SQL(statement).format(t=target))
        n_passages = len(lengths)
        dense = "hnsw" if n_passages >= (HNSW_MIN_VECTORS if hnsw_min is None else hnsw_min) else "flat"
        if dense == "hnsw":
            # the graph is built in memory when it fits: far faster than on disk
            cur.execute("SET LOCAL maintenance_work_mem = '1GB'")
            cur.execute(
                sql.SQL(
                    "CREATE INDEX ON {} USING hnsw (embedding vector_ip_ops) WITH (m = {}, ef_construction = {})"
                ).format(table(schema, seg, "passages"), sql.Literal(HNSW_M), sql.Literal(HNSW_EF_CONSTRUCTION))
            )
        for kind in KINDS:
            cur.execute(sql.SQL("ANALYZE {}").format(table(schema, seg, kind)))
        segment = Segment(
            seg, base[0], base[1], base[2], len(content.chunks), len(content.sentence_vectors), n_passages, dense
        )
        cur.execute(
            sql.SQL(
                "INSERT INTO {} (seg, rid0, sid0, pid0, n_readouts, n_sentences, n_passages, dimension, "
                "dense) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
            ).format(sql.Identifier(schema, "segments")),
            [seg, *base, segment.n_readouts, segment.n_sentences, segment.n_passages, dimension, dense],
        )
    return segment, int(lengths.sum())


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sync_uploads(conn, schema: str, staged: dict[str, Path], sources: list[str], *, full: bool) -> None:
    """Keep the bytes of uploaded readouts with the index, in the writer's transaction: store the files just
    ``staged`` (by name) for upload sources among ``sources`` and, for a ``full`` write (``sources`` is then the
    whole corpus), drop the bytes of uploads no longer indexed."""
    target = sql.Identifier(schema, "uploads")
    names = sorted({s[len(UPLOAD_PREFIX) :] for s in sources if is_upload(s)})
    stored = dict(conn.execute(sql.SQL("SELECT name, sha256 FROM {}").format(target)).fetchall())
    for name in names:
        f = staged.get(name)
        if f is None or not f.is_file():
            continue
        data = f.read_bytes()
        sha = file_sha256(data)
        if stored.get(name) != sha:
            conn.execute(
                sql.SQL(
                    "INSERT INTO {} (name, data, sha256) VALUES (%s, %s, %s) ON CONFLICT (name) DO "
                    "UPDATE SET data = excluded.data, sha256 = excluded.sha256, uploaded_at = now()"
                ).format(target),
                [name, data, sha],
            )
    if full:
        conn.execute(sql.SQL("DELETE FROM {} WHERE NOT (name = ANY(%s))").format(target), [names])


def collect_garbage(conn, schema: str, ns: int) -> list[str]:
    """Drop every generation but the live one that no session holds (readers hold a shared advisory lock on
    theirs), then every segment no remaining generation uses. Returns the generations dropped. Run with the
    writer lock held, outside a transaction."""
    s = sql.Identifier(schema)
    old = conn.execute(
        sql.SQL(
            "SELECT g.gen, g.name FROM {s}.generations g WHERE g.gen <> (SELECT gen FROM {s}.live) ORDER BY g.gen"
        ).format(s=s)
    ).fetchall()
    dropped = []
    for gen, name in old:
        if not conn.execute("SELECT pg_try_advisory_lock(%s, %s)", [ns, gen]).fetchone()[0]:
            continue  # somebody reads it: a later writer drops it
        try:
            conn.execute(sql.SQL("DELETE FROM {s}.generations WHERE gen = %s").format(s=s), [gen])
            dropped.append(name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s, %s)", [ns, gen])
    unused = [
        seg
        for (seg,) in conn.execute(
            sql.SQL(
                "SELECT seg FROM {s}.segments "
                "WHERE NOT EXISTS (SELECT 1 FROM {s}.generations g WHERE seg = ANY(g.segments))"
            ).format(s=s)
        ).fetchall()
    ]
    for seg in unused:
        with conn.transaction():
            conn.execute("SET LOCAL lock_timeout = '5s'")
            for kind in KINDS:
                conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(table(schema, seg, kind)))
            conn.execute(sql.SQL("DELETE FROM {s}.segments WHERE seg = %s").format(s=s), [seg])
    return dropped


def manifest_for(content: IndexContent, name: str, segments: list[Segment]) -> dict[str, Any]:
    """The manifest kept with a generation: the build's, plus the layout and how passages are searched."""
    from .manifest import FORMAT_VERSION

    dense = "hnsw" if any(s.dense == "hnsw" for s in segments) else "flat"
    return {
        **content.manifest,
        "format_version": FORMAT_VERSION,
        "generation": name,
        "store": "postgresql",
        "dense_index": dense,
        "pg_segments": len(segments),
    }
