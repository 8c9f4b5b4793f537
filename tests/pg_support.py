"""A real PostgreSQL 16 with pgvector for the tests (pgserver), one per test session, and a fresh schema per test.

Skipped only when pgserver or psycopg is not installed, and never under CI (CI=1 makes that a failure).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest


def _require() -> None:
    try:
        import pgserver  # noqa: F401
        import pgvector.psycopg  # noqa: F401
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the PostgreSQL test dependencies are missing ({exc}): pip install -e '.[dev]'")
        pytest.skip(f"PostgreSQL tests need pgserver and psycopg ({exc}): pip install -e '.[dev]'")


@pytest.fixture(scope="session")
def pg_url():
    """The URL of a PostgreSQL server started for this session (a Unix socket; stopped and deleted at the end)."""
    _require()
    import pgserver

    # its own folder, outside pytest's (pgserver opens the path's folders to the server's system user)
    root = Path(tempfile.mkdtemp(prefix="assistant-pg-"))
    server = pgserver.get_server(root / "data", cleanup_mode="delete")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_schema(pg_url):
    """A schema of its own for one test, dropped afterwards."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def pg_settings(pg_url, pg_schema, tmp_path):
    """Settings with the fake embedder and the store in this test's schema."""
    from assistant.config import Settings
    from tests.conftest import SEEDS

    return Settings(
        model="hash-64", store=pg_url, pg_schema=pg_schema, index_dir=tmp_path / "no-folder-index", corpus=SEEDS
    )


def tables_of(pg_url: str, schema: str) -> set[str]:
    """The tables in ``schema``."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", [schema]).fetchall()
    return {r[0] for r in rows}


def scalar(pg_url: str, query: str, params=None):
    """The first column of the first row of ``query``."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        row = conn.execute(query, params).fetchone()
    return row[0] if row else None
