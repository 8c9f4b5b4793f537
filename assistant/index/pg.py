"""The PostgreSQL store: the index in tables of one schema, vectors in pgvector columns. With ``pg_read.py`` and
``pg_write.py``, the only modules that talk to PostgreSQL.

Layout, in the schema ``assistant`` (``ASSISTANT_PG_SCHEMA``)::

    generations    one row per generation: name, manifest (jsonb), counts, BM25 token total, and the ordered
                   segments that make it up
    live           one row: the generation readers use (switched by the writer's transaction)
    segments       one row per segment: its first readout, sentence and passage row, sizes, dense search kind
    uploads        the bytes of readouts uploaded through the web chat (sources ``uploads/<name>``)
    seg<N>_readouts  readouts: full text, readout record (jsonb), title vector, row ranges
    seg<N>_sentences sentences: span, statement (kind, actor, CAMEO), vector, text hash (the embedding cache)
    seg<N>_passages  passages: span, sentence rows, BM25 length, vector (HNSW index when the segment is large)
    seg<N>_terms     BM25 postings per term: document frequency, passage rows and term frequencies (packed)

A full write makes one segment holding everything; adding readouts makes a
generation of the previous generation's segments plus one new segment, so its
cost follows the new readouts. Every write is one transaction that also
switches ``live``: a reader sees the old corpus or the new one, never half,
and a writer killed at any moment leaves the old one live (its transaction
rolls back; ``client_connection_check_interval`` makes the server notice
soon even in the middle of an index build). Writers are serialised by a
session advisory lock; a reader holds a shared advisory lock on its
generation, and a superseded generation is dropped only once no session
holds it (then any segment no generation uses). Segments never change, so
a generation that is held reads the same rows to its end. BM25 scores are
computed at question time from the stored statistics with the folder store's
formula and float arithmetic, so both stores rank passages identically.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexMissingError, require
from .base import IndexContent
from .manifest import validate

psycopg = require("psycopg", "pg")
from psycopg import sql  # noqa: E402

from .pg_read import PgStore  # noqa: E402
from .pg_write import (  # noqa: E402
    LAYOUT_VERSION,
    Segment,
    collect_garbage,
    ensure_schema,
    file_sha256,
    manifest_for,
    sync_uploads,
    write_segment,
)

#: Appends before a full rewrite merges the segments again (each segment is one more scan per question).
MAX_SEGMENTS = 32
#: Breadth of an HNSW search (the folder store uses the same).
HNSW_EF_SEARCH = 128


def namespace(schema: str) -> int:
    """The first key of this index's advisory locks (the second is 0 for the writer, a generation for readers)."""
    return int.from_bytes(hashlib.sha256(f"readout-assistant:{schema}".encode()).digest()[:4], "big") & 0x7FFFFFFF


def _application_name() -> str:
    return f"readout-assistant pid {os.getpid()} on {socket.gethostname()}"[:63]


class StoreUnavailable(IndexMissingError):
    """PostgreSQL could not be reached (a subclass of IndexMissingError: there is no index to read)."""


