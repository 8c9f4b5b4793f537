"""The web chat's page layout: its Gradio components, built in place inside ``ChatApp``'s ``gr.Blocks``.

``chat_column`` and ``side_column`` make the two columns and return their
components by the name of the ``Page`` field each fills; ``ChatApp`` connects
the events. The look is ``theme()`` and ``static/chat.css`` (read with
``static_text``, as are the viewer's and the documents panel's scripts).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import gradio as gr

from .. import MAX_QUESTION_CHARS
from .handlers import ChatHandlers
from .views import VIEWER_EMPTY

__all__ = ["UPLOAD_TYPES", "Page", "chat_column", "filter_controls", "side_column", "static_text", "theme"]

#: File types the upload box offers (the ones ``Assistant.upload`` accepts).
UPLOAD_TYPES = (".txt", ".md", ".html", ".pdf")


def static_text(name: str) -> str:
    """A file of ``assistant/ui/static`` (shipped as package data), as text."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


@dataclass
class Page:
    """The components the events connect."""

    saved: Any
    turns: Any
    conv_id: Any
    chatbot: Any
    question: Any
    ask_btn: Any
    new_btn: Any
    export_btn: Any
    picker: Any
    clear_btn: Any
    viewer: Any
    docs: Any
    uploads: Any
    upload_status: Any
    filters: list  # country, person, after, before, kind: the controls, in that order
    filter_status: Any
    clear_filters: Any
    timeline: Any
    applied: Any  # the filters the status line and the timeline show (a dict)

    @property
    def filter_outputs(self) -> list:
        """What setting the filters updates: the five controls, the status line, Clear, the timeline, and the
        filters they now show."""
        return [*self.filters, self.filter_status, self.clear_filters, self.timeline, self.applied]


def chat_column(handlers: ChatHandlers, examples: list[str]) -> dict:
    """The conversation column: the chat (offering ``examples``), the line of active filters with Clear, the
    question box, New and Export, the filters and the past conversations; its components by ``Page`` field."""
    gr.HTML('<h2 class="ra-label" id="ra-chat-label">Conversation</h2>', elem_id="ra-chat-head", js_on_load=None)
    chatbot = _chatbot(examples)
    with gr.Row(equal_height=True, elem_id="ra-filter-row"):
        filter_status = gr.HTML(handlers.filter_view({})[0], elem_id="ra-filter-status", js_on_load=None, scale=6)
        clear_filters = gr.Button(
            "Clear filters",
            size="sm",
            variant="secondary",
            visible=False,
            scale=0,
            min_width=120,
            elem_id="ra-filter-clear",
        )
    with gr.Row():
        question = gr.Textbox(
            placeholder="e.g. What did the ministers agree on security?",
            label="Your question",
            show_label=False,
            scale=6,
            elem_id="ra-question",
            autofocus=True,
            max_length=MAX_QUESTION_CHARS,
            submit_btn=False,
        )
        ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ra-ask")
    with gr.Row():
        new_btn = gr.Button("New conversation", size="sm", variant="secondary", elem_id="ra-new")
        export_btn = gr.DownloadButton("Export conversation (.md)", size="sm", interactive=False, elem_id="ra-export")
    filters = filter_controls(handlers)
    with gr.Accordion("Past conversations (kept in this browser)", open=False, elem_id="ra-past"):
        picker = gr.Dropdown(
            choices=[], value=None, label="Reopen a conversation", elem_id="ra-picker", interactive=True
        )
        clear_btn = gr.Button("Clear all conversations", size="sm", variant="stop", elem_id="ra-clear-all")
    return {
        "chatbot": chatbot,
        "question": question,
        "ask_btn": ask_btn,
        "new_btn": new_btn,
        "export_btn": export_btn,
        "picker": picker,
        "clear_btn": clear_btn,
        "filters": filters,
        "filter_status": filter_status,
        "clear_filters": clear_filters,
    }


def _chatbot(examples: list[str]) -> gr.Chatbot:
    """The chat itself, offering ``examples`` while it is empty (a clicked one is asked)."""
    return gr.Chatbot(
        value=[],
        label="Conversation",
        show_label=False,
        elem_id="ra-chat",
        height=640,
        buttons=[],
        latex_delimiters=[],
        feedback_options=None,
        sanitize_html=True,
        render_markdown=True,
        examples=[{"text": q} for q in examples] or None,
        placeholder=(
            "**Ask about the readouts.** Every answer quotes the readout it comes from; "
            "when the readouts don't say, the assistant says so."
        ),
    )


