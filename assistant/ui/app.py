"""The web chat: a Gradio app over the public API (``Assistant`` and its records).

Layout: the conversation on the left; on the right the readout viewer (a
clicked citation opens its readout with exactly the cited span highlighted)
and the documents panel (what is indexed, and an upload box).

Everything a readout contributes to the page (titles, quotes, whole texts,
file names) goes through :func:`esc`, so a readout containing ``<script>``
shows that text instead of running it. Errors become short chat messages or
toasts; tracebacks only reach the server log.

``build_app(asst)`` returns the ``gr.Blocks``; ``launch(asst, ...)`` serves it.
The stable API endpoint is ``/ask``: ``Client(url).predict(question,
api_name="/ask")`` returns ``Answer.to_dict()``.
"""

from __future__ import annotations

import atexit
import html
import logging
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote, unquote

import gradio as gr

from ..errors import AssistantError, IngestError
from ..records import Answer

log = logging.getLogger(__name__)

#: File types the upload box accepts (the ones ingest understands).
UPLOAD_TYPES = (".txt", ".md", ".html")
#: How many example questions the empty chat offers.
N_EXAMPLES = 4

_MARKER = re.compile(r"\[(\d+)\]")


# --------------------------------------------------------------------------- escaping and rendering


def esc(text: Any) -> str:
    """HTML-escape ``text`` for element content or an attribute value.

    Besides ``< > & " '`` it also encodes the characters Gradio's templates
    and Markdown give meaning to (``$ { } ` * _ [ ] \\``), so readout text
    always renders literally, whichever component shows it.
    """
    s = html.escape("" if text is None else str(text), quote=True)
    return s.translate(_EXTRA_ESCAPES)


_EXTRA_ESCAPES = str.maketrans({
    "$": "&#36;", "{": "&#123;", "}": "&#125;", "`": "&#96;", "*": "&#42;", "_": "&#95;",
    "[": "&#91;", "]": "&#93;", "\\": "&#92;", "~": "&#126;", "|": "&#124;",
})


def _one_line(text: str) -> str:
    """Whitespace runs (newlines included) collapsed, so chat HTML stays a single Markdown block."""
    return " ".join(text.split())


def _open_attrs(source: str, start: int, end: int, marker: int = 0, kind: str = "cite") -> str:
    """The href that makes a link open ``source`` with [start:end] highlighted.

    The reference lives in the fragment because the chat's HTML sanitizer
    drops data attributes but keeps same-page links.
    """
    ref = f"#ra-open/{kind}/{int(start)}/{int(end)}/{int(marker)}/{quote(source, safe='')}"
    return f'href="{esc(ref)}"'


def parse_ref(ref: str) -> tuple[str, int, int, int, str]:
    """``#ra-open/<kind>/<start>/<end>/<marker>/<source>`` back into its parts.

    Raises AssistantError for anything else (the link came from the browser).
    """
    parts = str(ref or "").split("/", 5)
    if len(parts) != 6 or parts[0] != "#ra-open" or parts[1] not in {"cite", "near", "doc"}:
        raise AssistantError("That link does not point into a readout.")
    try:
        start, end, marker = int(parts[2]), int(parts[3]), int(parts[4])
    except ValueError:
        raise AssistantError("That link does not point into a readout.") from None
    return parts[1], start, end, marker, unquote(parts[5])


def _date(d: str | None) -> str:
    return esc(d) if d else "no date"


