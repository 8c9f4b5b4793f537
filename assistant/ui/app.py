"""The web chat: a Gradio page over the public API of one ``Assistant``.

Layout: the conversation on the left, with the filters (country, person,
date range, meeting kind) that apply to the next questions and a line saying
which are active; on the right the readout viewer (a clicked citation opens
its readout with exactly the cited span highlighted; on a narrow screen it
opens as an overlay), the timeline of meetings by country (within the
filters; a point opens its readout in the viewer) and the documents panel
(what is indexed, uploads with a Remove button, and an upload box).
Conversations are kept in the browser (``gr.BrowserState``), with a list to
reopen them and a clear-all; a reopened conversation brings back its
filters.

``ChatApp(asst)`` builds the page (``.blocks``) and owns what the page needs
on the server (the folder exports are written to, removed when the server
closes); ``launch(asst, ...)`` serves it. The page's components are made in
``layout.py``, HTML in ``views.py`` (answers through ``assistant.render``), the
handlers live in ``handlers.py``, CSS and JavaScript in ``static/``. The stable
API endpoint is ``/ask``: ``Client(url).predict(question, api_name="/ask")``
returns ``Answer.to_dict()``.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from .. import AssistantError
from ..render import esc
from .auth import LoginLimit, LoginThrottle, auth_pair
from .conversations import empty_store
from .filters import KEYS as FILTER_KEYS
from .filters import from_controls, last_filters
from .handlers import N_EXAMPLES, ChatHandlers, example_questions
from .layout import UPLOAD_TYPES, Page, chat_column, side_column, static_text, theme
from .views import VIEWER_EMPTY

__all__ = [
    "N_EXAMPLES",
    "UPLOAD_TYPES",
    "ChatApp",
    "LoginLimit",
    "build_app",
    "console_line",
    "example_questions",
    "launch",
    "static_text",
]

#: Sessions whose state the server keeps (least recently used dropped first). Gradio keeps a copy of the page's
#: configuration (about 60 kB) per session and every API call is a new session: its default, 10,000, let the
#: server grow by ~60 kB a question up to ~600 MB (benchmarks/load.py).
SESSION_CAPACITY = 1000


class ChatApp:
    """The web chat over ``asst``: its page (``blocks``), its handlers, and the folder exports are written to.

    ``examples`` overrides the example questions (by default drawn from the index, which also loads the
    model before the first request).
    """

    def __init__(self, asst, *, examples: list[str] | None = None) -> None:
        self.asst = asst
        self._exports = tempfile.TemporaryDirectory(prefix="readout-chat-")
        self.handlers = ChatHandlers(asst, Path(self._exports.name), notify=_toast)
        self.examples = example_questions(asst) if examples is None else list(examples)
        self.blocks = self._build()

    # ------------------------------------------------------------------ the page
    def _storage_key(self) -> str:
        """One browser store per index, stable across server restarts (so reopened pages find their chats)."""
        where = str(Path(self.asst.settings.index_dir).resolve())
        return "readout-assistant-" + hashlib.sha256(where.encode()).hexdigest()[:16]

    def _build(self) -> gr.Blocks:
        # delete_cache: Gradio's copies of exports and uploads go hourly after a day, and all when the server closes
        with gr.Blocks(title="Readout assistant", fill_width=True, delete_cache=(3600, 86_400)) as blocks:
            gr.Markdown(
                "# Readout assistant\nAsk about the indexed diplomatic meeting readouts. Answers **quote the "
                "readouts** and cite them; click a marker such as **[1]** to read the quoted words in their "
                "readout.",
                elem_id="ra-header",
            )
            key = self._storage_key()
            # BrowserState's secret travels to the page anyway; it keys the storage, it is not a credential
            saved = gr.BrowserState(empty_store(), storage_key=key, secret=key)
            turns, conv_id = gr.State([]), gr.State(None)
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=360):
                    chat = chat_column(self.handlers, self.examples)
                with gr.Column(scale=2, min_width=320):
                    side = side_column(self.handlers, self.asst.settings.max_upload_mb)
            gr.Markdown(
                f"<small>Embedding model {esc(self.asst.info().get('model'))} · answers quote the readouts "
                'verbatim · API: <code>Client(url).predict(question, api_name="/ask")</code></small>'
            )
            page = Page(saved=saved, turns=turns, conv_id=conv_id, applied=gr.State({}), **chat, **side)
            self._wire(blocks, page)
        blocks.queue(default_concurrency_limit=2, max_size=64)
        return blocks

    # ------------------------------------------------------------------ the events
    def _wire(self, blocks: gr.Blocks, p: Page) -> None:
        private: dict[str, Any] = {"api_visibility": "private"}
        blocks.load(
            self.restore,
            p.saved,
            [p.chatbot, p.turns, p.conv_id, p.picker, p.docs, p.export_btn, *p.filter_outputs],
            **private,
        )
        ask = {
            "fn": self.handlers.respond,
            "inputs": [p.question, p.turns, *p.filters],
            "outputs": [p.chatbot, p.turns, p.question],
            "show_progress": "minimal",
            "concurrency_limit": 4,
            "concurrency_id": "answer",
            **private,
        }
        finish = {
            "fn": self.finish,
            "inputs": [p.turns, p.conv_id, p.saved],
            "outputs": [p.saved, p.picker, p.conv_id, p.export_btn],
            **private,
        }
        for trigger in (p.question.submit, p.ask_btn.click):
            trigger(lambda: VIEWER_EMPTY, None, p.viewer, queue=False, **private)  # a new question: no old citation
            trigger(**ask).then(**finish)
        p.chatbot.example_select(_picked_example, None, p.question, **private).then(
            lambda: VIEWER_EMPTY, None, p.viewer, queue=False, **private
        ).then(**ask).then(**finish)
        fresh = [p.chatbot, p.turns, p.conv_id, p.export_btn, p.viewer, p.picker, p.saved]
        p.new_btn.click(self.new_conversation, p.saved, fresh, **private)
        p.chatbot.clear(self.new_conversation, p.saved, fresh, **private)
        p.picker.input(
            self.open_conversation,
            [p.picker, p.saved],
            [p.chatbot, p.turns, p.conv_id, p.export_btn, p.viewer, p.saved, *p.filter_outputs],
            **private,
        )
        p.clear_btn.click(
            self.clear_all, None, [p.saved, p.picker, p.chatbot, p.turns, p.conv_id, p.export_btn, p.viewer], **private
        )
        p.uploads.upload(
            self.upload,
            p.uploads,
            [p.upload_status, p.docs, p.uploads],
            concurrency_limit=1,
            concurrency_id="index",
            show_progress="full",
            show_progress_on=[p.upload_status],
            **private,
        )
        self._wire_filters(p, private)
        gr.api(self.api_ask, api_name="ask", concurrency_limit=4, concurrency_id="answer")

    def _wire_filters(self, p: Page, private: dict) -> None:
        # the user's changes only (.input, .blur, .submit): values set by an event must not echo back as events.
        # Every one, one at a time, in the order they happen: a date box's blur fires as Clear is clicked and must
        # not land after it (a deferred "always_last" run would).
        one: dict[str, Any] = {
            "concurrency_id": "filters",
            "concurrency_limit": 1,
            "show_progress": "hidden",
            "trigger_mode": "multiple",
            **private,
        }
        view = {
            "fn": self.apply_filters,
            "inputs": [*p.filters, p.applied],
            "outputs": [p.filter_status, p.clear_filters, p.timeline, p.applied],
            **one,
        }
        country, person, after, before, kind = p.filters
        for event in (
            country.input,
            kind.input,
            person.input,
            person.blur,
            after.submit,
            after.blur,
            before.submit,
            before.blur,
        ):
            event(**view)
        p.clear_filters.click(self.clear_filters, None, p.filter_outputs, **one)
        # the indexed readouts changed (an upload, a Remove): new choices, and the timeline anew
        p.docs.change(self.refresh_filters, p.filters, p.filter_outputs, **one)

    # ------------------------------------------------------------------ the events, as Gradio updates
    def export(self, turns: list[dict] | None) -> gr.DownloadButton:
        """The download button with the conversation as Markdown (disabled when there is nothing to export)."""
        return _download(self.handlers.export(turns))

    def restore(self, saved: Any):
        """Page load: (chat, turns, conversation id, list of conversations, documents, export button), then the
        filters the conversation was last asked under (see ``filter_updates``)."""
        chat, turns, conv_id, choices, docs, path = self.handlers.restore(saved)
        return (
            chat,
            turns,
            conv_id,
            gr.Dropdown(choices=choices, value=conv_id),
            docs,
            _download(path),
            *self.filter_updates(last_filters(turns)),
        )

    # ------------------------------------------------------------------ filters and the timeline, as Gradio updates
    def filter_updates(self, filters: dict[str, str]) -> tuple:
        """The controls set to ``filters`` (choices drawn afresh from the index), the status line, the Clear
        button (shown while filters are active) and the timeline: the order of ``Page.filter_outputs``."""
        status, timeline = self.handlers.filter_view(filters)
        choices = self.handlers.filter_choices()
        controls: list[gr.Dropdown | gr.Textbox] = []
        for key in FILTER_KEYS:
            value = filters.get(key, "")
            if key in choices:
                offered = choices[key]
                if value and value not in {v for _, v in offered}:  # asked under a value no longer offered
                    offered = [*offered, (value, value)]
                controls.append(gr.Dropdown(choices=offered, value=value))
            else:
                controls.append(gr.Textbox(value=value))
        return (
            *controls,
            status,
            gr.Button(visible=bool(filters)),
            gr.skip() if timeline is None else timeline,
            filters,
        )

    def apply_filters(self, *values: Any):
        """A control changed (the five values, then the filters shown so far): (status line, Clear button,
        timeline, the filters now shown). Nothing changes when the values are those shown (a box merely left).
        Questions read the controls themselves."""
        *controls, shown = values
        filters = from_controls(*controls)
        if filters == shown:
            return (gr.skip(),) * 4
        status, timeline = self.handlers.filter_view(filters)
        return status, gr.Button(visible=bool(filters)), gr.skip() if timeline is None else timeline, filters

    def clear_filters(self):
        """Clear filters: every control emptied, the status line and the timeline for all readouts."""
        return self.filter_updates({})

    def refresh_filters(self, *values: Any):
        """The index changed: the controls keep their values, with choices drawn afresh, and the timeline anew."""
        return self.filter_updates(from_controls(*values))

    def finish(self, turns: list[dict] | None, conv_id: str | None, saved: Any):
        """After an answer: (browser store, list of conversations, conversation id, export button)."""
        store, choices, conv_id, path = self.handlers.finish(turns, conv_id, saved)
        return store, gr.Dropdown(choices=choices, value=conv_id), conv_id, _download(path)

    def open_conversation(self, conv_id: str | None, saved: Any):
        """A past conversation picked: (chat, turns, conversation id, export button, viewer, browser store), then
        the filters it was last asked under (see ``filter_updates``). Picking the conversation on screen changes
        nothing (the list also reports its value when the keyboard merely passes through it)."""
        if conv_id and isinstance(saved, dict) and saved.get("current") == conv_id:
            return (gr.skip(),) * 15
        opened = self.handlers.open_conversation(conv_id, saved)
        if opened is None:
            return (gr.skip(),) * 15
        chat, turns, conv_id, path, store = opened
        return (chat, turns, conv_id, _download(path), VIEWER_EMPTY, store, *self.filter_updates(last_filters(turns)))

    def new_conversation(self, saved: Any):
        """(chat, turns, conversation id, export button, viewer, list of conversations, browser store)."""
        store = self.handlers.new_conversation(saved)
        return [], [], None, _download(None), VIEWER_EMPTY, gr.Dropdown(value=None), store

    def clear_all(self):
        """(browser store, list of conversations, chat, turns, conversation id, export button, viewer)."""
        store = self.handlers.clear_all()
        return store, gr.Dropdown(choices=[], value=None), [], [], None, _download(None), VIEWER_EMPTY

    def upload(self, files, progress=gr.Progress()):
        """The upload box: (status, documents panel, the emptied upload box)."""
        done = self.handlers.upload(files, progress)
        if done is None:
            return gr.skip(), gr.skip(), None
        status, docs = done
        return status, gr.skip() if docs is None else docs, None

    def api_ask(self, question: str, history: list | None = None, filters: dict | None = None) -> dict:
        """Answer ``question`` from the readouts; returns the answer and its citations as JSON.

        ``history`` (optional) is the conversation so far as role/content messages; ``filters`` (optional) limits
        the readouts, as ``{"country", "person", "after", "before", "kind"}`` (any subset).
        """
        try:
            return self.handlers.api_ask(question, history, filters)
        except AssistantError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    # ------------------------------------------------------------------ serving
    @contextlib.asynccontextmanager
    async def _lifespan(self, app):
        yield
        self._exports.cleanup()  # the server is closing: its exports go with it

    def launch(
        self,
        host: str = "127.0.0.1",
        port: int = 7860,
        auth: str | None = None,
        share: bool = False,
        *,
        block: bool = True,
        quiet: bool = False,
        login_limit: LoginLimit = LoginLimit(),
    ) -> str:
        """Serve the page at http://host:port and print one line saying where; returns the local URL (at once
        when ``block`` is False, else when the server stops). ``auth`` is ``USER:PASS``; failed logins are
        throttled per client (``login_limit``); share links stay off unless ``share`` is True."""
        from starlette.middleware import Middleware

        self.blocks.launch(
            server_name=host,
            server_port=port,
            share=bool(share),
            prevent_thread_lock=True,
            quiet=True,
            auth=auth_pair(auth),
            max_file_size=int(float(self.asst.settings.max_upload_mb) * 1_000_000),
            show_error=False,
            theme=theme(),
            css=static_text("chat.css"),
            inbrowser=False,
            footer_links=["api"],
            state_session_capacity=SESSION_CAPACITY,
            app_kwargs={"lifespan": self._lifespan, "middleware": [Middleware(LoginThrottle, limit=login_limit)]},
        )
        url = self.blocks.local_url or f"http://{host}:{port}/"
        if not quiet:
            print(console_line(url, self.blocks.share_url, host, bool(auth)), flush=True)
        if block:
            try:
                self.blocks.block_thread()
            finally:
                self.close()
        return url

    def close(self) -> None:
        """Stop the server (if running) and remove the exports."""
        self.blocks.close(verbose=False)
        self._exports.cleanup()


def _toast(kind: str, message: str) -> None:
    if kind == "warning":
        gr.Warning(message)
    else:
        gr.Info(message, duration=6)


def _download(path: str | None) -> gr.DownloadButton:
    return gr.DownloadButton(value=path, interactive=path is not None)


def console_line(local_url: str, share_url: str | None, host: str, auth: bool) -> str:
    """What ``assistant serve`` prints once the server is up (instead of Gradio's share hint)."""
    url = local_url.rstrip("/")
    login = "; login required" if auth else ""
    if share_url:
        return f"Readout assistant: {url} and public link {share_url} (anyone with the link{login or '; no login'})"
    where = "local only" if host in ("127.0.0.1", "localhost", "::1") else f"listening on {host}"
    return f"Readout assistant: {url} ({where}{login}; --share for a public link)"


def _picked_example(evt: gr.SelectData) -> str:
    value = evt.value
    return value.get("text", "") if isinstance(value, dict) else str(value or "")


def build_app(asst, *, examples: list[str] | None = None) -> ChatApp:
    """The web chat over ``asst`` (not launched): ``.blocks`` is the ``gr.Blocks``, ``.handlers`` its handlers."""
    return ChatApp(asst, examples=examples)


def launch(
    asst,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: str | None = None,
    share: bool = False,
    *,
    block: bool = True,
    quiet: bool = False,
    login_limit: LoginLimit = LoginLimit(),
) -> ChatApp:
    """Serve the web chat for ``asst`` (what ``assistant serve`` runs); returns the running ``ChatApp`` (at once
    when ``block`` is False). The model and index are loaded here, once, before the first request."""
    chat = ChatApp(asst)  # asks the example questions, which loads the model
    chat.launch(host, port, auth, share, block=block, quiet=quiet, login_limit=login_limit)
    return chat