def filter_controls(handlers: ChatHandlers) -> list:
    """The filters (country, person, after, before, kind), choices drawn from the indexed meetings."""
    ch = handlers.filter_choices()
    with gr.Accordion("Filters: country, person, dates, kind", open=False, elem_id="ra-filters"):
        with gr.Row():
            country = gr.Dropdown(
                ch["country"], value="", label="Country", elem_id="ra-f-country", interactive=True, min_width=150
            )
            person = gr.Dropdown(
                ch["person"],
                value="",
                label="Person (a name or a title)",
                elem_id="ra-f-person",
                allow_custom_value=True,
                interactive=True,
                min_width=150,
            )
            kind = gr.Dropdown(
                ch["kind"], value="", label="Meeting kind", elem_id="ra-f-kind", interactive=True, min_width=150
            )
        with gr.Row():
            after = gr.Textbox(
                label="On or after",
                placeholder="YYYY-MM-DD, YYYY-MM or YYYY",
                max_lines=1,
                max_length=40,
                elem_id="ra-f-after",
                min_width=150,
            )
            before = gr.Textbox(
                label="On or before",
                placeholder="YYYY-MM-DD, YYYY-MM or YYYY",
                max_lines=1,
                max_length=40,
                elem_id="ra-f-before",
                min_width=150,
            )
        gr.HTML(
            '<div class="ra-filter-help">Filters apply to the next questions (follow-ups too) and to the '
            "timeline. A person matches any part of a name or a title, e.g. \u201cForeign Minister\u201d."
            "</div>",
            js_on_load=None,
        )
    return [country, person, after, before, kind]


def side_column(handlers: ChatHandlers, max_upload_mb: float) -> dict:
    """The side column: the readout viewer, the timeline and the documents panel (what is indexed, with Remove
    buttons, and the upload box for files of up to ``max_upload_mb`` MB); its components by ``Page`` field."""

    # Gradio marks server functions with an attribute and calls them by name: plain functions, not methods
    def open_readout(ref: str) -> str:
        return handlers.open_readout(ref)

    def remove_readout(source: str) -> str:
        return handlers.remove_readout(source)

    viewer = gr.HTML(
        VIEWER_EMPTY,
        label="Readout",
        show_label=False,
        container=True,
        elem_id="ra-viewer",
        js_on_load=static_text("viewer.js"),
        server_functions=[open_readout],
        apply_default_css=True,
    )
    with gr.Accordion("Timeline of meetings by country", open=True, elem_id="ra-timeline-box"):
        timeline = gr.HTML(handlers.filter_view({})[1], elem_id="ra-timeline", js_on_load=None, apply_default_css=False)
    with gr.Accordion("Documents", open=True, elem_id="ra-documents"):
        docs = gr.HTML(
            handlers.documents(),
            elem_id="ra-docs",
            js_on_load=static_text("docs.js"),
            server_functions=[remove_readout],
            apply_default_css=False,
        )
        gr.HTML(
            f'<div class="ra-label" id="ra-upload-label">Add readouts ({", ".join(UPLOAD_TYPES)}; up to '
            f"{max_upload_mb:g} MB each)</div>",
            js_on_load=None,
        )
        uploads = gr.File(
            label="Add readouts",
            show_label=False,
            file_count="multiple",
            file_types=list(UPLOAD_TYPES),
            elem_id="ra-upload",
            height=110,
        )
        status = gr.HTML("", elem_id="ra-upload-status", js_on_load=None)
    return {"viewer": viewer, "docs": docs, "uploads": uploads, "upload_status": status, "timeline": timeline}


def theme():
    """A theme using the system's fonts (no font download), its primary buttons dark enough for white text."""
    return gr.themes.Default(
        primary_hue="indigo", font=("ui-sans-serif", "system-ui", "sans-serif"), font_mono=("ui-monospace", "monospace")
    ).set(
        button_primary_background_fill="*primary_600",
        button_primary_background_fill_hover="*primary_700",
        button_primary_background_fill_dark="*primary_600",
        button_primary_background_fill_hover_dark="*primary_700",
    )