def render_answer(answer: dict) -> str:
    """One answer (``Answer.to_dict()``) as chat HTML: linked markers, footnoted sources.

    An abstention reads "The readouts don't say" and lists the nearest
    passages under a heading that says they are not an answer.
    """
    cites = {c["marker"]: c for c in answer.get("citations") or []}
    parts = ['<div class="ra-answer">', '<div class="ra-copyable">']
    lines = []
    for line in (answer.get("text") or "").split("\n"):
        out, pos = [], 0
        for m in _MARKER.finditer(line):
            out.append(esc(line[pos:m.start()]))
            c = cites.get(int(m.group(1)))
            if c is None:
                out.append(esc(m.group(0)))
            else:
                out.append(f'<a class="ra-cite" title="Show in the readout: {esc(c["title"])}" '
                           f'{_open_attrs(c["source"], c["start"], c["end"], c["marker"])}>[{c["marker"]}]</a>')
            pos = m.end()
        out.append(esc(line[pos:]))
        lines.append("".join(out))
    cls = "ra-text ra-abstained" if answer.get("abstained") else "ra-text"
    parts.append(f'<div class="{cls}">' + "<br>".join(lines) + "</div>")
    if answer.get("notice"):
        parts.append(f'<div class="ra-notice">{esc(_one_line(answer["notice"]))}</div>')
    for u in answer.get("unsupported") or []:
        parts.append(f'<div class="ra-unsupported">Not backed by any readout: {esc(_one_line(u))}</div>')
    if cites:
        parts.append('<div class="ra-sources"><div class="ra-h">Sources</div>')
        for c in answer["citations"]:
            parts.append(
                f'<div class="ra-fn-row"><a class="ra-cite ra-fn" '
                f'{_open_attrs(c["source"], c["start"], c["end"], c["marker"])}>[{int(c["marker"])}]</a> '
                f'<span class="ra-title">{esc(c["title"] or c["source"])}</span>'
                f'<span class="ra-meta"> · {_date(c.get("date"))} · {esc(c["source"])}</span>'
                f'<div class="ra-quote">\u201c{esc(_one_line(c["quote"]))}\u201d</div></div>'
            )
        parts.append("</div>")
    parts.append("</div>")  # end of the copyable part
    if answer.get("abstained") and answer.get("passages"):
        parts.append('<div class="ra-nearest"><div class="ra-h">Nearest passages '
                     '<span class="ra-not">(not an answer: the readouts do not say this)</span></div>')
        for p in answer["passages"][:3]:
            snippet = _one_line(p["text"])
            if len(snippet) > 220:
                snippet = snippet[:220].rsplit(" ", 1)[0] + "\u2026"
            parts.append(
                f'<div class="ra-near-row"><a class="ra-near" {_open_attrs(p["source"], p["start"], p["end"], 0, "near")}>'
                f'{esc(p["title"] or p["source"])}</a><span class="ra-meta"> · {_date(p.get("date"))}</span>'
                f'<div class="ra-snippet">{esc(snippet)}</div></div>'
            )
        parts.append("</div>")
    parts.append('<div class="ra-tools"><a class="ra-copy" href="#" title="Copy this answer and its sources">'
                 "Copy answer</a></div>")
    parts.append("</div>")
    return "".join(parts)


def render_turns(turns: list[dict]) -> list[dict]:
    """The conversation state as the Chatbot's messages (role/content dicts)."""
    messages: list[dict] = []
    for t in turns:
        messages.append({"role": "user", "content": esc(_one_line(t["question"]))})
        if t.get("error"):
            messages.append({"role": "assistant",
                             "content": f'<div class="ra-error">\u26a0 {esc(_one_line(t["error"]))}</div>'})
        elif t.get("answer") is not None:
            messages.append({"role": "assistant", "content": render_answer(t["answer"])})
        else:
            partial = t.get("partial") or ""
            body = "<br>".join(esc(line) for line in partial.rstrip("\n").split("\n")) if partial else "Searching the readouts\u2026"
            messages.append({"role": "assistant", "content": f'<div class="ra-answer ra-streaming">{body}</div>'})
    return messages


