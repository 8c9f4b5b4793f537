"""The one renderer of an answer: plain text (terminal), Markdown (notebooks, export) and HTML (notebooks, web chat).

Pure functions over the JSON form of an answer (``Answer.to_dict()``), so
the web chat renders what it keeps in the browser exactly as a notebook
renders a live ``Answer``. Everything a readout contributes to HTML (titles,
quotes, file names) goes through :func:`esc`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

#: The most nearest passages shown beside an abstention.
NEAREST = 3

_MARKER = re.compile(r"\[(\d+)\]")
_EXTRA_ESCAPES = str.maketrans(
    {
        "$": "&#36;",
        "{": "&#123;",
        "}": "&#125;",
        "`": "&#96;",
        "*": "&#42;",
        "_": "&#95;",
        "[": "&#91;",
        "]": "&#93;",
        "\\": "&#92;",
        "~": "&#126;",
        "|": "&#124;",
    }
)

#: Makes the href attribute of a link into a readout: (source, start, end, marker, kind) -> 'href="..."'.
#: kind is "cite" (a citation), "near" (a nearest passage) or "doc" (a whole readout).
LinkMaker = Callable[[str, int, int, int, str], str]


def esc(text: Any) -> str:
    """HTML-escape ``text`` for element content or an attribute value.

    Besides ``< > & " '`` it also encodes the characters Markdown and
    Gradio's templates give meaning to (``$ { } ` * _ [ ] \\``), so readout
    text always renders literally, whichever component shows it.
    """
    return html.escape("" if text is None else str(text), quote=True).translate(_EXTRA_ESCAPES)


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) collapsed to single spaces."""
    return " ".join(str(text).split())


