"""The question without what people type around it.

"Hi! What did Blinken and Lavrov discuss in January 2022? Thanks in advance." asks what "What did Blinken
and Lavrov discuss in January 2022?" asks. Read whole, the greeting and the thanks become parts of the
question ("Thanks." asks what was thanked for), "Hi" a name, and the opening "When ..." that says which
meeting is no longer the question's first word. So before anything reads the question, it is cut into
sentences (at end marks and line breaks; colons and dashes cut too, more cautiously), and sentences at its
start and its end are set aside when they are:

- made only of words that wrap questions, one of them a greeting, a thanks, a filler, "Q", "readouts",
  "cite", ... (``FRAMING_SIGNALS``): "Hi!", "Thanks in advance.", "Please cite the readout.";
- a request to the assistant that names nothing ("Could you go through the records for me?");
- a remark in brackets with such a word and no name ("(only the readouts, please)"), or a sign-off name
  after a closing ("Kind regards,\\nMarta");
- a sentence that speaks of the writer or the assistant, or that neither asks nor names anything, with
  at most one word that is no framing or function word ("I'm a journalist on deadline.");
- such a sentence with more words of its own ("I'm preparing a class handout on arms control.") only
  when what is left stands alone (it names something, or says enough in its own words): beside "Did
  they?" it may be the context ("I heard they signed a deal on energy. Did they?");
- who is asking, in a word ("Lawyer here, checking how the official text words things."), or where the
  answer is to come from ("With reference to the communiqués issued after the talks:"), naming nothing;
- after the question, a sentence that names nothing, asks nothing and does not speak of the writer
  ("Asking for a class presentation tomorrow."). A question word asks at a sentence's start or after the
  writer ("I want to know what ..."), not inside a remark ("checking how the text words things").

A sentence that names something, has a question word, or narrows the question after it ("Just on trade.",
"I also want the date.") is kept. Then pieces at the ends (cut also at commas and brackets) made only of
such words are dropped ("According to the readouts,", "..., thanks!", a closing typed without a mark:
"... in May 2021 Cheers"), and so is an opening clause that speaks to the assistant or says where the answer
is to come from and names nothing ("Since you have the archive, what ...", "Based strictly on what was
released afterward, what ..."). Everything between
the first and the last piece kept stays. Runs of spaces become one, repeated end marks ("??", "?!") one, a
question typed without one gets its "?", and what is left starts with a capital. If nothing would be left
the question is only made one line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..text.framing_words import (
    ADDING_WORDS,
    ADDRESS_WORDS,
    ASKING_OPENERS,
    AUXILIARY_OPENERS,
    FRAMING_SIGNALS,
    FRAMING_WORDS,
    IF_POSSIBLE,
    LEFT_CONJUNCTIONS,
    NARROWING_WORDS,
    POLITE_OPENERS,
    REQUEST_OPENERS,
    RESTRICTING_WORDS,
    SOURCE_WORDS,
)
from ..text.lexicon import PRONOUNS, QUESTION_WORDS, STOPWORDS
from ..text.question_words import WH_WORDS
from ..text.tokenize import fold, neighbour_swaps

# not after an abbreviation's point ("U.S. officials", "D.C. earlier")
_NOT_ABBREVIATION = r"(?<!\b[A-Z]\.)(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\bvs\.)"  # ("U.S.", "i.e.", "e.g.": no end)
# sentences: after an end mark, at a line break, at a colon, around a dash (separators at odd indices)
_DASH = r"(?:[-\u2013\u2014]+|->|=>|\u2192|\u00bb)"
_SENTENCES = re.compile(rf"({_NOT_ABBREVIATION}(?<=[.!?\u2026])\s+|\s*\n\s*|:\s+|\s+{_DASH}\s+)")
# pieces: sentence ends, "...", a colon or dash, a comma, brackets, line breaks
_PIECES = re.compile(rf"(\.{{2,}}|\u2026|(?<!\b[A-Z])[.!?]+(?=\s|$)|:(?=\s|$)|\s{_DASH}\s|[,;()\[\]]|\n)")
_TOKEN = re.compile(r"[a-z]+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_END = re.compile(r"[.!?\u2026]+$")
# lower-case words before the first capitalised one ("hiya What did ...")
_LEAD = re.compile(r"^((?:[a-z][\w'\u2019]*\s+)+)([A-Z][a-z]*)\b")
# a bracketed remark before or after the question
_BRACKETED = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*(?=\S)|(?<=[?.!])\s*[(\[][^()\[\]]*[)\]][.!\s]*$")
_IF_POSSIBLE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in IF_POSSIBLE) + r")\b", re.I)
# an opening clause ("As you have the archive, but what did ...")
_CLAUSE = re.compile(r"^([^,]+),\s+(?:(?:" + "|".join(sorted(LEFT_CONJUNCTIONS)) + r")\s+)?", re.I)
# a line's quote marks, bullet or number ("> ", "- ", "1) ", "Q2: "), emphasis marks, a quoted question
_LINE_MARKS = re.compile(r"^\s*(?:>+\s*|[-*\u2022]\s+|\(?\d{1,2}[.)]\s+|#\d+\s+|Q\d+[:.)]\s*)+")
_EMPHASIS = re.compile(r"\*\*|__")
_QUOTED = re.compile(r"^\s*[\"\u201c]([^\"\u201c\u201d]+\?)[\"\u201d]", re.M)
_SET_ASIDE, _ASIDE_BESIDE_NAMES, _KEPT = 2, 1, 0
_SIGNALS = FRAMING_SIGNALS | ADDRESS_WORDS
_QUESTION_OPENERS = QUESTION_WORDS | ASKING_OPENERS


def _low_words(text: str) -> list[str]:
    """The words of ``text``, lower-cased and accent-folded."""
    return [fold(t) for t in _WORD.findall(text)]


def _framing(piece: str) -> bool:
    """A piece made only of words that wrap a question, one of them a signal (a greeting, "readouts", "I",
    "you" ...), with no figure ("US" is a country here)."""
    if "US" in _WORD.findall(piece) or any(c.isdigit() for c in piece):
        return False
    tokens = _TOKEN.findall(re.sub(r"(?<=[a-z])-(?=[a-z])", "", fold(_IF_POSSIBLE.sub(" ", piece))))
    tokens = [_as_typed_for(t) for t in tokens]
    return bool(tokens) and all(t in FRAMING_WORDS for t in tokens) and any(t in _SIGNALS for t in tokens)


@functools.lru_cache(maxsize=4096)
def _as_typed_for(token: str) -> str:
    """The framing word ``token`` was typed for, two neighbouring letters swapped ("qucik", "thnaks"), or
    ``token`` itself; only for words of five letters or more, so no short word becomes another."""
    if token in FRAMING_WORDS or len(token) < 5:
        return token
    return next((w for w in neighbour_swaps(token) if w in FRAMING_WORDS), token)


def _names_something(text: str, figures: bool = True) -> bool:
    """A figure, or a capitalised word ("I" aside) after the first; or a word alone that is no framing word
    ("Meloni", "Trade", not "Thanks")."""
    words = _WORD.findall(text)
    if len(words) == 1 and words[0][0].isupper() and fold(words[0]) not in FRAMING_WORDS:
        return True
    return (figures and any(c.isdigit() for c in text)) or any(t[0].isupper() and t != "I" for t in words[1:])


#: who is asking, in a word: "Lawyer here, checking ...", "Journalist here."
_WHO_IS_ASKING = re.compile(r"^\s*(?:[A-Za-z\-]+\s+){0,2}[A-Za-z\-]+\s+here\b\s*(?:[,.;:!\-\u2013\u2014]|$)", re.I)


def _aside(sentence: str, whole: bool, after: bool) -> int:
    """How surely a sentence before (or ``after``) the question is an aside (see the module's doc). One cut
    off by a colon or a dash (not ``whole``) is set aside only when it speaks of the writer or the assistant
    ("And on trade - how much ...", "Trade: what did they agree?")."""
    low = _low_words(_IF_POSSIBLE.sub(" ", sentence))
    if not low:
        return _KEPT
    if _framing(sentence) or _sourcing(sentence) or (_WHO_IS_ASKING.match(sentence) and not _names_something(sentence)):
        return _SET_ASIDE
    speaks_of_us = bool(set(low) & ADDRESS_WORDS)
    # a question word asks at a sentence's start, or after the writer ("I want to know what ..."), not in the
    # middle of a remark ("Lawyer here, checking how the official text words things."); "whether" asks wherever
    # it stands ("Interested in whether fentanyl came up.")
    asks = bool(set(low if speaks_of_us or sentence.rstrip().endswith("?") else low[:2]) & WH_WORDS) or (
        "whether" in low
    )
    if asks or (after and (low[0] in RESTRICTING_WORDS or set(low) & (ADDING_WORDS | NARROWING_WORDS))):
        return _KEPT
    opener = low[1] if len(low) > 1 and low[0] in POLITE_OPENERS else low[0]
    if sentence.rstrip().endswith("?") or opener in REQUEST_OPENERS:  # "Would love a pointer." asks nothing
        asks_assistant = speaks_of_us and "you" in low and not _names_something(sentence)
        return _SET_ASIDE if asks_assistant else _KEPT
    if after and whole and not speaks_of_us and not _names_something(sentence):
        return _SET_ASIDE  # after the question, naming nothing: "Asking for a class presentation tomorrow."
    # who the writer is ("I'm a grad student ...") or what they work on ("doing some research for a uni essay on
    # arms control"; not "They agreed on a project to ...") says which meeting when it names one ("I'm writing a
    # report on the Biden-Kishida meeting of January 2022."), may be what a pronoun stands for when it names
    # anything ("a report on NATO. Did they discuss it?"), and is an aside otherwise
    about_writer = _IDENTITY.match(sentence) and whole
    if _PROJECT.search(sentence) and not sentence.rstrip().endswith("?"):
        about_writer = about_writer or bool(
            set(low) & (ADDRESS_WORDS | {"we", "our", "us"})
            or {"doing", "working", "writing", "researching"} & set(low[:2])
        )
    if about_writer:
        if _SAYS_WHICH_MEETING.search(sentence):
            return _KEPT
        return _ASIDE_BESIDE_NAMES if _names_something(sentence) else _SET_ASIDE
    if _names_something(sentence) or not (speaks_of_us or whole):
        return _KEPT
    # "I'm a journalist on deadline and need to confirm something.": at most one word of its own
    said = set(low) - FRAMING_WORDS - STOPWORDS - PRONOUNS
    return _SET_ASIDE if len(said) <= 1 else _ASIDE_BESIDE_NAMES


def _stands_alone(question: str) -> bool:
    """A question that needs no sentence before it: it names something, or says enough in its own words
    (four words that are not function or question words), unlike "Did they?" or "What did they agree?"."""
    own = set(_low_words(question)) - STOPWORDS - QUESTION_WORDS - PRONOUNS
    return _names_something(question) or len(own) >= 4


def _label(lead: str, separator: str, rest: str) -> bool:
    """A label before a colon or a dash, naming nothing, before a whole question that stands alone ("Quick
    one between meetings: What did ...?"); not a topic ("Regarding the sanctions: What ...", "Trade: ...")."""
    words = _low_words(lead)
    first_of_rest = _WORD.findall(rest)[:1]
    return (
        bool(separator.strip())
        and bool(words)
        and words[0] not in RESTRICTING_WORDS
        and not _names_something(lead, figures=False)
        and bool(first_of_rest)
        and first_of_rest[0][0].isupper()
        and first_of_rest[0].lower() in _QUESTION_OPENERS
        and _stands_alone(rest)
    )


def _sign_off(parts: list[str]) -> bool:
    """A name alone on the last line after a closing ("Kind regards,\\nMarta")."""
    words = parts[-1].split()
    name = 0 < len(words) <= 3 and all(w[0].isupper() for w in words) and not parts[-1].rstrip().endswith("?")
    return name and len(parts) > 2 and parts[-3].rstrip().endswith(",") and _framing(parts[-3])


def _remark(match: re.Match) -> str:
    """A bracketed remark, dropped when it only wraps the question ("(only the readouts, please)")."""
    wraps = _SIGNALS.intersection(_low_words(match.group(0))) and not _names_something(match.group(0))
    return "" if wraps else match.group(0)


def _sentences_kept(flat: str) -> str:
    """``flat`` without the asides at its start and its end; as it was when all of it is asides."""
    parts = _SENTENCES.split(_BRACKETED.sub(_remark, flat).strip())
    end = len(parts) - 1
    if _sign_off(parts):
        end -= 2

    def trim(accept: Callable[[int], bool]) -> tuple[int, int]:
        first, last = 0, end
        while first < last and accept(_aside(parts[first], not parts[first + 1].strip(), False)):
            first += 2
        while last > first and accept(_aside(parts[last], not parts[last - 1].strip(), True)):
            last -= 2
        return first, last

    first, last = trim(lambda kind: kind >= _ASIDE_BESIDE_NAMES)
    if not _stands_alone("".join(parts[first : last + 1])):  # beside "Did they?" it may be the context
        first, last = trim(lambda kind: kind == _SET_ASIDE)
    if first < last and _label(parts[first], parts[first + 1], "".join(parts[first + 2 : last + 1])):
        first += 2
    if first == last and _aside(parts[first], True, False) == _SET_ASIDE:
        return flat
    return "".join(parts[first : last + 1])


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
    body = "".join(pieces[first - 1 if first and pieces[first - 1] in ("(", "[") else first : last + 1])
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
    if first and len(head) > 2 and head[0].lower() in LEFT_CONJUNCTIONS:
        body = body.split(maxsplit=1)[1]  # "Sorry if this is basic, but what ...": the "but" went with it
    return body


def _without_opening(body: str) -> str:
    """``body`` without framing words run into it ("hiya What did") or an opening clause that speaks to the
    assistant and names nothing ("Since you have the archive, what did")."""
    lead = _LEAD.match(body[0].lower() + body[1:])
    if lead and _framing(lead.group(1)) and not set(lead.group(1).split()) & WH_WORDS:
        if lead.group(2).lower() in _QUESTION_OPENERS:  # not "in" before "May 2022"
            return body[lead.start(2) :]
    clause = _CLAUSE.match(body)
    if clause and clause.end() < len(body):
        opening = clause.group(1)
        speaks_of_us = ADDRESS_WORDS.intersection(_low_words(opening))
        if (speaks_of_us and not _names_something(opening)) or _framing(opening) or _sourcing(opening):
            return body[clause.end() :]
    return body


def _sourcing(opening: str) -> bool:
    """An opening clause that only says where the answer is to come from and names nothing ("Based strictly on
    what was released afterward,", "Per the statements released after the meetings,")."""
    low = _low_words(opening)
    if not low or low[0] in WH_WORDS | AUXILIARY_OPENERS or set(low[1:2]) & WH_WORDS:
        return False  # "Which readouts mention illegal, ...", "In which readouts ...": the question itself
    own = [w for w in low if w not in FRAMING_WORDS | STOPWORDS | WH_WORDS | SOURCE_WORDS]
    return bool(set(low) & SOURCE_WORDS) and not own and not _names_something(opening)


#: a question quoted whole at the start, and what follows it
_QUOTED_FIRST = re.compile(r"^\s*[\"\u201c]([^\"\u201c\u201d]+\?)[\"\u201d](.*)$", re.S)
#: the writer's own work, for which they ask ("for a uni essay on arms control", "working on a thesis about ...")
_PROJECT = re.compile(
    r"\b(?:for|on|writing|working on|doing)\s+(?:a|an|my|our|some)\s+(?:[\w\-]+\s+){0,2}(?:essay|thesis|"
    r"dissertation|paper|report|article|project|class|course|assignment|presentation|story|book|research|"
    r"reserach|homework|seminar|lecture)\b",
    re.I,
)
#: a meeting or a time named: what says which meeting ("the Biden-Xi meeting in Bali in November 2022")
_SAYS_WHICH_MEETING = re.compile(
    r"\b(?:meeting|meetings|call|calls|summit|visit|trip|talks|roundtable|conversation|(?:19|20)\d\d)\b", re.I
)
#: the writer saying who they are ("I'm a grad student ...", "I am an analyst at ..."): names in it are theirs
_IDENTITY = re.compile(r"^\s*I(?:['\u2019]m| am)\s+(?:a|an)\s", re.I)
#: a closing typed after the question without a mark ("... in May 2021 Cheers")
_BARE_CLOSING = re.compile(r"(?<=[a-z0-9])\s+(?:cheers|thx|tia)[.!]*\s*$", re.I)


#: what a question opens by setting aside ("Leaving Ukraine aside, which other issues ...", "Setting aside ...,")
_LEFT_ASIDE = re.compile(
    r"^(?i:leaving|setting|putting|laying)\s+(?:(?i:aside)\s+([^,?]{1,60}?)|(?!(?i:aside)\b)([^,?]{1,60}?)\s+(?i:aside))\s*,"
)


#: a question asked of the assistant around its own words ("Could you tell me who ...", "Can you remind me when
#: ...", "Do you know where ...", "I'd like to know what ..."): the question is what follows (not "if"/"whether":
#: "Can you tell me if they met?" asks yes or no)
_ASKED_OF_US = re.compile(
    r"^(?:(?:please|kindly)\s+)?(?:(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:tell|remind|show)\s+me"
    r"(?:\s+again)?|do\s+you\s+(?:happen\s+to\s+)?know|i(?:['\u2019]d|\s+would)\s+like\s+to\s+know|"
    r"i\s+(?:want|need)\s+to\s+know|i\s+wonder|i(?:['\u2019]m|\s+am)\s+wondering)\s+"
    r"(?=(?:who|whom|whose|what|which|when|where|why|how)\b)",
    re.I,
)
#: "Remind me of the name of ...", "Tell me the date of ...": what was that (a thing named after "the")
_TELL_ME_THE = re.compile(
    r"^(?:(?:please|kindly)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:tell|remind)\s+me\s+"
    r"(?:again\s+)?(?:of\s+)?(?=the\s+(?:full\s+|exact\s+)?(?:name|date|day|title|post|position|venue|location)s?\s+of\b)",
    re.I,
)


def _asked_plainly(body: str) -> str:
    """``body`` without the words that ask the assistant to tell (see ``_ASKED_OF_US``, ``_TELL_ME_THE``)."""
    if m := _ASKED_OF_US.match(body):
        return body[m.end() :]
    if m := _TELL_ME_THE.match(body):
        return "What was " + body[m.end() :]
    return body


def plain_question(text: str) -> str:
    """``text`` as one line, without what is typed around the question, with one end mark (see the
    module's doc)."""
    if (quoted := _QUOTED_FIRST.match(text)) and "?" not in quoted.group(2) and not _names_something(quoted.group(2)):
        text = quoted.group(1)  # '"How did ...?" - that's what my professor asked': the question quoted
    lines = (_LINE_MARKS.sub("", _EMPHASIS.sub("", line)) for line in _QUOTED.sub(r"\1", text).splitlines())
    flat = _BARE_CLOSING.sub("", "\n".join(" ".join(line.split()) for line in lines if line.strip()))
    body = _pieces_kept(_sentences_kept(flat)) if flat else None
    body = _without_opening(body) if body else body
    if not body:
        return " ".join(text.split())
    # "Leaving Ukraine aside, which ...", at the start and before a comma only: "Apart from Ukraine, which ..."
    body = _LEFT_ASIDE.sub(lambda m: f"Apart from {m.group(1) or m.group(2)},", body)
    body = _asked_plainly(body)
    marks = _END.search(body)
    body = body[: marks.start()].rstrip() + _end_mark(marks.group(0)) if marks else body + "?"
    return body[0].upper() + body[1:] if body[0].islower() and len(body[0].upper()) == 1 else body


def reads_as_typed(typed: str, read: str) -> bool:
    """Whether ``read`` is ``typed`` but for spaces, the end mark and the first letter's case."""

    def bare(text: str) -> str:
        text = " ".join(text.split()).rstrip(" ?.!\u2026")
        return text[:1].lower() + text[1:]

    return bare(typed) == bare(read)