def render_readout(readout, start: int | None = None, end: int | None = None, marker: int = 0,
                   kind: str = "cite") -> str:
    """A whole readout as HTML, with [start:end] wrapped in ``<mark class="ra-hl">``."""
    text = readout.text
    head = (f'<div class="ra-doc-head"><div class="ra-h">Readout</div><div class="ra-doc-title">{esc(readout.title)}</div>'
            f'<div class="ra-meta">{_date(readout.date)} · {esc(readout.source)} · {len(text):,} characters</div>')
    valid = start is not None and end is not None and 0 <= start < end <= len(text)
    if valid:
        what = f"[{marker}] cited" if kind == "cite" and marker else "Nearest passage"
        head += f'<div class="ra-doc-note">{esc(what)}: characters {start}\u2013{end}, highlighted below</div>'
        body = (esc(text[:start])
                + f'<mark class="ra-hl ra-hl-{esc(kind)}" data-source="{esc(readout.source)}" data-start="{start}" '
                  f'data-end="{end}" data-marker="{int(marker)}">{esc(text[start:end])}</mark>'
                + esc(text[end:]))
    else:
        body = esc(text)
    return f'<div class="ra-doc" data-source="{esc(readout.source)}">{head}</div><div class="ra-doc-text">{body}</div></div>'


VIEWER_EMPTY = ('<div class="ra-h">Readout</div><div class="ra-doc-empty">Click a citation such as <b>[1]</b> in an answer to read it here, '
                "in its readout, with the quoted words highlighted.</div>")


def _docs_label(n: int) -> str:
    return f"Documents: {n} readout{'s' if n != 1 else ''} indexed"


def _size(chars: int) -> str:
    return f"{chars / 1000:.1f}k chars" if chars >= 1000 else f"{chars} chars"