def snippet(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"


def short_title(title: str | None, source: str = "", limit: int = 70) -> str:
    """A readout's title for a one-line source reference: a leading "Readout of (the)" dropped and the rest cut
    at a word to at most ``limit`` characters; the file name's stem when there is no title."""
    text = one_line(title or "") or source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    text = re.sub(r"^(readout of|readout:)\s+(the\s+)?", "", text, flags=re.I) or text
    return snippet(text[:1].upper() + text[1:], limit)


def as_dict(answer: Any) -> Mapping[str, Any]:
    """An ``Answer`` or its ``to_dict()`` form, as the dict."""
    return answer.to_dict() if hasattr(answer, "to_dict") else answer


# ------------------------------------------------------------------------------------------ plain text
def answer_text(answer: Any) -> str:
    """The answer and its citations as plain text for a terminal."""
    a = as_dict(answer)
    lines = [a.get("text") or "", ""]
    if a.get("notice"):
        lines += [f"note: {a['notice']}", ""]
    cites = a.get("citations") or []
    for c in cites:
        when = f", {c['date']}" if c.get("date") else ""
        lines.append(f"[{c['marker']}] {c['source']} (chars {c['start']}-{c['end']})")
        lines.append(f"    {c['title']}{when}")
        lines.append(f"    \u201c{c['quote']}\u201d")
    if not cites and a.get("abstained") and a.get("passages"):
        lines.append("Nearest passages (they do not answer the question):")
        for p in a["passages"][:NEAREST]:
            lines.append(f"  - {p['source']} (chars {p['start']}-{p['end']}): {snippet(p['text'], 160)}")
    for u in a.get("unsupported") or ():
        lines.append(f"unsupported (not backed by any readout): {u}")
    return "\n".join(lines).rstrip()


# ------------------------------------------------------------------------------------------ Markdown
def answer_markdown(answer: Any) -> str:
    """The answer followed by its sources as footnotes, each once: ``[1] *Title*, date (file, chars a-b): "quote"``."""
    a = as_dict(answer)
    lines = [a.get("text") or ""]
    if a.get("notice"):
        lines += ["", f"_{a['notice']}_"]
    for u in a.get("unsupported") or ():
        lines += ["", f"\u26a0 _Not backed by any readout:_ {u}"]
    cites = a.get("citations") or []
    if cites:
        lines += ["", "**Sources**", ""]
        for c in cites:
            when = f", {c['date']}" if c.get("date") else ""
            lines.append(
                f"[{c['marker']}] *{c['title']}*{when} ({c['source']}, chars {c['start']}-{c['end']}): "
                f"\u201c{one_line(c['quote'])}\u201d"
            )
    elif a.get("abstained") and a.get("passages"):
        lines += ["", "**Nearest passages** (not an answer)", ""]
        for p in a["passages"][:NEAREST]:
            lines.append(f"- *{p['title']}* ({p['source']}, chars {p['start']}-{p['end']}): {snippet(p['text'], 300)}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ HTML
def _date(d: str | None) -> str:
    return esc(d) if d else "no date"


def _plain_link(source: str, start: int, end: int, marker: int, kind: str) -> str:
    return f'title="{esc(source)}, characters {int(start)}-{int(end)}"'


#: How each statement kind (``Citation.kind``, ``Statement.kind``) reads on a tag beside a citation.
STATEMENT_LABELS = MappingProxyType(
    {
        "agreed": "agreed",
        "committed": "committed",
        "announced": "announced",
        "condemned": "condemned",
        "urged": "urged",
        "expressed_concern": "expressed concern",
        "reaffirmed": "reaffirmed",
        "expressed_support": "expressed support",
        "welcomed": "welcomed",
        "thanked": "thanked",
        "condolences": "offered condolences",
        "discussed": "discussed",
        "noted": "noted",
        "met": "the meeting",
        "other": "other statement",
    }
)
_ACTORS = MappingProxyType({"issuer": "the issuing side", "counterpart": "the counterpart", "both": "both sides"})


def statement_label(kind: str | None) -> str:
    """A statement kind in words ("expressed_concern" -> "expressed concern"; "" for none)."""
    return STATEMENT_LABELS.get(kind or "", (kind or "").replace("_", " "))


def actor_label(actor: str | None) -> str:
    """Who acts in words ("both" -> "both sides"; a name as it is; "" for none)."""
    return _ACTORS.get(actor or "", actor or "")


def kind_tag(c: Mapping[str, Any]) -> str:
    """A citation's statement kind as a small tag (with who acts in its hover text and its accessible text);
    "" when the citation has no kind."""
    label = statement_label(c.get("kind"))
    if not label:
        return ""
    who = actor_label(c.get("actor"))
    by = f" (by {who})" if who else ""
    css = re.sub(r"[^a-z_]", "", str(c["kind"]).lower())  # a class name of safe characters only
    return (
        f'<span class="ra-kind ra-kind-{css}" title="Statement kind: {esc(label)}{esc(by)}">'
        f'<span class="ra-sr">statement kind: </span>{esc(label)}<span class="ra-sr">{esc(by)}</span></span>'
    )


def _tip(c: Mapping[str, Any], kinds: bool = False) -> str:
    """A marker's tooltip text: the quote, then the readout's title and date (shown on hover and focus)."""
    source = f"{esc(c.get('title') or c['source'])} \u00b7 {_date(c.get('date'))}"
    tag = kind_tag(c) if kinds else ""
    return (
        f'<span class="ra-tip">\u201c{esc(snippet(c["quote"], 300))}\u201d '
        f'<span class="ra-tip-src">{source}</span>{tag}</span>'
    )


def _source_row(c: Mapping[str, Any], make: LinkMaker, tag: str, files: bool, kinds: bool = False) -> str:
    if files:
        name = f'<span class="ra-title">{esc(c["title"] or c["source"])}</span>'
        meta = f'<span class="ra-meta"> · {_date(c.get("date"))} · {esc(c["source"])}</span>'
    else:
        name = (
            f'<span class="ra-title" title="{esc(c["title"] or c["source"])}">'
            f"{esc(short_title(c.get('title'), c['source']))}</span>"
        )
        meta = f'<span class="ra-meta"> · {_date(c.get("date"))}</span>'
    kind = f"{kind_tag(c)} " if kinds and kind_tag(c) else ""
    return (
        f'<div class="ra-fn-row"><{tag} class="ra-cite ra-fn" '
        f"{make(c['source'], c['start'], c['end'], c['marker'], 'cite')}>[{int(c['marker'])}]</{tag}> "
        f'{kind}{name}{meta}<div class="ra-quote">\u201c{esc(one_line(c["quote"]))}\u201d</div></div>'
    )


def _linked_line(
    line: str, cites: Mapping[int, Mapping[str, Any]], make: LinkMaker, tag: str, tips: bool, kinds: bool
) -> str:
    """One line of an answer's text, escaped, its markers linked to their citations (unknown markers kept as
    text)."""
    out, pos = [], 0
    for m in _MARKER.finditer(line):
        out.append(esc(line[pos : m.start()]))
        c = cites.get(int(m.group(1)))
        if c is None:
            out.append(esc(m.group(0)))
        else:
            out.append(
                f'<{tag} class="ra-cite" {make(c["source"], c["start"], c["end"], c["marker"], "cite")}>'
                f"[{c['marker']}]{_tip(c, kinds) if tips else ''}</{tag}>"
            )
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def _nearest(passages: Sequence[Mapping[str, Any]], make: LinkMaker, tag: str, files: bool) -> str:
    """An abstention's nearest passages, under a heading that says they are not an answer."""
    parts = [
        '<div class="ra-nearest"><div class="ra-h">Nearest passages '
        '<span class="ra-not">(not an answer: the readouts do not say this)</span></div>'
    ]
    for p in passages[:NEAREST]:
        parts.append(
            f'<div class="ra-near-row"><{tag} class="ra-near" {make(p["source"], p["start"], p["end"], 0, "near")}>'
            f"{esc(p['title'] or p['source']) if files else esc(short_title(p.get('title'), p['source']))}</{tag}>"
            f'<span class="ra-meta"> · {_date(p.get("date"))}</span>'
            f'<div class="ra-snippet">{esc(snippet(p["text"], 220))}</div></div>'
        )
    parts.append("</div>")
    return "".join(parts)


def answer_html(
    answer: Any,
    link: LinkMaker | None = None,
    *,
    tools: bool = False,
    tips: bool = False,
    files: bool = True,
    kinds: bool = False,
) -> str:
    """One answer as HTML: markers linked by ``link`` (plain titles without it), footnoted sources, and for
    an abstention the nearest passages under a heading that says they are not an answer.

    ``tools`` adds the web chat's "Copy answer" link. ``tips`` puts each citation's quote, title and date
    inside its marker in the text (``<span class="ra-tip">``, for a hover/focus tooltip). ``files=False``
    shows source lines as short title and date, without the file name. ``kinds`` tags each source line (and
    tooltip) with the cited sentence's statement kind ("agreed", "expressed concern", ...).
    """
    a = as_dict(answer)
    make = link or _plain_link
    tag = "a" if link else "span"
    cites = {c["marker"]: c for c in a.get("citations") or []}
    parts = ['<div class="ra-answer">', '<div class="ra-copyable">']
    lines = [_linked_line(line, cites, make, tag, tips, kinds) for line in (a.get("text") or "").split("\n")]
    cls = "ra-text ra-abstained" if a.get("abstained") else "ra-text"
    parts.append(f'<div class="{cls}">' + "<br>".join(lines) + "</div>")
    if a.get("notice"):
        parts.append(f'<div class="ra-notice">{esc(one_line(a["notice"]))}</div>')
    for u in a.get("unsupported") or []:
        parts.append(f'<div class="ra-unsupported">Not backed by any readout: {esc(one_line(u))}</div>')
    if cites:
        parts.append('<div class="ra-sources"><div class="ra-h">Sources</div>')
        for c in a["citations"]:
            parts.append(_source_row(c, make, tag, files, kinds))
        parts.append("</div>")
    parts.append("</div>")  # end of the copyable part
    if a.get("abstained") and a.get("passages"):
        parts.append(_nearest(a["passages"], make, tag, files))
    if tools:
        parts.append(
            '<div class="ra-tools"><a class="ra-copy" href="#" title="Copy this answer and its sources">'
            "Copy answer</a></div>"
        )
    parts.append("</div>")
    return "".join(parts)


# ------------------------------------------------------------------------------------------ notebooks
def assistant_html(info: Mapping[str, Any]) -> str:
    """An assistant's summary for Jupyter: where its index is, what it holds, and its model."""
    rows = [
        ("Index", info.get("store")),
        (
            "Readouts",
            f"{info.get('readouts', 0):,}" + (f" ({info['uploaded']} uploaded)" if info.get("uploaded") else ""),
        ),
        ("Passages", f"{info.get('passages', 0):,}"),
        ("Sentences", f"{info.get('sentences', 0):,}"),
        ("Model", f"{info.get('model')} ({info.get('backend')}, dimension {info.get('dimension')})"),
        ("Built", info.get("built_at")),
    ]
    body = "".join(
        f"<tr><th style='text-align:left'>{esc(k)}</th><td style='text-align:left'>{esc(v)}</td></tr>" for k, v in rows
    )
    return f"<div class='ra-assistant'><b>Readout assistant</b><table>{body}</table></div>"


def passages_html(passages: Sequence[Any]) -> str:
    """Retrieved passages as a table: rank, readout, date, score (3 decimals), and the passage cut at a word."""
    head = "<tr><th>#</th><th>Readout</th><th>Date</th><th>Score</th><th>Passage</th></tr>"
    rows = []
    for i, p in enumerate(passages, 1):
        d = p.to_dict() if hasattr(p, "to_dict") else p
        rows.append(
            f"<tr><td>{i}</td><td>{esc(d.get('title') or d['source'])}<br><code>{esc(d['source'])}:"
            f"{int(d['start'])}-{int(d['end'])}</code></td><td>{_date(d.get('date'))}</td>"
            f"<td>{float(d.get('score') or 0):.3f}</td><td>{esc(snippet(d['text'], 240))}</td></tr>"
        )
    return f"<table class='ra-passages'>{head}{''.join(rows)}</table>"


# ------------------------------------------------------------------------------------------ readout records
def _who(p: Mapping[str, Any]) -> str:
    bits = [p.get("title"), p.get("name")]
    who = " ".join(b for b in bits if b) or "?"
    return f"{who} ({p['country']})" if p.get("country") else who


def participant_html(p: Mapping[str, Any]) -> str:
    """One participant on one line: title, name, country and side."""
    return f"<span class='ra-participant'>{esc(_who(p))} <small>{esc(p.get('side'))}</small></span>"


def meeting_html(m: Mapping[str, Any]) -> str:
    """A meeting as a small card: title, date (or its words), place, kind, participants by side."""
    when = m.get("date") or m.get("date_text") or "date unknown"
    sides = []
    for side in ("issuer", "counterpart"):
        people = [p for p in m.get("participants") or [] if p.get("side") == side]
        if people:
            sides.append(f"<div><b>{esc(side)}</b>: {esc('; '.join(_who(p) for p in people))}</div>")
    return (
        f"<div class='ra-meeting'><div><b>{esc(m.get('title'))}</b></div>"
        f"<div>{esc(when)} · {esc((m.get('kind') or '').replace('_', ' '))}"
        f"{' · ' + esc(m['place']) if m.get('place') else ''} · <code>{esc(m.get('source'))}</code></div>"
        + "".join(sides)
        + "</div>"
    )


def meetings_html(meetings: Sequence[Mapping[str, Any]]) -> str:
    """Meetings as a table: date, kind, place, countries, participants, title."""
    head = "<tr><th>Date</th><th>Kind</th><th>Place</th><th>Countries</th><th>Participants</th><th>Readout</th></tr>"
    rows = []
    for m in meetings:
        people = "; ".join(_who(p) for p in m.get("participants") or [])
        rows.append(
            f"<tr><td>{esc(m.get('date') or m.get('date_text') or '')}</td>"
            f"<td>{esc((m.get('kind') or '').replace('_', ' '))}</td><td>{esc(m.get('place') or '')}</td>"
            f"<td>{esc(', '.join(m.get('countries') or []))}</td><td>{esc(people)}</td>"
            f"<td>{esc(m.get('title'))}<br><code>{esc(m.get('source'))}</code></td></tr>"
        )
    return f"<table class='ra-meetings'>{head}{''.join(rows)}</table>"
