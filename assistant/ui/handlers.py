"""What the web chat's events do, over the public API of one ``Assistant``, without Gradio.

Each method does the work of one event of the page and returns plain values
(HTML, turns, the browser store, a file path); ``app.py`` turns them into
Gradio updates and toasts. The handlers never hold a lock of their own and
never decide where files live: the ``Assistant`` serialises updates against
questions, switches to a newer index generation by itself, and stores
uploads (``asst.upload``) and drops them (``asst.remove``). Errors become one
line for the user; tracebacks only reach the server log.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .. import Answer, AssistantError, IngestError
from . import conversations as conv
from . import filters as flt
from .timeline import render_timeline
from .views import parse_ref, render_documents, render_readout, render_turns, upload_status, viewer_error

log = logging.getLogger(__name__)

#: How many example questions the empty chat offers.
N_EXAMPLES = 4


def friendly(exc: BaseException) -> str:
    """A one-line message for the user; an unexpected error's traceback goes to the server log."""
    if isinstance(exc, AssistantError):
        return str(exc)
    log.exception("web chat: unexpected error")
    return f"Something went wrong ({type(exc).__name__}). Try again; if it persists, check the server log."


def example_questions(asst, n: int = N_EXAMPLES, check: bool = True) -> list[str]:
    """Questions drawn from what is indexed: one per readout, newest first.

    With ``check`` each candidate is asked once and kept only if the readouts
    answer it, so an example never opens with an abstention.
    """
    docs = sorted(asst.readouts(), key=lambda d: d.get("date") or "", reverse=True)
    forms = ("What was agreed in \u201c{}\u201d?", "What was discussed in \u201c{}\u201d?")
    out: list[str] = []
    for i, d in enumerate(docs[: n * 3]):
        title = re.sub(r"^(Readout of|Readout:)\s+(the\s+)?", "", (d.get("title") or "").strip(), flags=re.I)
        if not title or len(title) > 90:
            continue
        q = forms[i % 2].format(title)
        if check:
            try:
                if asst.ask(q).abstained:
                    continue
            except AssistantError:
                continue
        out.append(q)
        if len(out) >= n:
            break
    return out


def _names(sources: list[str]) -> str:
    return ", ".join(s.rsplit("/", 1)[-1] for s in sources)


def upload_message(report, problems: list[str], files: list[str]) -> str:
    """What an upload of ``files`` (the names as given) did, in a few lines: what was indexed, what was skipped
    and why. (The build report's ``unchanged`` lists the whole index, so an upload that changed nothing is told
    by the names given.)"""
    added = list(report.added) + list(report.changed)
    lines = []
    if added:
        lines.append(
            f"Indexed {len(added)} readout{'s' if len(added) != 1 else ''}: {_names(added)}. "
            f"You can ask about {'it' if len(added) == 1 else 'them'} now."
        )
    elif not report.skipped:
        kept = [f for f in files if not any(m.startswith(f) for m in problems)]
        lines.append(f"Already indexed, unchanged: {_names(kept)}.")
    lines += [f"Skipped {s.path}: {s.reason}" for s in report.skipped]
    return "\n".join(lines + list(problems))


def _file_paths(files: Any) -> list[str]:
    files = files if isinstance(files, list) else [files]
    return [getattr(f, "path", None) or getattr(f, "name", None) or str(f) for f in files if f]


#: Tells the user something in passing (a toast in the page): ``notify("warning" | "info", message)``.
Notify = Callable[[str, str], None]


def _quiet(kind: str, message: str) -> None:
    log.info("web chat %s: %s", kind, message)


