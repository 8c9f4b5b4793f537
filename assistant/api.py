"""The public API: ``Assistant.build``, ``Assistant.open``, ``ask``, ``stream``, ``retrieve``, ``add`` ...

The CLI, the web chat, notebooks and outside checks all go through this
facade. It wires the stages together and owns what they share: the store
(one opened generation), the embedder, and a read/write lock so questions
run side by side while an update swaps the store in between them. Before
each question it checks whether another process has made a newer
generation, and switches to it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .config import Settings, load_settings
from .corpus.ingest import IngestReport, ingest_paths
from .corpus.uploads import UPLOAD_PREFIX, is_upload, store_uploads
from .errors import AssistantError, IngestError
from .facade import (
    Engine,
    ReadWriteLock,
    as_paths,
    check_history,
    check_question,
    default_embedder,
    make_backend,
    reasons,
    settings_for,
)
from .index.base import Backend, StoreReader
from .index.build import BuildReport, Progress, update
from .index.manifest import check_compatible, fingerprint
from .qa.filters import Filters, by_date
from .qa.form import plain_question, reads_as_typed
from .records import Answer, Meetings, Passage, Passages, Readout, Statement, Statements

__all__ = ["Assistant", "BuildReport", "copy_index"]


class Assistant:
    """Question answering over an index of readouts. Thread-safe: ``ask`` from many threads, ``add`` from any."""

    def __init__(self, backend: Backend, store: StoreReader, settings: Settings, embedder=None) -> None:
        self.settings = settings
        self._backend = backend
        self._store = store
        self._embedder = embedder
        self._embedder_lock = threading.Lock()
        self._lock = ReadWriteLock()
        self._llm: Any = None  # an LLMClient, made on first use when settings.llm is set, or given by set_llm
        self._engine: Engine | None = None
        self.last_build: BuildReport | None = None

    # ------------------------------------------------------------------ construction
    @staticmethod
    def index_exists(index_dir: str | Path | None = None, store: str | None = None) -> bool:
        """Whether ``index_dir`` (or ``store``) holds an index (cheap: reads no index data)."""
        return make_backend(load_settings(index_dir=index_dir, store=store)).exists()

    @staticmethod
    def index_in_use(index_dir: str | Path | None = None, store: str | None = None) -> bool:
        """Whether ``index_dir`` (or ``store``) has any trace of an index, complete or not (never build over it)."""
        return make_backend(load_settings(index_dir=index_dir, store=store)).looks_used()

    @classmethod
    def open(
        cls, index_dir: str | Path | None = None, *, settings: Settings | None = None, embedder=None, **overrides
    ) -> Assistant:
        """Load a built index. Raises IndexMissingError (with the command to build one) if there is none."""
        settings = settings_for(settings, index_dir=index_dir, **overrides)
        backend = make_backend(settings)
        store = backend.open()
        try:
            check_compatible(
                store.manifest,
                fingerprint(settings, embedder.model_id if embedder else None),
                backend.describe(),
                records=True,
            )
        except BaseException:
            store.close()
            raise
        return cls(backend, store, settings, embedder)

    @classmethod
    def build(
        cls,
        corpus: str | Path | Sequence[str | Path] | None = None,
        index_dir: str | Path | None = None,
        *,
        settings: Settings | None = None,
        embedder=None,
        progress: Progress | None = None,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
        **overrides,
    ) -> Assistant:
        """Index the readouts under ``corpus``, or update the index incrementally.

        Unchanged files keep their vectors; added or changed files are
        embedded; files no longer present are dropped (uploaded readouts are
        kept). The new index replaces the old one atomically. One process
        updates an index at a time: another waits (``on_wait`` is told why)
        or, with ``wait=False``, gets IndexBusyError. Raises IngestError when
        nothing can be indexed.
        """
        settings = settings_for(settings, index_dir=index_dir, **overrides)
        paths = as_paths(corpus if corpus is not None else settings.corpus)
        report = ingest_paths(paths, settings.max_readout_bytes)
        if not report.readouts:
            raise IngestError(
                f"No readouts found in {', '.join(str(p) for p in paths)}"
                + reasons(report)
                + ". Give a folder or files of .txt, .md, .html or .pdf readouts."
            )
        embedder = embedder or default_embedder(settings)
        backend = make_backend(settings)
        with backend.writer_lock(wait=wait, on_wait=on_wait):
            build = update(backend, report, settings, embedder, progress, replace=True, keep=is_upload)
            store = backend.open()
        asst = cls(backend, store, settings, embedder)
        asst.last_build = build
        return asst

    # ------------------------------------------------------------------ updates
    def add(
        self,
        paths: str | Path | Sequence[str | Path],
        progress: Progress | None = None,
        *,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
    ) -> BuildReport:
        """Add (or update) readouts, keeping everything already indexed; sources are named relative to the
        files' own folder. Returns the build report."""
        report = ingest_paths(as_paths(paths), self.settings.max_readout_bytes)
        return self._add(report, progress, wait, on_wait, "Add .txt, .md, .html or .pdf readouts.")

    def upload(
        self,
        paths: str | Path | Sequence[str | Path],
        progress: Progress | None = None,
        *,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
    ) -> tuple[BuildReport, list[str]]:
        """Add files as uploaded readouts: kept with the index (sources ``uploads/<name>``, names made safe)
        and kept when the corpus is rebuilt. Returns the build report and one message per refused file."""
        indexed = {d["source"] for d in self.readouts()}
        upload_dir = self._backend.uploads_dir()
        stored, problems = store_uploads(
            as_paths(paths), upload_dir, int(self.settings.max_upload_mb * 1_000_000), indexed
        )
        if not stored:
            raise IngestError("; ".join(problems) or "Nothing to upload.")
        report = ingest_paths(stored, self.settings.max_readout_bytes)
        report.readouts = [dataclasses.replace(r, source=UPLOAD_PREFIX + Path(r.source).name) for r in report.readouts]
        try:
            build = self._add(report, progress, wait, on_wait, "Upload .txt, .md, .html or .pdf readouts.")
        except Exception:
            for p in stored:  # nothing was indexed: keep no orphan copies (earlier uploads stay)
                if UPLOAD_PREFIX + p.name not in indexed:
                    p.unlink(missing_ok=True)
            raise
        for s in build.skipped:
            if UPLOAD_PREFIX + Path(s.path).name not in indexed:
                (upload_dir / Path(s.path).name).unlink(missing_ok=True)
        return build, problems

    def remove(
        self,
        sources: Sequence[str],
        progress: Progress | None = None,
        *,
        wait: bool = True,
        on_wait: Callable[[str], None] | None = None,
    ) -> BuildReport:
        """Drop readouts from the index (an uploaded readout's file too). Unknown sources are an error."""
        from .index.build import remove as remove_sources

        with self._backend.writer_lock(wait=wait, on_wait=on_wait):
            build = remove_sources(self._backend, list(sources), self.settings, self.embedder)
            self._switch(self._backend.open())
        upload_dir = self._backend.uploads_dir()
        for s in build.removed:
            if is_upload(s) and upload_dir is not None:
                (upload_dir / s[len(UPLOAD_PREFIX) :]).unlink(missing_ok=True)
        self.last_build = build
        return build

    def _add(self, report: IngestReport, progress, wait, on_wait, hint: str) -> BuildReport:
        if not report.readouts:
            raise IngestError(f"Nothing to add{reasons(report) or ' (no readable files)'}. {hint}")
        with self._backend.writer_lock(wait=wait, on_wait=on_wait):
            # build on the newest generation, whoever wrote it: an update never rolls another one back
            build = update(self._backend, report, self.settings, self.embedder, progress, replace=False)
            self._switch(self._backend.open())
        self.last_build = build
        return build

    def _switch(self, store: StoreReader) -> None:
        """Install a newly opened store once the questions running on the old one have finished."""
        with self._lock.write():
            old, self._store, self._engine = self._store, store, None
        old.close()

    def refresh(self) -> bool:
        """Switch to the newest generation if another process has made one; True when it switched."""
        try:
            current = self._backend.current_generation()
        except AssistantError:
            return False  # a damaged pointer: keep answering from the generation in hand
        if current is None or current == self._store.generation:
            return False
        store = self._backend.open()
        if store.generation == self._store.generation:
            store.close()
            return False
        self._switch(store)
        return True

    # ------------------------------------------------------------------ querying
    @property
    def embedder(self):
        """The embedding model (loaded on first use)."""
        if self._embedder is None:
            with self._embedder_lock:
                if self._embedder is None:
                    self._embedder = default_embedder(self.settings)
        return self._embedder

    def set_llm(self, model) -> None:
        """Answer with ``model``, any LangChain chat model object, instead of the configured ``llm`` string."""
        from .qa.llm import LLMClient

        with self._lock.write():
            self._llm, self._engine = LLMClient(self.settings, model=model), None

    def _llm_client(self):
        if self._llm is None and self.settings.llm:
            from .qa.llm import LLMClient

            with self._embedder_lock:
                if self._llm is None:
                    self._llm = LLMClient(self.settings)
        return self._llm

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Engine]:
        """The current engine, with the read lock held; switches to a newer generation first if there is one."""
        self.refresh()
        with self._lock.read():
            engine = self._engine
            if engine is None or engine.store is not self._store:
                engine = self._engine = Engine(self._store, self.embedder, self.settings, self._llm_client())
            yield engine

    @property
    def store(self) -> StoreReader:
        """The opened generation (for inspection; answers go through ``ask``)."""
        return self._store

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The ``k`` passages that best match ``question``, best first."""
        check_question(question)
        with self._reading() as engine:
            return Passages(engine.retriever.retrieve(question, k or self.settings.k))

    def ask(
        self, question: str, history: list[dict] | None = None, *, k: int | None = None, filters: dict | None = None
    ) -> Answer:
        """Answer ``question`` from the readouts, quoting and citing; abstains when they don't say.

        ``history`` is a list of ``{"role": "user"|"assistant", "content": str}``
        messages; a follow-up question is rewritten to stand alone from it.
        ``filters`` ({"country", "person", "after", "before", "kind"}, any
        subset) limits the readouts it may answer from.
        """
        answer = None
        for piece in self.stream(question, history=history, k=k, filters=filters):
            if isinstance(piece, Answer):
                answer = piece
        assert answer is not None
        return answer

    def stream(
        self, question: str, history: list[dict] | None = None, *, k: int | None = None, filters: dict | None = None
    ) -> Iterator[str | Answer]:
        """Yield the answer text in pieces, then the final ``Answer``."""
        check_question(question)
        check_history(history)
        chosen = Filters.parse(filters)
        k = k or self.settings.k
        with self._reading() as engine:
            # without greetings, thanks and the like around it ("Hi! ... Thanks."), and, typed in lower case
            # ("what did blinken and lavrov discuss?"), read with the names' capitals
            typed, question = question, engine.extractive.recased(plain_question(question))
            history = [
                {**m, "content": engine.extractive.recased(plain_question(m["content"]))}
                if m.get("role") == "user"
                else m
                for m in history or []
            ]
            if engine.generated is not None:  # shown as typed, with how it was read when that differs
                for piece in engine.generated.stream(question, history, k, chosen):
                    if isinstance(piece, Answer):
                        read = piece.standalone_question or (None if reads_as_typed(typed, question) else question)
                        piece = dataclasses.replace(piece, question=typed, standalone_question=read)
                    yield piece
                return
            t0 = time.perf_counter()
            standalone = self.condense(question, history)
            from .qa.followup import conversation_subject, rewrites_whole

            context, asked = conversation_subject(history or []), standalone
            follow_up = standalone != question
            if follow_up:  # answered within the earlier meeting; "By when?" keeps its own words
                asked = standalone if rewrites_whole(question) else question
            rids = engine.extractive.allowed(chosen)
            retrieval = engine.retriever.run(standalone, k, rids)
            t_retrieve = time.perf_counter()
            # a question that does not read as a follow-up is tried within the conversation's meeting first
            answer = engine.extractive.answer(asked, chosen, retrieval, context, soft=not follow_up)
            t_answer = time.perf_counter()
        understood = None
        if follow_up:  # a whole rewritten question reads as one; a bracketed one is shown as what it is about
            understood = standalone if rewrites_whole(question) else f"{question} (about: {context})"
        within = (answer.analysis or {}).get("within_conversation")
        if within and not understood:  # say that the answer stayed with the conversation's meeting
            understood = f"{question} (within the meeting of: {within})"
        if understood is None and not reads_as_typed(typed, question):  # how a lower-case or framed one was read
            understood = question
        answer = dataclasses.replace(
            answer,
            question=typed,
            standalone_question=understood,
            timings={
                "retrieve_ms": round((t_retrieve - t0) * 1000, 2),
                "answer_ms": round((t_answer - t_retrieve) * 1000, 2),
                "total_ms": round((t_answer - t0) * 1000, 2),
            },
        )
        for line in answer.text.split("\n"):
            yield line + "\n"
        yield answer

    def condense(self, question: str, history: list[dict] | None) -> str:
        """The question made to stand alone, given the conversation so far."""
        from .qa.followup import condense_rule_based

        llm = self._llm_client()
        if llm is not None and history:
            from .qa.generate import condense_with_llm

            return condense_with_llm(llm, question, history)
        return condense_rule_based(question, history or [])

    # ------------------------------------------------------------------ records
    def meetings(self, **filters) -> Meetings:
        """Every indexed readout's meeting that fits ``filters`` (country, person, after, before, kind), by date.

        ``asst.meetings(country="Japan").to_frame()`` gives a pandas DataFrame.
        """
        f = Filters.parse(filters)
        with self._reading() as engine:
            return Meetings(by_date([m for m in engine.store.meetings if f.matches(m)]))

    def statements(self, **filters) -> Statements:
        """Every sentence of the fitting readouts as a statement (kind, actor, CAMEO code, exact span), by
        meeting date then position. ``kind`` may be a statement kind ("agreed") or a meeting kind ("call")."""
        f = Filters.parse(filters, statements=True)
        meeting_filter = dataclasses.replace(f, statement=None)
        out: list[Statement] = []
        with self._reading() as engine:
            st = engine.store
            for m in by_date([m for m in st.meetings if meeting_filter.matches(m)]):
                rows = st.readout_rows(m.source)
                r = st.readout(m.source)
                if rows is None or r is None:
                    continue
                spans = st.sentence_spans(rows.s_lo, rows.s_hi)
                other = "; ".join(p.label() for p in m.participants if p.side == "counterpart") or None
                for (s, e), (kind, actor, cameo, vs, ve) in zip(spans, st.statement_rows(rows.s_lo, rows.s_hi)):
                    if f.statement is None or kind == f.statement:
                        out.append(
                            Statement(m.source, int(s), int(e), r.text[s:e], kind, actor, cameo, vs, ve, m.date, other)
                        )
        return Statements(out)

    # ------------------------------------------------------------------ inspection
    def readout(self, source: str) -> Readout | None:
        """The full readout indexed under ``source`` (as ingested), or None."""
        with self._reading() as engine:
            return engine.store.readout(source)

    def readouts(self) -> list[dict]:
        """What is indexed: one dict per readout (source, title, date, chars, passages, sentences, uploaded)."""
        with self._reading() as engine:
            return [{**d, "uploaded": is_upload(d["source"])} for d in engine.store.readouts()]

    def info(self) -> dict[str, Any]:
        """Where the index is, its model, sizes and settings."""
        with self._reading() as engine:
            st = engine.store
            m = st.manifest
            return {
                "store": self._backend.describe(),
                "index_dir": str(self.settings.index_dir),
                "generation": st.generation,
                "model": m.get("model"),
                "dimension": m.get("dimension"),
                "settings": m.get("settings"),
                "corpus_root": m.get("corpus_root"),
                "built_at": m.get("built_at"),
                "backend": m.get("embed_backend"),
                "faiss_index": m.get("faiss_index", "flat"),
                "readouts": st.n_readouts,
                "uploaded": sum(1 for s, _ in st.readout_hashes() if is_upload(s)),
                "passages": st.n_passages,
                "sentences": st.n_sentences,
                "disk_bytes": st.disk_bytes(),
            }

    def as_retriever(self, k: int | None = None):
        """This assistant's retrieval as a LangChain ``BaseRetriever``."""
        from .qa.retrieve import langchain_retriever

        return langchain_retriever(lambda q, n: self.retrieve(q, k=n), k or self.settings.k)

    def close(self) -> None:
        """Release the opened index."""
        with self._lock.write():
            self._store.close()

    def __repr__(self) -> str:
        st = self._store
        return (
            f"<Assistant {self._backend.describe()} · {st.n_readouts} readouts, {st.n_passages} passages · "
            f"model {st.manifest.get('model')}>"
        )

    def _repr_html_(self) -> str:
        from .render import assistant_html

        return assistant_html(self.info())


def copy_index(index_dir, *, settings=None, wait: bool = True, on_wait=None, **overrides):
    """Copy the folder index in ``index_dir`` into the store the settings name (e.g. ``store=
    "postgresql://..."``), replacing what is there, without embedding anything. Returns the ``Assistant`` over
    the copy; its ``last_build`` reports what was copied."""
    from .index.store import FolderBackend
    from .index.transfer import copy_index as copy_between

    clean = {k: v for k, v in overrides.items() if v is not None}
    settings = load_settings(**{**(settings.model_dump() if settings else {}), **clean})
    source = FolderBackend(index_dir)
    if not source.exists():
        raise AssistantError(
            f"No index in {index_dir}/ to copy. Build one with: assistant index PATHS --index-dir {index_dir}"
        )
    build = copy_between(source, make_backend(settings), wait=wait, on_wait=on_wait)
    asst = Assistant.open(settings=settings)
    asst.last_build = build
    return asst