def render_documents(docs: list[dict]) -> str:
    """The documents panel: one row per indexed readout (title, date, size); titles open the readout."""
    if not docs:
        return '<div class="ra-docs-empty">Nothing is indexed yet. Upload a readout below.</div>'
    rows = []
    for d in sorted(docs, key=lambda d: (d.get("date") or "", d["title"]), reverse=True):
        rows.append(
            f'<tr><td><a class="ra-doc-link" {_open_attrs(d["source"], -1, -1, 0, "doc")}>'
            f'{esc(d["title"] or d["source"])}</a><div class="ra-meta">{esc(d["source"])}</div></td>'
            f'<td class="ra-nowrap">{_date(d.get("date"))}</td><td class="ra-nowrap">{_size(int(d.get("chars") or 0))}</td></tr>'
        )
    return ('<table class="ra-docs"><thead><tr><th>Readout</th><th>Date</th><th>Size</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


# --------------------------------------------------------------------------- conversation helpers


def history_from_turns(turns: list[dict]) -> list[dict]:
    """The finished turns as the ``history`` the public API takes (plain text, no HTML)."""
    history: list[dict] = []
    for t in turns:
        if t.get("answer") is None:
            continue
        history.append({"role": "user", "content": t["question"]})
        history.append({"role": "assistant", "content": t["answer"].get("text") or ""})
    return history


def conversation_markdown(turns: list[dict]) -> str:
    """The conversation as Markdown: each question, its answer, and the answer's sources."""
    out = ["# Conversation with the readout assistant", "", f"_Exported {time.strftime('%Y-%m-%d %H:%M')}_", ""]
    for i, t in enumerate(turns, 1):
        out += [f"## {i}. {t['question']}", ""]
        a = t.get("answer")
        if t.get("error"):
            out += [f"> Error: {t['error']}", ""]
            continue
        if a is None:
            continue
        out += [a.get("text") or "", ""]
        if a.get("notice"):
            out += [f"_{a['notice']}_", ""]
        if a.get("citations"):
            out += ["**Sources**", ""]
            for c in a["citations"]:
                when = f", {c['date']}" if c.get("date") else ""
                out.append(f"{c['marker']}. [{c['marker']}] *{c['title']}*{when} ({c['source']}, characters "
                           f"{c['start']}-{c['end']}): \u201c{_one_line(c['quote'])}\u201d")
            out.append("")
        elif a.get("abstained") and a.get("passages"):
            out += ["**Nearest passages** (not an answer)", ""]
            for p in a["passages"][:3]:
                out.append(f"- *{p['title']}* ({p['source']}, characters {p['start']}-{p['end']}): "
                           f"{_one_line(p['text'])[:300]}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


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


# --------------------------------------------------------------------------- uploads


def sanitize_filename(name: str) -> str:
    """A safe, plain file name: no folders, no leading dots, only letters, digits, ``-``, ``_`` and ``.``.

    Raises IngestError when nothing usable is left or the type is not supported.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-.")
    base = re.sub(r"-{2,}", "-", base)
    stem, dot, suffix = base.rpartition(".")
    suffix = ("." + suffix.lower()) if dot else ""
    if suffix not in UPLOAD_TYPES:
        shown = Path(name or "").suffix or "no extension"
        raise IngestError(f"{Path(name or '?').name}: type '{shown}' is not accepted. Upload .txt, .md or .html readouts.")
    stem = stem.strip("-._")[:80] or "readout"
    return stem + suffix


def store_uploads(files: Iterable[str | Path], upload_dir: Path, max_bytes: int, indexed: set[str]) -> tuple[list[Path], list[str]]:
    """Copy uploaded files into ``upload_dir`` under sanitized names.

    Returns the stored paths and one message per rejected file. A name that
    an indexed readout from elsewhere already uses gets a numeric suffix, so an
    upload never silently replaces it; re-uploading the same name updates it.
    """
    upload_dir.mkdir(parents=True, exist_ok=True)
    stored: list[Path] = []
    problems: list[str] = []
    for f in files:
        src = Path(f)
        try:
            name = sanitize_filename(src.name)
        except IngestError as exc:
            problems.append(str(exc))
            continue
        size = src.stat().st_size if src.exists() else -1
        if size < 0:
            problems.append(f"{src.name}: the upload did not arrive; try again.")
            continue
        if size > max_bytes:
            problems.append(f"{src.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit.")
            continue
        if size == 0:
            problems.append(f"{src.name}: the file is empty.")
            continue
        dest = upload_dir / name
        stem, suffix = dest.stem, dest.suffix
        k = 2
        while (name in indexed and not dest.exists()) or dest in stored:
            dest = upload_dir / f"{stem}-{k}{suffix}"
            name = dest.name
            k += 1
        shutil.copyfile(src, dest)
        stored.append(dest)
    return stored, problems


class _ReadWriteLock:
    """Many questions at once, or one index update alone (an update swaps the index under the readers)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def read(self):
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

    @contextmanager
    def write(self):
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


def _friendly(exc: BaseException) -> str:
    """A one-line message for the user; the traceback goes to the server log."""
    if isinstance(exc, AssistantError):
        return str(exc)
    log.exception("web chat: unexpected error")
    return f"Something went wrong ({type(exc).__name__}). Try again; if it persists, check the server log."


# --------------------------------------------------------------------------- the app

CSS = """
.ra-answer { line-height: 1.55; }
.ra-answer .ra-text { font-size: 1em; }
.ra-abstained { font-weight: 600; }
a.ra-cite { display: inline-block; padding: 0 .3em; margin: 0 .05em; border-radius: 4px; font-size: .82em;
  font-weight: 700; line-height: 1.35; text-decoration: none !important; background: #e0e7ff; color: #3730a3 !important;
  cursor: pointer; vertical-align: baseline; }
a.ra-cite:hover, a.ra-cite:focus, a.ra-cite.ra-active { background: #4f46e5; color: #fff !important; }
.ra-h { font-size: .75em; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; color: #6b7280;
  margin: .8em 0 .3em; }
.ra-sources { border-top: 1px solid #e5e7eb; margin-top: .7em; }
.ra-fn-row, .ra-near-row { margin: .45em 0; font-size: .92em; }
.ra-answer .ra-title { font-weight: 600; font-size: 1em; }
.ra-meta { color: #6b7280; font-size: .85em; }
.ra-quote { margin: .2em 0 0 2.1em; padding-left: .6em; border-left: 3px solid #c7d2fe; font-style: italic; color: #1f2937; }
.ra-nearest { margin-top: .7em; padding: .5em .7em; border: 1px dashed #d1d5db; border-radius: 6px; background: #f9fafb; }
.ra-not { text-transform: none; letter-spacing: 0; font-style: italic; font-weight: 400; }
a.ra-near { font-weight: 600; text-decoration: none; cursor: pointer; }
.ra-snippet { font-size: .92em; color: #4b5563; }
.ra-notice { font-style: italic; color: #6b7280; margin-top: .4em; }
.ra-unsupported { color: #b45309; margin-top: .3em; }
.ra-error { color: #b91c1c; }
.ra-streaming { color: #374151; }
.ra-tools { margin-top: .55em; font-size: .8em; }
.ra-tools a { color: #6b7280 !important; text-decoration: none; cursor: pointer; }
.ra-tools a:hover { text-decoration: underline; }
#ra-viewer { max-height: 600px; overflow-y: auto !important; padding: 10px 14px; }
.ra-doc-title { font-size: 1.1em; font-weight: 700; }
.ra-doc-note { margin-top: .3em; font-size: .85em; color: #3730a3; }
.ra-doc-head { border-bottom: 1px solid #e5e7eb; padding-bottom: .5em; margin-bottom: .6em; }
.ra-doc-text { white-space: pre-wrap; line-height: 1.6; font-size: .95em; }
mark.ra-hl { background: #fde68a; color: inherit; padding: 1px 0; border-radius: 2px; box-shadow: 0 0 0 2px #fde68a; }
mark.ra-hl-near, mark.ra-hl-doc { background: #e5e7eb; box-shadow: 0 0 0 2px #e5e7eb; }
.ra-doc-empty, .ra-docs-empty { color: #6b7280; font-style: italic; padding: 1em .2em; }
#ra-docs table.ra-docs { width: 100%; border-collapse: collapse; font-size: .88em; border: none; margin: 0; }
#ra-docs table.ra-docs th { text-align: left; color: #6b7280; font-weight: 600; border: none;
  border-bottom: 1px solid #e5e7eb; padding: 4px 6px; background: none; }
#ra-docs table.ra-docs td { border: none; border-bottom: 1px solid #f3f4f6; padding: 5px 6px; vertical-align: top; }
.ra-nowrap { white-space: nowrap; }
a.ra-doc-link { font-weight: 600; cursor: pointer; text-decoration: none; }
a.ra-doc-link:hover { text-decoration: underline; }
.ra-upload-ok { color: #166534; font-size: .9em; }
#ra-header h1 { margin-bottom: .1em; }
"""

# Installed once per page by the readout viewer: clicks on anything carrying
# an #ra-open/... link (markers, footnotes, nearest passages, document titles) ask the
# server for that readout with the span marked, then scroll the mark into view.
VIEWER_JS = r"""
window.__ra = { props: props, server: server, element: element };
const scrollToMark = () => {
  // scroll the viewer box (not the page) so the mark sits in its upper third
  const box = document.getElementById('ra-viewer') || element;
  const m = box.querySelector('mark.ra-hl');
  if (!m) { box.scrollTop = 0; return; }
  box.scrollTop = 0;  // keep the readout's title in sight when the mark fits below it
  const top = m.getBoundingClientRect().top - box.getBoundingClientRect().top;
  if (top + m.offsetHeight > box.clientHeight - 12) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
  box.scrollIntoView({ block: 'nearest' });
};
watch('value', () => requestAnimationFrame(scrollToMark));
if (!window.__raInstalled) {
  window.__raInstalled = true;
  document.addEventListener('click', async (ev) => {
    const target = ev.target instanceof Element ? ev.target : null;
    if (!target) return;
    const copy = target.closest('.ra-copy');
    if (copy) {
      ev.preventDefault();
      const msg = copy.closest('.ra-answer');
      const part = msg ? msg.querySelector('.ra-copyable') : null;
      const text = (part ? part.innerText : '').trim();
      try { await navigator.clipboard.writeText(text); copy.textContent = 'Copied'; }
      catch (e) { copy.textContent = 'Copy failed: select the text instead'; }
      setTimeout(() => { copy.textContent = 'Copy answer'; }, 1500);
      return;
    }
    const link = target.closest('a[href^="#ra-open/"]');
    if (!link) return;
    ev.preventDefault();
    ev.stopPropagation();
    const ra = window.__ra;
    document.querySelectorAll('.ra-active').forEach((e) => e.classList.remove('ra-active'));
    link.classList.add('ra-active');
    try {
      const html = await ra.server.open_readout(link.getAttribute('href'));
      ra.props.value = html;
      requestAnimationFrame(() => requestAnimationFrame(scrollToMark));
    } catch (e) {
      ra.props.value = '<div class="ra-error">Could not open that readout. Try again.</div>';
    }
  }, true);
}
"""


def build_app(asst, *, examples: list[str] | None = None):
    """The web chat as a ``gr.Blocks`` (not launched). Uses only ``asst``'s public API.

    ``examples`` overrides the example questions (by default drawn from the index).
    """
    lock = _ReadWriteLock()
    upload_dir = Path(asst.settings.index_dir) / "uploads"
    max_bytes = int(float(asst.settings.max_upload_mb) * 1_000_000)
    export_dir = Path(tempfile.mkdtemp(prefix="readout-chat-"))
    atexit.register(shutil.rmtree, export_dir, True)
    if examples is None:
        with lock.read():
            examples = example_questions(asst)

    # ------------------------------------------------------------------ handlers
    def open_readout(ref: str) -> str:
        """The viewer HTML for a ``#ra-open/...`` link: the whole readout, its span highlighted."""
        try:
            kind, start, end, marker, source = parse_ref(ref)
            with lock.read():
                r = asst.readout(source)
            if r is None:
                return f'<div class="ra-error">{esc(source)} is not indexed (any more). Ask again to refresh.</div>'
            if start < 0 or end < 0:
                return render_readout(r, kind=kind)
            return render_readout(r, start, end, marker, kind)
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            return f'<div class="ra-error">{esc(_friendly(exc))}</div>'

    def respond(question: str, turns: list[dict] | None):
        """Stream the answer to ``question`` into the chat, passing the conversation as history."""
        turns = list(turns or [])
        question = (question or "").strip()
        if not question:
            gr.Warning("Type a question about the readouts first.")
            yield render_turns(turns), turns, ""
            return
        history = history_from_turns(turns)
        turn = {"question": question, "answer": None, "partial": ""}
        turns.append(turn)
        yield render_turns(turns), turns, ""
        try:
            with lock.read():
                for piece in asst.stream(question, history=history):
                    if isinstance(piece, Answer):
                        turn = {**turn, "answer": piece.to_dict(), "partial": ""}
                    else:
                        turn = {**turn, "partial": turn["partial"] + piece}
                    turns[-1] = turn
                    yield render_turns(turns), turns, ""
            if turn["answer"] is None:
                raise AssistantError("The answer engine stopped without an answer. Try again.")
        except Exception as exc:  # noqa: BLE001 - the user sees one line, never a traceback
            turns[-1] = {**turn, "error": _friendly(exc)}
            yield render_turns(turns), turns, ""

    def export(turns: list[dict] | None):
        """Write the conversation as Markdown and hand it to the download button."""
        turns = [t for t in (turns or []) if t.get("answer") is not None or t.get("error")]
        if not turns:
            return gr.DownloadButton(value=None, interactive=False)
        path = export_dir / f"conversation-{time.strftime('%Y%m%d-%H%M%S')}.md"
        path.write_text(conversation_markdown(turns), encoding="utf-8")
        return gr.DownloadButton(value=str(path), interactive=True)

    def upload(files, progress=gr.Progress()):
        """Store uploads under index_dir/uploads and add them to the index; they are answerable at once."""
        files = [f for f in (files if isinstance(files, list) else [files]) if f]
        if not files:
            gr.Warning("Choose .txt, .md or .html readouts to upload.")
            return gr.skip(), gr.skip(), None, gr.skip()
        paths = [getattr(f, "path", None) or getattr(f, "name", None) or str(f) for f in files]
        try:
            message = add_files(paths, progress)
        except Exception as exc:  # noqa: BLE001
            msg = _friendly(exc)
            gr.Warning(msg)
            return f'<div class="ra-error">{esc(msg)}</div>', gr.skip(), None, gr.skip()
        gr.Info(message.split("\n")[0], duration=6)
        with lock.read():
            docs = asst.readouts()
        status = f'<div class="ra-upload-ok">{"<br>".join(esc(m) for m in message.split(chr(10)))}</div>'
        return status, render_documents(docs), None, gr.Accordion(label=_docs_label(len(docs)))

    def add_files(paths: list[str], progress=None) -> str:
        """Validate, store and index ``paths``; returns a short report (raises AssistantError if nothing was added)."""
        if progress is not None:
            progress(0.02, desc="Checking files")
        with lock.read():
            indexed = {d["source"] for d in asst.readouts()}
        stored, problems = store_uploads(paths, upload_dir, max_bytes, indexed)
        if not stored:
            raise IngestError("; ".join(problems) or "Nothing to upload.")

        def on_progress(stage: str, done: int, total: int) -> None:
            if progress is not None:
                progress((done, max(total, 1)), desc=stage.capitalize())

        try:
            with lock.write():
                report = asst.add([str(p) for p in stored], progress=on_progress)
        except Exception:
            for p in stored:  # nothing was indexed: keep no orphan copies (earlier uploads stay)
                if p.name not in indexed:
                    p.unlink(missing_ok=True)
            raise
        for s in report.skipped:
            if s.path not in indexed:
                (upload_dir / s.path).unlink(missing_ok=True)
        added = list(report.added) + list(report.changed)
        lines = []
        if added:
            lines.append(f"Indexed {len(added)} readout{'s' if len(added) != 1 else ''}: {', '.join(added)}. "
                         f"You can ask about {'it' if len(added) == 1 else 'them'} now.")
        elif report.unchanged:
            lines.append(f"Already indexed, unchanged: {', '.join(Path(p).name for p in stored)}.")
        lines += [f"Skipped {s.path}: {s.reason}" for s in report.skipped]
        lines += problems
        return "\n".join(lines)

    def api_ask(question: str, history: list | None = None) -> dict:
        """Answer ``question`` from the readouts; returns the answer and its citations as JSON.

        ``history`` (optional) is the conversation so far as role/content messages.
        """
        try:
            if history is not None and not (isinstance(history, list) and all(
                    isinstance(m, dict) and m.get("role") in {"user", "assistant"} and isinstance(m.get("content"), str)
                    for m in history)):
                raise AssistantError('history must be a list of {"role": "user"|"assistant", "content": str} messages.')
            with lock.read():
                return asst.ask(question, history=history or None).to_dict()
        except Exception as exc:  # noqa: BLE001
            raise gr.Error(_friendly(exc), print_exception=False) from None

    def pick_example(evt: gr.SelectData) -> str:
        value = evt.value
        return value.get("text", "") if isinstance(value, dict) else str(value or "")

    def new_conversation():
        return [], [], gr.DownloadButton(value=None, interactive=False), VIEWER_EMPTY

    # ------------------------------------------------------------------ layout
    info = asst.info()
    with gr.Blocks(title="Readout assistant", fill_width=True) as demo:
        gr.HTML(f"<style>{CSS}</style>", padding=False, js_on_load=None)
        gr.Markdown(
            "# Readout assistant\n"
            "Ask about the indexed diplomatic meeting readouts. Answers **quote the readouts** and cite them; "
            "click a marker such as **[1]** to read the quoted words in their readout.",
            elem_id="ra-header",
        )
        turns_state = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    value=[], label="Conversation", elem_id="ra-chat", height=640, buttons=[],
                    latex_delimiters=[], feedback_options=None, sanitize_html=True, render_markdown=True,
                    examples=[{"text": q} for q in examples] or None,
                    placeholder=("**Ask about the readouts.** Every answer quotes the readout it comes from; "
                                 "when the readouts don't say, the assistant says so."),
                )
                with gr.Row():
                    question = gr.Textbox(placeholder="e.g. What did the ministers agree on security?",
                                          show_label=False, scale=6, elem_id="ra-question", autofocus=True,
                                          max_length=2000, submit_btn=False)
                    ask_btn = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ra-ask")
                with gr.Row():
                    new_btn = gr.Button("New conversation", size="sm", variant="secondary")
                    export_btn = gr.DownloadButton("Export conversation (.md)", size="sm", interactive=False,
                                                   elem_id="ra-export")
            with gr.Column(scale=2, min_width=340):
                viewer = gr.HTML(VIEWER_EMPTY, label="Readout", show_label=False, container=True, elem_id="ra-viewer",
                                 js_on_load=VIEWER_JS, server_functions=[open_readout], apply_default_css=True)
                with gr.Accordion(_docs_label(info.get("readouts", 0)), open=True) as docs_box:
                    with lock.read():
                        docs_html = gr.HTML(render_documents(asst.readouts()), elem_id="ra-docs", js_on_load=None,
                                            apply_default_css=False)
                    uploads = gr.File(label=f"Add readouts (.txt, .md, .html; up to {asst.settings.max_upload_mb:g} MB each)",
                                      file_count="multiple", file_types=list(UPLOAD_TYPES), elem_id="ra-upload",
                                      height=110)
                    upload_status = gr.HTML("", elem_id="ra-upload-status", js_on_load=None)
        gr.Markdown(
            f"<small>Embedding model {esc(info.get('model'))} · answers quote the readouts verbatim · "
            f"API: <code>Client(url).predict(question, api_name=\"/ask\")</code></small>"
        )

        # ------------------------------------------------------------------ events
        submit = dict(fn=respond, inputs=[question, turns_state], outputs=[chatbot, turns_state, question],
                      show_progress="minimal", concurrency_limit=4, concurrency_id="answer", api_visibility="private")
        question.submit(**submit).then(export, turns_state, export_btn, api_visibility="private")
        ask_btn.click(**submit).then(export, turns_state, export_btn, api_visibility="private")
        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            **submit).then(export, turns_state, export_btn, api_visibility="private")
        new_btn.click(new_conversation, None, [chatbot, turns_state, export_btn, viewer], api_visibility="private")
        # the chat's own trash button clears the display; forget the conversation with it
        chatbot.clear(lambda: ([], gr.DownloadButton(value=None, interactive=False)), None, [turns_state, export_btn],
                      api_visibility="private")
        uploads.upload(upload, uploads, [upload_status, docs_html, uploads, docs_box], concurrency_limit=1,
                       concurrency_id="index", api_visibility="private", show_progress="full",
                       show_progress_on=[upload_status])
        gr.api(api_ask, api_name="ask", concurrency_limit=4, concurrency_id="answer")

    demo.queue(default_concurrency_limit=2, max_size=64)
    # exposed for tests and embedding: the handlers behind the events
    demo.readout_handlers = {"respond": respond, "export": export, "add_files": add_files, "upload": upload, "ask": api_ask,
                             "open_readout": open_readout}
    return demo