class PgBackend:
    """An index in a PostgreSQL database (with the pgvector extension)."""

    def __init__(
        self,
        url: str,
        *,
        schema: str = "assistant",
        pool_size: int = 4,
        hnsw_min: int | None = None,
        connect_timeout: int = 10,
    ) -> None:
        self.url = url
        self.schema = schema
        self.pool_size = pool_size
        self.hnsw_min = hnsw_min
        self.connect_timeout = connect_timeout
        self.ns = namespace(schema)
        self._lock = threading.RLock()
        self._pool: Any = None
        self._holder: Any = None
        self._readers = 0
        self._writer: Any = None
        self._mirror: tempfile.TemporaryDirectory | None = None
        self._mirror_seen: dict[str, tuple[int, int, str]] = {}

    # ------------------------------------------------------------------ connections
    def describe(self) -> str:
        try:
            parts = psycopg.conninfo.conninfo_to_dict(self.url)
        except psycopg.Error:
            return "postgresql://?"
        host, port, db = parts.get("host") or "localhost", parts.get("port"), parts.get("dbname") or ""
        if host.startswith("/"):  # a Unix socket folder
            return f"postgresql://localhost/{db} (socket {host}, schema {self.schema})"
        return f"postgresql://{host}{':' + str(port) if port else ''}/{db} (schema {self.schema})"

    def connect(self):
        """A new autocommit connection, or StoreUnavailable saying what to check."""
        try:
            return psycopg.connect(
                self.url, autocommit=True, application_name=_application_name(), connect_timeout=self.connect_timeout
            )
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreUnavailable(
                f"Cannot connect to PostgreSQL at {self.describe()}: {first}. Check the URL "
                "(--store or ASSISTANT_STORE), that the server runs, and the credentials."
            ) from None

    @staticmethod
    def _configure(conn) -> None:
        from pgvector.psycopg import register_vector

        if psycopg.types.TypeInfo.fetch(conn, "vector") is not None:
            register_vector(conn)
        conn.execute(f"SET hnsw.ef_search = {HNSW_EF_SEARCH}")

    @contextlib.contextmanager
    def connection(self) -> Iterator[Any]:
        """A pooled connection (autocommit, vector types registered) while a reader is open, else a new one."""
        with self._lock:
            pool = self._pool
        if pool is None:
            conn = self.connect()
            try:
                self._configure(conn)
                yield conn
            finally:
                conn.close()
            return
        try:
            with pool.connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:
            raise StoreUnavailable(
                f"Lost the connection to PostgreSQL at {self.describe()}: {str(exc).strip()[:200]}"
            ) from None

    def _retain(self) -> None:
        """One more open reader: the pool and the holds' connection live while any reader does."""
        from psycopg_pool import ConnectionPool

        with self._lock:
            if self._holder is None or self._holder.closed:
                self._holder = self.connect()
            if self._pool is None:
                self._pool = ConnectionPool(
                    self.url,
                    min_size=1,
                    max_size=self.pool_size,
                    open=True,
                    timeout=10,
                    kwargs={
                        "autocommit": True,
                        "application_name": _application_name(),
                        "connect_timeout": self.connect_timeout,
                    },
                    configure=self._configure,
                    name="readout-assistant",
                )
                # an assistant nobody closed keeps its pool to the end of the process, then closes it here
                # (never in a garbage collection that may run on one of the pool's own threads)
                atexit.register(self.close)
            self._readers += 1

    def release(self, gen: int | None) -> None:
        """A reader of ``gen`` closed: drop its hold; the last one closes the pool."""
        with self._lock:
            if gen is not None and self._holder is not None and not self._holder.closed:
                with contextlib.suppress(psycopg.Error):
                    self._holder.execute("SELECT pg_advisory_unlock_shared(%s, %s)", [self.ns, gen])
            self._readers = max(0, self._readers - 1)
            if self._readers == 0:
                self.close()

    def close(self) -> None:
        """Close the pool and the holds' connection (open readers keep working only until then)."""
        with self._lock:
            pool, holder, self._pool, self._holder = self._pool, self._holder, None, None
        if pool is not None:
            atexit.unregister(self.close)
            pool.close()
        if holder is not None:
            holder.close()

    def _table_exists(self, conn, name: str) -> bool:
        return conn.execute(
            "SELECT to_regclass(%s) IS NOT NULL", [sql.Identifier(self.schema, name).as_string(conn)]
        ).fetchone()[0]

    # ------------------------------------------------------------------ state
    def exists(self) -> bool:
        with self.connection() as conn:
            if not self._table_exists(conn, "live"):
                return False
            return (
                conn.execute(sql.SQL("SELECT 1 FROM {}").format(sql.Identifier(self.schema, "live"))).fetchone()
                is not None
            )

    def looks_used(self) -> bool:
        with self.connection() as conn:
            if not self._table_exists(conn, "generations"):
                return False
            s = sql.Identifier(self.schema)
            return conn.execute(
                sql.SQL("SELECT EXISTS (SELECT 1 FROM {s}.generations) OR EXISTS (SELECT 1 FROM {s}.segments)").format(
                    s=s
                )
            ).fetchone()[0]

    def current_generation(self) -> str | None:
        s = sql.Identifier(self.schema)
        with self.connection() as conn:
            try:
                row = conn.execute(
                    sql.SQL("SELECT g.name FROM {s}.live l JOIN {s}.generations g USING (gen)").format(s=s)
                ).fetchone()
            except psycopg.errors.UndefinedTable:
                return None
        return row[0] if row else None

    # ------------------------------------------------------------------ reading
    def open(self) -> PgStore:
        self._retain()
        try:
            return self._open_held()
        except BaseException:
            self.release(None)
            raise

    def _open_held(self) -> PgStore:
        s = sql.Identifier(self.schema)
        for attempt in range(50):
            with self._lock:
                conn = self._holder
                if (
                    not self._table_exists(conn, "live")
                    or conn.execute(sql.SQL("SELECT 1 FROM {}").format(sql.Identifier(self.schema, "live"))).fetchone()
                    is None
                ):
                    raise IndexMissingError(
                        f"No index in {self.describe()}. Build one with: assistant index PATH_TO_READOUTS --store URL"
                    )
                layout = conn.execute(
                    sql.SQL("SELECT value FROM {s}.store_info WHERE key = 'layout'").format(s=s)
                ).fetchone()
                if not layout or layout[0] != LAYOUT_VERSION:
                    raise IndexMismatchError(
                        f"The index in {self.describe()} has table layout {layout and layout[0]}; "
                        f"this version reads {LAYOUT_VERSION}. Rebuild it with: assistant index "
                        "PATH_TO_READOUTS --store URL"
                    )
                (gen,) = conn.execute(sql.SQL("SELECT gen FROM {s}.live").format(s=s)).fetchone()
                conn.execute("SELECT pg_advisory_lock_shared(%s, %s)", [self.ns, gen])
                row = conn.execute(
                    sql.SQL(
                        "SELECT gen, name, segments, manifest, n_readouts, n_sentences, n_passages, "
                        "token_total FROM {s}.generations WHERE gen = %s"
                    ).format(s=s),
                    [gen],
                ).fetchone()
                if row is None:  # dropped between reading live and holding it: live has moved on
                    conn.execute("SELECT pg_advisory_unlock_shared(%s, %s)", [self.ns, gen])
                    time.sleep(0.002 * (attempt + 1))
                    continue
                segments = conn.execute(
                    sql.SQL(
                        "SELECT seg, rid0, sid0, pid0, n_readouts, n_sentences, n_passages, "
                        "dense FROM {s}.segments WHERE seg = ANY(%s)"
                    ).format(s=s),
                    [row[2]],
                ).fetchall()
            try:
                by_id = {r[0]: Segment(*r) for r in segments}
                manifest = validate(row[3], self.describe())
                return PgStore(self, row, manifest, [by_id[seg] for seg in row[2]])
            except BaseException:
                with self._lock, contextlib.suppress(psycopg.Error):
                    self._holder.execute("SELECT pg_advisory_unlock_shared(%s, %s)", [self.ns, gen])
                raise
        raise IndexCorruptError(
            f"The index in {self.describe()} kept changing while it was opened (50 tries). "
            "Try again; if it persists, another process is rewriting it in a loop."
        )

    # ------------------------------------------------------------------ writing
    @contextlib.contextmanager
    def writer_lock(self, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the index's writer lock (a session advisory lock): one update at a time across processes and
        machines. When another session holds it: with ``wait`` tell ``on_wait`` who, then wait; without, raise
        IndexBusyError. The lock goes with the session, so a killed writer never leaves it behind."""
        conn = self.connect()
        try:
            if not conn.execute("SELECT pg_try_advisory_lock(%s, 0)", [self.ns]).fetchone()[0]:
                message = f"Another process ({self._lock_holder(conn)}) is updating the index in {self.describe()}"
                if not wait:
                    raise IndexBusyError(f"{message}. Wait for it to finish, or run again without --no-wait.")
                if on_wait:
                    on_wait(message + "; waiting for it to finish.")
                conn.execute("SELECT pg_advisory_lock(%s, 0)", [self.ns])
            # the server checks the client while a long statement runs, so a killed writer's work stops soon
            conn.execute("SET client_connection_check_interval = '1s'")
            self._writer = conn
            yield
        finally:
            self._writer = None
            conn.close()

    def _lock_holder(self, conn) -> str:
        row = conn.execute(
            "SELECT a.application_name, a.client_addr::text, a.backend_start FROM pg_locks l JOIN "
            "pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND "
            "l.classid::bigint = %s AND l.objid::bigint = 0 AND l.objsubid = 2",
            [self.ns],
        ).fetchone()
        if not row:
            return "unknown"
        name, addr, since = row
        where = name.replace("readout-assistant ", "") if name else "a session"
        return f"{where}{' from ' + addr if addr else ''}, since {since:%H:%M:%S}"

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Any]:
        if self._writer is not None:
            yield self._writer
            return
        with self.writer_lock():
            yield self._writer

    def write(self, content: IndexContent, hnsw_min: int | None = None) -> None:
        """Make ``content`` the whole index in one transaction (one new segment). Call with the writer lock held."""
        with self._writing() as conn:
            ensure_schema(conn, self.schema)
            self._configure(conn)
            with conn.transaction():
                segment, tokens = write_segment(conn, self.schema, content, (0, 0, 0), hnsw_min or self.hnsw_min)
                self._publish(conn, content, [segment], tokens, full=True)
            self._settle_mirror()
            self._collect(conn)

    def append(self, old: PgStore, content: IndexContent) -> bool:
        """``old`` plus ``content`` (new sources only) as a new generation: ``old``'s segments and one more. False
        when ``old`` has too many segments (a full write merges them). Call with the writer lock held."""
        if not isinstance(old, PgStore) or len(old.segments) >= MAX_SEGMENTS:
            return False
        with self._writing() as conn:
            self._configure(conn)
            with conn.transaction():
                base = (old.n_readouts, old.n_sentences, old.n_passages)
                segment, tokens = write_segment(conn, self.schema, content, base, self.hnsw_min)
                self._publish(conn, content, [*old.segments, segment], old.token_total + tokens, full=False)
            self._settle_mirror()
            self._collect(conn)
        return True

    def _publish(self, conn, content: IndexContent, segments: list[Segment], token_total: int, *, full: bool) -> str:
        """Record the generation and make it live (inside the writer's transaction, committed by the caller)."""
        s = sql.Identifier(self.schema)
        gen = int(conn.execute("SELECT nextval(%s::regclass)", [f'"{self.schema}".ids']).fetchone()[0])
        name = f"pg-{gen:06d}"
        counts = [
            sum(x.n_readouts for x in segments),
            sum(x.n_sentences for x in segments),
            sum(x.n_passages for x in segments),
        ]
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.generations (gen, name, segments, manifest, n_readouts, n_sentences, "
                "n_passages, token_total) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
            ).format(s=s),
            [
                gen,
                name,
                [x.seg for x in segments],
                psycopg.types.json.Jsonb(manifest_for(content, name, segments)),
                *counts,
                token_total,
            ],
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.live (one, gen) VALUES (true, %s) ON CONFLICT (one) DO UPDATE SET gen = excluded.gen"
            ).format(s=s),
            [gen],
        )
        sync_uploads(conn, self.schema, self._staged(), [r.source for r in content.readouts], full=full)
        return name

    def _collect(self, conn) -> None:
        try:
            collect_garbage(conn, self.schema, self.ns)
        except psycopg.Error:
            pass  # the new generation is committed; the next writer collects what is left

    # ------------------------------------------------------------------ uploads
    def _staged(self) -> dict[str, Path]:
        """Files put into the uploads folder since it was last brought up to date (new or replaced uploads)."""
        if self._mirror is None:
            return {}
        out = {}
        for f in Path(self._mirror.name).iterdir():
            st = f.stat()
            if self._mirror_seen.get(f.name, (None, None))[:2] != (st.st_mtime_ns, st.st_size):
                out[f.name] = f
        return out

    def _settle_mirror(self) -> None:
        """After a commit: what the uploads folder holds is what the database holds (nothing is staged now)."""
        for name, f in self._staged().items():
            st = f.stat()
            self._mirror_seen[name] = (st.st_mtime_ns, st.st_size, file_sha256(f.read_bytes()))

    def uploads_dir(self) -> Path:
        """A folder of this process holding the uploaded readout files the database keeps (brought up to date on
        each call). Files put here are stored in the database by the next write that indexes them."""
        if self._mirror is None:
            self._mirror = tempfile.TemporaryDirectory(prefix="assistant-uploads-")
        folder = Path(self._mirror.name)
        with self.connection() as conn:
            if not self._table_exists(conn, "uploads"):
                return folder
            target = sql.Identifier(self.schema, "uploads")
            stored = dict(conn.execute(sql.SQL("SELECT name, sha256 FROM {}").format(target)).fetchall())
            for f in folder.iterdir():
                if f.name not in stored:
                    f.unlink(missing_ok=True)
                    self._mirror_seen.pop(f.name, None)
            for name, sha in stored.items():
                path = folder / name
                if self._local_sha(path) != sha:
                    (data,) = conn.execute(
                        sql.SQL("SELECT data FROM {} WHERE name = %s").format(target), [name]
                    ).fetchone()
                    path.write_bytes(data)
                st = path.stat()
                self._mirror_seen[name] = (st.st_mtime_ns, st.st_size, sha)  # as stored: not staged
        return folder

    def _local_sha(self, path: Path) -> str | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        seen = self._mirror_seen.get(path.name)
        if seen and seen[:2] == (st.st_mtime_ns, st.st_size):
            return seen[2]
        return file_sha256(path.read_bytes())

    def stored_upload(self, name: str) -> bytes | None:
        """The bytes of the uploaded readout ``uploads/<name>`` as stored, or None."""
        with self.connection() as conn:
            row = conn.execute(
                sql.SQL("SELECT data FROM {} WHERE name = %s").format(sql.Identifier(self.schema, "uploads")), [name]
            ).fetchone()
        return bytes(row[0]) if row else None
