"""What the facade is made of: the lock between questions and updates, the components bound to one opened
store, the store a configuration names, and the checks of what a caller passes in. Only ``api.py`` uses it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .config import MAX_QUESTION_CHARS, Settings, load_settings
from .corpus.ingest import IngestReport
from .errors import AssistantError
from .index.base import Backend, StoreReader


class ReadWriteLock:
    """Many readers at once, or one writer alone."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextlib.contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._readers:
                self._cond.wait()
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Engine:
    """The answering components bound to one opened store; replaced as a whole when the store changes."""

    def __init__(self, store: StoreReader, embedder, settings: Settings, llm) -> None:
        from .qa.answerer import Answerer
        from .qa.retrieve import HybridRetriever

        self.store = store
        self.retriever = HybridRetriever(store, embedder, settings)
        self.extractive = Answerer(store, embedder, settings, self.retriever)
        self.generated = None
        if llm is not None:
            from .qa.generate import GeneratedAnswerer

            self.generated = GeneratedAnswerer(
                llm=llm,
                retriever=self.retriever,
                extractive=self.extractive,
                store=store,
                embedder=embedder,
                settings=settings,
            )


def make_backend(settings: Settings) -> Backend:
    """The store the settings name: a folder (the default) or PostgreSQL (``store`` is a postgresql:// URL)."""
    if settings.store_url:
        from .index.pg import PgBackend

        return PgBackend(settings.store_url, schema=settings.pg_schema, pool_size=settings.pg_pool_size)
    from .index.store import FolderBackend

    return FolderBackend(settings.folder)


def default_embedder(settings: Settings):
    from .index.embed import make_embedder

    return make_embedder(settings)


def settings_for(settings: Settings | None, **overrides) -> Settings:
    clean = {k: v for k, v in overrides.items() if v is not None}
    if settings is None:
        return load_settings(**clean)
    if not clean:
        return settings
    return load_settings(**{**settings.model_dump(), **clean})


def as_paths(corpus) -> list[Path]:
    if isinstance(corpus, (str, Path)):
        return [Path(corpus)]
    return [Path(p) for p in corpus]


def reasons(report: IngestReport) -> str:
    reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
    return f" ({reasons})" if reasons else ""


def check_question(question: Any) -> None:
    if not isinstance(question, str):
        raise TypeError(
            f"The question must be a str, not {type(question).__name__}: ask('What did the ministers agree on?')"
        )
    if not question.strip():
        raise AssistantError(
            "The question is empty. Ask something about the readouts, e.g. 'What did the ministers agree on?'"
        )
    if len(question) > MAX_QUESTION_CHARS:
        raise AssistantError(
            f"The question is too long (over {MAX_QUESTION_CHARS:,} characters). Ask a shorter question."
        )


def check_history(history: Any) -> None:
    if history is None:
        return
    if not isinstance(history, list) or not all(
        isinstance(m, dict) and m.get("role") in {"user", "assistant"} and isinstance(m.get("content"), str)
        for m in history
    ):
        raise AssistantError('history must be a list of {"role": "user"|"assistant", "content": str} messages.')
