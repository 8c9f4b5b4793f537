"""The question without what people type around it.

"Hi! What did Blinken and Lavrov discuss in January 2022? Thanks in advance." asks what "What did Blinken
and Lavrov discuss in January 2022?" asks. Read whole, the greeting and the thanks become parts of the
question ("Thanks." asks what was thanked for), "Hi" a name, and the opening "When ..." that says which
meeting is no longer the question's first word. So before anything reads the question, it is cut into
sentences (at end marks, line breaks, colons and dashes), and the sentences at its start and its end that
are asides rather than the question are dropped:

- a sentence that speaks of the writer or the assistant ("I'm a student writing a thesis on ...", "Could you
  go through the records for me?") and asks nothing of the readouts (no question word; one that ends with
  "?" names nothing either);
- a sentence that neither asks (ends with "?", opens with a question word or "did", "can" ...) nor names
  anything (no capitalised word after its first, no figure): "Asking for a class presentation.";
- a sign-off name after a closing ("Kind regards,\\nMarta").

Then the pieces at its ends (cut also at commas and brackets) made only of ``FRAMING_WORDS`` -- greetings,
thanks, fillers, "Q:", "According to the readouts", "Please cite the readout" -- are dropped, and so is an
opening clause before a question word that speaks of the writer or the assistant ("As I'm new to this,
what ..."). A piece with a figure or any other word is kept, and so is everything between the first and
the last piece kept. Runs of spaces become one, repeated end marks ("??", "?!") one, a question typed
without one gets its "?", and what is left starts with a capital. If nothing would be left the question
is only made one line.
"""

from __future__ import annotations

import re

from ..text.lexicon import QUESTION_WORDS
from ..text.question_words import ADDRESS_WORDS, ASKING_OPENERS, FRAMING_WORDS, WH_WORDS
from ..text.tokenize import fold

