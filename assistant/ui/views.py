"""The web chat's HTML: answers (through :mod:`assistant.render`), the readout viewer and the documents panel.

Pure functions over plain dicts and records. Everything a readout or a user
contributes to the page (titles, quotes, whole texts, file names, questions)
goes through :func:`assistant.render.esc`, so a readout containing
``<script>`` shows that text instead of running it.

Links into readouts are same-page fragments, ``#ra-open/<kind>/<start>/<end>/<marker>/<source>``,
because the chat's HTML sanitizer drops data attributes but keeps links;
``static/viewer.js`` turns a click on one into a call to the server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote

from .. import AssistantError
from ..render import answer_html, esc, one_line, short_title
from .filters import note_html

#: Where the viewer stands before any citation is clicked.
VIEWER_EMPTY = (
    '<div class="ra-h">Readout</div><div class="ra-doc-empty">Click a citation such as <b>[1]</b> in an '
    "answer to read it here, in its readout, with the quoted words highlighted.</div>"
)

_KINDS = frozenset({"cite", "near", "doc"})


def open_link(source: str, start: int, end: int, marker: int = 0, kind: str = "cite") -> str:
    """The href attribute of a link that opens ``source`` in the viewer with [start:end] highlighted.

    A :data:`assistant.render.LinkMaker`: ``kind`` is "cite", "near" or "doc" (the whole readout).
    """
    ref = f"#ra-open/{kind}/{int(start)}/{int(end)}/{int(marker)}/{quote(source, safe='')}"
    return f'href="{esc(ref)}"'


def parse_ref(ref: str) -> tuple[str, int, int, int, str]:
    """``#ra-open/<kind>/<start>/<end>/<marker>/<source>`` back into its parts.

    Raises AssistantError for anything else (the link came from the browser).
    """
    parts = str(ref or "").split("/", 5)
    if len(parts) != 6 or parts[0] != "#ra-open" or parts[1] not in _KINDS:
        raise AssistantError("That link does not point into a readout.")
    try:
        start, end, marker = int(parts[2]), int(parts[3]), int(parts[4])
    except ValueError:
        raise AssistantError("That link does not point into a readout.") from None
    return parts[1], start, end, marker, unquote(parts[5])


def _date(d: str | None) -> str:
    return esc(d) if d else "no date"


# --------------------------------------------------------------------------- the conversation


def render_answer(answer: Mapping[str, Any]) -> str:
    """One answer (``Answer.to_dict()``) as chat HTML: markers that open the viewer and show their quote, title
    and date on hover or focus; source lines with short titles, dates and the statement kind of each cited
    sentence ("agreed", "expressed concern"); a "Copy answer" link."""
    return answer_html(answer, link=open_link, tools=True, tips=True, files=False, kinds=True)


def _streaming(partial: str) -> str:
    if not partial:
        return '<div class="ra-answer ra-streaming">Searching the readouts\u2026</div>'
    body = "<br>".join(esc(line) for line in partial.rstrip("\n").split("\n"))
    return f'<div class="ra-answer ra-streaming">{body}</div>'


def render_turns(turns: Sequence[Mapping[str, Any]]) -> list[dict]:
    """The conversation (a list of turns) as the Chatbot's role/content messages; an answer asked under filters
    says so on its first line."""
    messages: list[dict] = []
    for t in turns:
        messages.append({"role": "user", "content": esc(one_line(t["question"]))})
        if t.get("error"):
            content = f'<div class="ra-error">\u26a0 {esc(one_line(t["error"]))}</div>'
        elif t.get("answer") is not None:
            content = render_answer(t["answer"])
        else:
            content = _streaming(t.get("partial") or "")
        messages.append({"role": "assistant", "content": note_html(t.get("filters")) + content})
    return messages


# --------------------------------------------------------------------------- the viewer


def render_readout(
    readout, start: int | None = None, end: int | None = None, marker: int = 0, kind: str = "cite"
) -> str:
    """A whole readout as HTML, with [start:end] wrapped in ``<mark class="ra-hl">``; the file name is shown here
    (and only here). A "Close" button serves the overlay the viewer becomes on narrow screens."""
    text = readout.text
    head = (
        '<div class="ra-doc-head"><div class="ra-doc-bar"><div class="ra-h">Readout</div>'
        '<button type="button" class="ra-viewer-close" aria-label="Close the readout">Close</button></div>'
        f'<div class="ra-doc-title">{esc(readout.title)}</div>'
        f'<div class="ra-meta">{_date(readout.date)} · <span class="ra-file">{esc(readout.source)}</span> · '
        f"{len(text):,} characters</div>"
    )
    if start is not None and end is not None and 0 <= start < end <= len(text):
        what = f"[{marker}] cited" if kind == "cite" and marker else "Nearest passage"
        head += f'<div class="ra-doc-note">{esc(what)}: characters {start}\u2013{end}, highlighted below</div>'
        body = (
            esc(text[:start])
            + f'<mark class="ra-hl ra-hl-{esc(kind)}" data-source="{esc(readout.source)}" data-start="{start}" '
            f'data-end="{end}" data-marker="{int(marker)}">{esc(text[start:end])}</mark>' + esc(text[end:])
        )
    else:
        body = esc(text)
    return (
        f'<div class="ra-doc" data-source="{esc(readout.source)}">{head}</div>'
        f'<div class="ra-doc-text">{body}</div></div>'
    )


def viewer_error(message: str) -> str:
    """The viewer showing one line of trouble instead of a readout."""
    return f'<div class="ra-error" role="alert">{esc(one_line(message))}</div>'


# --------------------------------------------------------------------------- the documents panel


def _size(chars: int) -> str:
    return f"{chars / 1000:.1f}k chars" if chars >= 1000 else f"{chars} chars"


def docs_summary(docs: Sequence[Mapping[str, Any]]) -> str:
    """ "5 readouts indexed (1 uploaded)"."""
    n, up = len(docs), sum(1 for d in docs if d.get("uploaded"))
    return f"{n} readout{'s' if n != 1 else ''} indexed" + (f" ({up} uploaded)" if up else "")


def _doc_row(d: Mapping[str, Any]) -> str:
    source = d["source"]
    title = esc(short_title(d.get("title"), source, 90))
    tools = ""
    if d.get("uploaded"):
        tools = (
            f'<span class="ra-badge">uploaded</span> <button type="button" class="ra-remove" '
            f'data-source="{esc(source)}" aria-label="Remove {esc(d.get("title") or source)}">Remove</button>'
        )
    return (
        f'<tr data-source="{esc(source)}"><td><a class="ra-doc-link" {open_link(source, -1, -1, 0, "doc")} '
        f'title="{esc(d.get("title") or source)}">{title}</a>{" " + tools if tools else ""}</td>'
        f'<td class="ra-nowrap">{_date(d.get("date"))}</td>'
        f'<td class="ra-nowrap">{_size(int(d.get("chars") or 0))}</td></tr>'
    )


def render_documents(docs: Sequence[Mapping[str, Any]], message: str = "") -> str:
    """The documents panel: how many readouts are indexed, then one row per readout (title, date, size; titles
    open the readout), uploads marked as such with a Remove button. ``message`` is a line shown above."""
    note = f'<div class="ra-docs-msg" role="status">{esc(one_line(message))}</div>' if message else ""
    head = f'<div class="ra-docs-count">{esc(docs_summary(docs))}</div>{note}'
    if not docs:
        return head + '<div class="ra-docs-empty">Nothing is indexed yet. Upload a readout below.</div>'
    ordered = sorted(
        docs, key=lambda d: (bool(d.get("uploaded")), d.get("date") or "", d.get("title") or ""), reverse=True
    )
    return (
        head + '<table class="ra-docs"><thead><tr><th scope="col">Readout</th><th scope="col">Date</th>'
        '<th scope="col">Size</th></tr></thead><tbody>' + "".join(_doc_row(d) for d in ordered) + "</tbody></table>"
    )


def upload_status(lines: Sequence[str], ok: bool) -> str:
    """The line(s) under the upload box after an upload."""
    cls = "ra-upload-ok" if ok else "ra-error"
    return f'<div class="{cls}" role="status">{"<br>".join(esc(m) for m in lines)}</div>'
