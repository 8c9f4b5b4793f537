"""Writing an answer: quotes grouped by readout under a one-line header, markers in order, missing parts said.

Pure functions. The text of an answer looks like::

    Blinken – Hayashi meeting · February 11, 2022
    “The two ministers agreed to ...” [1] “They also ...” [2]
    Not in the readouts: the readout of Blinken – Hayashi meeting · February 11, 2022 gives no figure for ...

and every ``[n]`` indexes ``Answer.citations`` (exact spans, each with the
statement kind and actor of its sentence).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ..records import Answer, Citation, Meeting, Passage, Sentence

ABSTAIN_TEXT = "The readouts don't say."
NOT_IN = "Not in the readouts:"
#: the line break between a title and the date line under it, quoted as one span: " · " on the answer's line
_ONE_LINE = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Quote:
    """A sentence to quote, with what its citation carries."""

    sentence: Sentence
    title: str
    date: str | None
    score: float = 0.0
    kind: str | None = None
    actor: str | None = None
    lead: str = ""  # words before the quote: "May 23, 2022:" or "(discussed)"
    page: int | None = None


@dataclass(frozen=True)
class Group:
    """The quotes of one readout under its header line."""

    header: str
    quotes: tuple[Quote, ...]


def long_date(d: datetime.date | None) -> str:
    """ "May 23, 2022" (no leading zero)."""
    return f"{d.strftime('%B')} {d.day}, {d.year}" if d else ""


def short_title(title: str, limit: int = 120) -> str:
    """A readout title for a header: "Readout of" dropped, cut at a word past ``limit`` characters (nine in ten
    of the shared readouts' titles are shorter: a "which meeting" answer names the whole meeting)."""
    t = " ".join(title.split())
    t = re.sub(r"^(?:readout of|readout:)\s+(?:the\s+)?", "", t, flags=re.I) or t
    t = t.split(" · ")[0] if " · " in t else t
    if len(t) > limit:
        t = t[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
    return t[:1].upper() + t[1:]


#: the words that date a meeting only roughly ("spoke ... last week"): the day its record works out is not exact
ROUGH_DAY = re.compile(r"last week|earlier this week", re.I)


def header(meeting: Meeting | None, title: str) -> str:
    """ "Short title · May 23, 2022" (or the date's own words when the year is unknown)."""
    when = long_date(meeting.date) if meeting and meeting.date else (meeting.date_text if meeting else None)
    if when and not re.search(r"\d", when):
        when = None  # "today" without a publication date tells nothing
    rough = (meeting.date_text or "").strip() if meeting else ""
    if when and ROUGH_DAY.fullmatch(rough):
        when = f'about {when} ("{rough}")'  # a day worked out from "last week": rough
    return f"{short_title(title)} · {when}" if when else short_title(title)


def compose(
    question: str,
    groups: list[Group],
    *,
    intro: list[str] | None = None,
    missing: list[str] | None = None,
    passages: tuple[Passage, ...] = (),
    abstained: bool = False,
    context_note: str | None = None,
    analysis: dict | None = None,
) -> Answer:
    """An Answer from grouped quotes: markers numbered in text order, one citation per quoted span, each span's
    words written once (a sentence quoted again is its label and marker, or nothing when it has no label; a group
    with nothing new to write is left out, header and all).

    ``abstained`` with quotes means they are context ("what the readouts do record"), introduced by
    ``context_note``; ``missing`` lines name the parts the readouts do not answer.
    """
    lines: list[str] = list(intro or [])
    if abstained and not groups:
        lines.insert(0, ABSTAIN_TEXT)
    if context_note and groups:
        lines.append(context_note)
    citations: list[Citation] = []
    marker_of: dict[tuple[str, int, int], int] = {}
    for g in groups:
        pieces: list[str] = []
        for q in g.quotes:
            s = q.sentence
            key = (s.source, s.start, s.end)
            if key in marker_of:  # quoted already ("4 named ..." then who they were): its marker, not the words again
                if q.lead:
                    pieces.append(f"{q.lead.rstrip(':')} [{marker_of[key]}]")
                continue
            marker_of[key] = len(citations) + 1
            citations.append(_citation(q, marker_of[key]))
            lead = f"{q.lead} " if q.lead else ""
            shown = _ONE_LINE.sub(" \u00b7 ", s.text) if s.start == 0 and "\nDate:" in s.text else s.text  # (a title
            # and the date line under it, quoted together: on the answer's one line)
            pieces.append(f"{lead}\u201c{shown}\u201d [{marker_of[key]}]")
        if pieces or not g.quotes:
            lines += [g.header, " ".join(pieces)]
    for m in missing or []:
        lines.append(f"{NOT_IN} {m}" if not m.startswith(("No indexed", "The readouts don't", NOT_IN)) else m)
    return Answer(
        question=question,
        text="\n".join(lines),
        citations=tuple(citations),
        abstained=abstained,
        passages=passages,
        missing=tuple(missing or ()),
        analysis=dict(analysis or {}),
    )


def _citation(q: Quote, marker: int) -> Citation:
    """The citation of a quote under its marker."""
    s = q.sentence
    return Citation(
        marker, s.source, s.text, s.start, s.end, q.title, q.date, round(q.score, 4), q.page, q.kind, q.actor
    )


def join_words(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [i for i in items if i]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def cited_first(groups: list[Group], passages) -> tuple[Passage, ...]:
    """What retrieval returned, with the passages (here: the quoted sentences) of the cited readouts first."""
    seen = set()
    out = []
    for g in groups:
        for q in g.quotes[:1]:
            s = q.sentence
            if s.source not in seen:
                seen.add(s.source)
                out.append(Passage(s.source, s.start, s.end, s.text, q.title, q.date, q.score, (s,)))
    rest = [p for p in passages if p.source not in seen]
    return tuple(out + rest)