class ChatHandlers:
    """The work behind the page, bound to one ``Assistant`` and the folder its exports are written to."""

    def __init__(self, asst, export_dir: Path, notify: Notify = _quiet) -> None:
        self.asst = asst
        self.export_dir = Path(export_dir)
        self.notify = notify

    # ------------------------------------------------------------------ the viewer
    def open_readout(self, ref: str) -> str:
        """The viewer HTML for a ``#ra-open/...`` link: the whole readout, its span highlighted."""
        try:
            kind, start, end, marker, source = parse_ref(ref)
            r = self.asst.readout(source)
            if r is None:
                return viewer_error(f"{source} is not indexed (any more). Ask again to refresh.")
            if start < 0 or end < 0:
                return render_readout(r, kind=kind)
            return render_readout(r, start, end, marker, kind)
        except Exception as exc:
            return viewer_error(friendly(exc))

    # ------------------------------------------------------------------ asking
    def respond(
        self, question: str, turns: list[dict] | None, *filter_values: Any
    ) -> Iterator[tuple[list[dict], list[dict], str]]:
        """Stream the answer to ``question`` into the chat, passing the conversation so far as history and the
        filter controls' values (country, person, after, before, kind) as ``filters``.

        Yields (chat messages, turns, the question box's new value). Filters the library rejects keep the
        question in its box and say why, in one line.
        """
        turns = list(turns or [])
        question = (question or "").strip()
        if not question:
            self.notify("warning", "Type a question about the readouts first.")
            yield render_turns(turns), turns, ""
            return
        filters = flt.from_controls(*filter_values)
        problem = self.check_filters(filters)[1]
        if problem:
            self.notify("warning", f"{problem} Fix or clear the filters, then ask again.")
            yield render_turns(turns), turns, question
            return
        history = conv.history_from_turns(turns)
        turn: dict = {"question": question, "answer": None, "error": None, "partial": "", "filters": filters}
        turns.append(turn)
        yield render_turns(turns), turns, ""
        try:
            for piece in self.asst.stream(question, history=history, filters=filters or None):
                if isinstance(piece, Answer):
                    turn = {**turn, "answer": conv.compact_answer(piece.to_dict()), "partial": ""}
                else:
                    turn = {**turn, "partial": turn["partial"] + piece}
                turns[-1] = turn
                yield render_turns(turns), turns, ""
            if turn["answer"] is None:
                raise AssistantError("The answer engine stopped without an answer. Try again.")
        except Exception as exc:
            turns[-1] = {**turn, "error": friendly(exc), "partial": ""}
            yield render_turns(turns), turns, ""

    def api_ask(self, question: str, history: list | None = None, filters: dict | None = None) -> dict:
        """``Answer.to_dict()`` for ``question`` (within ``filters``, as ``Assistant.ask`` takes them); any failure
        is an AssistantError with a one-line message."""
        try:
            if not isinstance(question, str):
                raise AssistantError("The question must be text, e.g. 'What did the ministers agree on?'")
            return self.asst.ask(question, history=history or None, filters=filters or None).to_dict()
        except Exception as exc:
            raise AssistantError(friendly(exc)) from None

    # ------------------------------------------------------------------ filters and the timeline
    def check_filters(self, filters: dict[str, str]) -> tuple[list[dict] | None, str | None]:
        """The meetings that fit ``filters`` (as dicts), or None and the library's one-line reason they are not
        acceptable (a date it cannot read, a kind it does not know, an empty date range)."""
        try:
            return [m.to_dict() for m in self.asst.meetings(**filters)], None
        except Exception as exc:
            return None, friendly(exc)

    def filter_view(self, filters: dict[str, str]) -> tuple[str, str | None]:
        """The filters' status line and the timeline of the meetings that fit them (None, leaving the timeline
        as it is, when the filters are not acceptable)."""
        fitting, problem = self.check_filters(filters)
        if fitting is None:
            return flt.status_html(filters, error=problem), None
        total = len(fitting) if not filters else len(self.check_filters({})[0] or [])
        return flt.status_html(filters, len(fitting), total), render_timeline(fitting, filtered=bool(filters))

    def filter_choices(self) -> dict[str, list[tuple[str, str]]]:
        """What the filter dropdowns offer, from what is indexed now (only the "any" choices when that fails)."""
        meetings = self.check_filters({})[0] or []
        return flt.choices(meetings)

    # ------------------------------------------------------------------ export
    def export(self, turns: list[dict] | None) -> str | None:
        """Write the finished turns as Markdown; returns the file's path (None when there is nothing to export)."""
        done = conv.finished(turns or [])
        if not done:
            return None
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path = self.export_dir / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}-{conv.new_id()[:6]}.md"
        path.write_text(conv.conversation_markdown(done), encoding="utf-8")
        return str(path)

    # ------------------------------------------------------------------ conversations kept in the browser
    def restore(self, saved: Any):
        """On page load: the current conversation from the browser, the past ones, the documents as they are now.

        Returns (chat, turns, conversation id, [(label, id)] of conversations, documents, export path).
        """
        store = conv.clean_store(saved)
        current = conv.find(store, store["current"])
        turns = current["turns"] if current else []
        conv_id = current["id"] if current else None
        return render_turns(turns), turns, conv_id, conv.choices(store), self.documents(), self.export(turns)

    def finish(self, turns: list[dict] | None, conv_id: str | None, saved: Any):
        """After an answer: the browser store with this conversation saved first in it.

        Returns (store, [(label, id)] of conversations, conversation id, export path).
        """
        store, conv_id = conv.save(saved, conv_id, turns or [])
        return store, conv.choices(store), conv_id, self.export(turns)

    def open_conversation(self, conv_id: str | None, saved: Any):
        """Reopen a past conversation: (chat, turns, conversation id, export path, store), or None if it is gone."""
        store = conv.clean_store(saved)
        found = conv.find(store, conv_id)
        if found is None:
            self.notify("warning", "That conversation is no longer kept in this browser.")
            return None
        store["current"] = found["id"]
        return render_turns(found["turns"]), found["turns"], found["id"], self.export(found["turns"]), store

    def new_conversation(self, saved: Any) -> dict:
        """Start afresh: the store with no current conversation (past ones stay listed)."""
        store = conv.clean_store(saved)
        store["current"] = None
        return store

    def clear_all(self) -> dict:
        """Forget every conversation kept in this browser: the empty store."""
        self.notify("info", "Every conversation kept in this browser was cleared.")
        return conv.empty_store()

    # ------------------------------------------------------------------ documents
    def documents(self, message: str = "") -> str:
        """The documents panel as it stands now."""
        try:
            return render_documents(self.asst.readouts(), message)
        except Exception as exc:
            return viewer_error(friendly(exc))

    def add_files(self, paths: list[str], progress=None) -> str:
        """Upload ``paths`` through ``asst.upload``; returns a short report (raises AssistantError when nothing
        could be added). ``progress(fraction or (done, total), desc=...)`` is told how far it got."""
        if progress is not None:
            progress(0.02, desc="Checking files")

        def on_progress(stage: str, done: int, total: int) -> None:
            if progress is not None:
                progress((done, max(total, 1)), desc=stage.capitalize())

        report, problems = self.asst.upload(paths, progress=on_progress)
        return upload_message(report, problems, [Path(p).name for p in paths])

    def upload(self, files, progress=None) -> tuple[str, str | None] | None:
        """The upload box: index the files. Returns (status line(s), documents panel or None when unchanged), or
        None when no file was given."""
        paths = _file_paths(files)
        if not paths:
            self.notify("warning", "Choose .txt, .md, .html or .pdf readouts to upload.")
            return None
        try:
            message = self.add_files(paths, progress)
        except Exception as exc:
            msg = friendly(exc)
            self.notify("warning", msg)
            return upload_status([msg], ok=False), None
        self.notify("info", message.split("\n")[0])
        return upload_status(message.split("\n"), ok=True), self.documents()

    def remove_readout(self, source: str) -> str:
        """Drop an uploaded readout (the Remove button of the documents panel); returns the panel anew.

        Only uploads can be removed from the page: the rest of the corpus is the index owner's.
        """
        try:
            uploaded = {d["source"] for d in self.asst.readouts() if d.get("uploaded")}
            if source not in uploaded:
                raise IngestError(f"{source} is not an uploaded readout; only uploads can be removed here.")
            self.asst.remove([source])
            return self.documents(f"Removed {source.rsplit('/', 1)[-1]}.")
        except Exception as exc:
            return self.documents(friendly(exc))
