"""The question without what people type around it.

"Hi! What did Blinken and Lavrov discuss in January 2022? Thanks in advance." asks what "What did Blinken
and Lavrov discuss in January 2022?" asks. Read whole, the greeting and the thanks become parts of the
question ("Thanks." asks what was thanked for), "Hi" a name, and the opening "When ..." that says which
meeting is no longer the question's first word. So before anything reads the question:

- runs of spaces and line breaks become one space;
- pieces at its start or its end (cut at sentence ends, colons, commas, dashes, brackets and line breaks)
  made only of ``FRAMING_WORDS`` -- greetings, thanks, fillers, "Q:", "According to the readouts",
  "Please cite the readout" -- are dropped; a piece with a digit, or any other word, is kept, and so is
  everything between the first and the last piece kept;
- framing words run into the question without a mark ("Hiya What did ...") are dropped up to its first
  capital, when that word asks ("What", "Did", "In");
- repeated end marks ("??", "?!") become one, and a question typed without one gets its "?".

What is left starts with a capital. If nothing would be left the question is only made one line.
"""

from __future__ import annotations

import re

from ..text.lexicon import (
    QUESTION_WORDS,
)
from ..text.question_words import (
    FRAMING_WORDS,
)
from ..text.tokenize import fold

# the places a question is cut into pieces: sentence ends, "...", a colon or dash, a comma, brackets,
# line breaks (separators are kept by the split, at odd indices)
_PIECES = re.compile(r"(\.{2,}|\u2026|[.!?]+(?=\s|$)|:(?=\s|$)|\s[-\u2013\u2014]+\s|[,;()\[\]]|\n)")
_TOKEN = re.compile(r"[a-z]+")
_END = re.compile(r"[.!?\u2026]+$")
# lower-case words before the first capitalised one ("hiya What did ...")
_LEAD = re.compile(r"^((?:[a-z][\w'\u2019]*\s+)+)([A-Z][a-z]*)\b")


def _framing(piece: str) -> bool:
    """A piece made only of words people wrap around a question, with no digit."""
    tokens = _TOKEN.findall(fold(piece).lower())
    return bool(tokens) and not any(c.isdigit() for c in piece) and all(t in FRAMING_WORDS for t in tokens)


def _end_mark(marks: str) -> str:
    """One end mark for a run of them; "U.S.?" keeps its abbreviation's point."""
    if "?" in marks:
        return ".?" if marks.startswith(".?") else "?"
    return marks[0] if marks in (".", "!") or marks[0] == "!" else "?"


def plain_question(text: str) -> str:
    """``text`` as one line, without framing at its ends, with one end mark (see the module's doc)."""
    flat = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    pieces = _PIECES.split(flat)
    kept = [k for k in range(0, len(pieces), 2) if pieces[k].strip() and not _framing(pieces[k])]
    if not kept:
        return " ".join(text.split())
    first, last = kept[0], kept[-1]
    body = "".join(pieces[first : last + 1])
    for k in range(last + 1, len(pieces), 2):  # its closing brackets and its own end mark, not the closing's
        mark = pieces[k].strip()
        if mark in (")", "]") and body.count("(" if mark == ")" else "[") > body.count(mark):
            body += mark
        elif mark and mark[0] in ".!?\u2026":
            body += mark
            break
        if mark not in (")", "]") or (k + 1 < len(pieces) and pieces[k + 1].strip()):
            break
    body = " ".join(body.split()).strip(" ,;:-\u2013\u2014")
    lead = _LEAD.match(body[0].lower() + body[1:])
    if lead and lead.group(2).lower() in QUESTION_WORDS and _framing(lead.group(1)):
        body = body[lead.start(2) :]
    marks = _END.search(body)
    body = body[: marks.start()].rstrip() + _end_mark(marks.group(0)) if marks else body + "?"
    return body[0].upper() + body[1:] if body[0].islower() else body


def reads_as_typed(typed: str, read: str) -> bool:
    """Whether ``read`` is ``typed`` but for spaces, the end mark and the first letter's case."""

    def bare(text: str) -> str:
        text = " ".join(text.split()).rstrip(" ?.!\u2026")
        return text[:1].lower() + text[1:]

    return bare(typed) == bare(read)