# sentences: after an end mark, at a line break, after a colon, around a dash (separators at odd indices)
_SENTENCES = re.compile(r"((?<=[.!?\u2026])\s+|\s*\n\s*|(?<=:)\s+|\s+[-\u2013\u2014]+\s+)")
# pieces: sentence ends, "...", a colon or dash, a comma, brackets, line breaks
_PIECES = re.compile(r"(\.{2,}|\u2026|[.!?]+(?=\s|$)|:(?=\s|$)|\s[-\u2013\u2014]+\s|[,;()\[\]]|\n)")
_TOKEN = re.compile(r"[a-z]+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_END = re.compile(r"[.!?\u2026]+$")
# lower-case words before the first capitalised one ("hiya What did ...")
_LEAD = re.compile(r"^((?:[a-z][\w'\u2019]*\s+)+)([A-Z][a-z]*)\b")
# a bracketed remark before or after the question ("[Research query]", "(Only the readouts, please.)")
_BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*(?=\S)|(?<=[?.!])\s*[(\[][^()\[\]]*[)\]][.!\s]*$")
# "where possible", "if you can": courtesies, not questions
_IF_POSSIBLE = re.compile(
    r"\b(?:where|when|if|as)\s+(?:possible|applicable|available|needed|relevant|you can|u can)\b", re.I
)
# an opening clause ("As I'm new to this, but what did ...")
_CLAUSE = re.compile(r"^([^,]+),\s+(?:(?:but|so|then)\s+)?")


def _framing(piece: str) -> bool:
    """A piece made only of words people wrap around a question, with no digit ("US" is a country here)."""
    if "US" in _WORD.findall(piece):
        return False
    tokens = _TOKEN.findall(fold(piece).lower())
    return bool(tokens) and not any(c.isdigit() for c in piece) and all(t in FRAMING_WORDS for t in tokens)


def _names_something(text: str) -> bool:
    """A figure, or a capitalised word after the first ("I" aside)."""
    return any(c.isdigit() for c in text) or any(t[0].isupper() and t != "I" for t in _WORD.findall(text)[1:])


def _aside(sentence: str, whole: bool = True) -> bool:
    """A sentence around the question rather than in it (see the module's doc). A piece cut off by a colon or
    a dash (not ``whole``) must speak of the writer or the assistant ("And on trade - how much ...")."""
    low = [fold(t).lower() for t in _WORD.findall(_IF_POSSIBLE.sub(" ", sentence))]
    if all(t in FRAMING_WORDS for t in low) and not any(c.isdigit() for c in sentence):
        return True
    if not low or set(low) & WH_WORDS:
        return False
    speaks_of_us = bool(set(low) & ADDRESS_WORDS)
    opener = low[1] if len(low) > 1 and low[0] in ("please", "kindly") else low[0]
    if sentence.rstrip().endswith("?") or opener in ASKING_OPENERS:
        return speaks_of_us and "you" in low and not _names_something(sentence)
    if speaks_of_us and low[0] in ("i", "my"):  # "I'm writing a thesis on post-Cold War diplomacy."
        return True
    return (speaks_of_us or whole) and not _names_something(sentence)


def _whole(separator: str) -> bool:
    """A sentence end or a line break, not a colon or a dash."""
    return not separator.strip() or separator.strip() == "\n"


def _sign_off(sentence: str) -> bool:
    """A name alone on the last line ("Marta", "J. Smith")."""
    words = sentence.split()
    return 0 < len(words) <= 3 and all(w[0].isupper() for w in words) and not sentence.rstrip().endswith("?")


def _sentences_kept(flat: str) -> str:
    """``flat`` without the asides at its start and its end; as it was when all of it is asides."""
    flat = _BRACKETED.sub(lambda m: m.group(0) if _names_something(m.group(0)) else "", flat).strip()
    parts = _SENTENCES.split(flat)
    first, last = 0, len(parts) - 1
    if last >= 2 and _sign_off(parts[last]) and parts[last - 2].rstrip().endswith(","):
        last -= 2  # "Kind regards,\nMarta": the closing before it is an aside too
    while first < last and _aside(parts[first], _whole(parts[first + 1])):
        first += 2
    while last > first and _aside(parts[last], _whole(parts[last - 1])):
        last -= 2
    return flat if _aside(parts[first]) and first == last else "".join(parts[first : last + 1])


def _end_mark(marks: str) -> str:
    """One end mark for a run of them; "U.S.?" keeps its abbreviation's point."""
    if "?" in marks:
        return ".?" if marks.startswith(".?") else "?"
    return marks[0] if marks in (".", "!") or marks[0] == "!" else "?"


def _pieces_kept(flat: str) -> str | None:
    """``flat`` without the pieces made only of framing words at its ends, with the question's own closing
    brackets and end mark; None when every piece is framing."""
    pieces = _PIECES.split(flat)
    kept = [k for k in range(0, len(pieces), 2) if pieces[k].strip() and not _framing(pieces[k])]
    if not kept:
        return None
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
    head = body.split(maxsplit=2)
    if first and len(head) > 2 and head[0].lower() in ("but", "so", "then"):
        body = body.split(maxsplit=1)[1]  # "Sorry if this is basic, but what ...": the "but" went with it
    return body


def _without_opening(body: str) -> str:
    """``body`` without framing words run into it ("hiya What did") or an opening clause that speaks of the
    writer or the assistant before its question word ("As I'm new to this, what did")."""
    lead = _LEAD.match(body[0].lower() + body[1:])
    if lead and _framing(lead.group(1)) and not set(lead.group(1).split()) & WH_WORDS:
        if lead.group(2).lower() in QUESTION_WORDS | ASKING_OPENERS:  # not "in" before "May 2022"
            return body[lead.start(2) :]
    clause = _CLAUSE.match(body)
    if clause and clause.end() < len(body):
        opening = clause.group(1)
        speaks_of_us = {fold(t).lower() for t in _WORD.findall(opening)} & ADDRESS_WORDS
        if (speaks_of_us and not _names_something(opening)) or _framing(opening):
            return body[clause.end() :]
    return body


def plain_question(text: str) -> str:
    """``text`` as one line, without what is typed around the question, with one end mark (see the
    module's doc)."""
    flat = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if not flat:
        return " ".join(text.split())
    body = _pieces_kept(_sentences_kept(flat))
    body = _without_opening(body) if body else body
    if not body:
        return " ".join(text.split())
    marks = _END.search(body)
    body = body[: marks.start()].rstrip() + _end_mark(marks.group(0)) if marks else body + "?"
    return body[0].upper() + body[1:] if body[0].islower() else body


def reads_as_typed(typed: str, read: str) -> bool:
    """Whether ``read`` is ``typed`` but for spaces, the end mark and the first letter's case."""

    def bare(text: str) -> str:
        text = " ".join(text.split()).rstrip(" ?.!\u2026")
        return text[:1].lower() + text[1:]

    return bare(typed) == bare(read)