def launch_options(asst) -> dict:
    """Keyword arguments for ``Blocks.launch``: the upload limit, and a theme using the system's fonts."""
    theme = gr.themes.Default(primary_hue="indigo", font=("ui-sans-serif", "system-ui", "sans-serif"),
                              font_mono=("ui-monospace", "monospace"))
    return {"max_file_size": int(float(asst.settings.max_upload_mb) * 1_000_000), "show_error": False,
            "theme": theme}


def _auth_pair(auth: str | None):
    if not auth:
        return None
    user, _, password = auth.partition(":")
    if not user or not password:
        raise AssistantError("auth must look like USER:PASS (ASSISTANT_AUTH or --auth).")
    return (user, password)


def launch(asst, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None, share: bool = False,
           *, block: bool = True, quiet: bool = False):
    """Serve the web chat at http://host:port; returns the ``gr.Blocks`` (at once when ``block`` is False).

    ``auth`` is ``USER:PASS``; share links stay off unless ``share`` is True.
    The model and index are loaded here, once, before the first request.
    """
    demo = build_app(asst)  # asks the example questions, which loads the model before the first request
    demo.launch(server_name=host, server_port=port, auth=_auth_pair(auth), share=bool(share),
                prevent_thread_lock=not block, quiet=quiet, inbrowser=False, footer_links=["api"],
                **launch_options(asst))
    return demo
