"""Idioms a question may use for a kind of statement (or for travel: "heading next"), put in plain words before it
is read ("On which region did they see eye to eye": "On which region did they agree"), so that the idiom's words are
no topic a readout must state ("eye"). Not a denial ("did not see eye to eye", "failed to ..."), nor a yes-or-no
question ("Did they see eye to eye on Taiwan?" asks whether Taiwan came up, which an agreement elsewhere does not
answer)."""

from __future__ import annotations

import functools
import re

from ..text.names import find_parties
from ..text.places import CITIES
from ..text.question_words import AUXILIARY

#: the words of a subject between the matter and its verb ("did Vice President Harris and Prime Minister Ardern")
_SUBJECT_WORDS = r"(?i:the|two|three|of|them|and|both|sides|leaders|officials|he|she|they|his|her|their|counterparts?)"
_MATTERS_BEFORE = (  # (the matter the object: "issues did they", "subject did the two of them"; not "concerns did
    # Blinken raise about the seat Ecuador took up")
    r"(?P<before>\b(?:issues?|topics?|matters?|subjects?|questions?|concerns?|problems?)\s+"
    rf"(?:(?:did|do|does|had|have|has|were|was|are|is|would|will)\s+(?:(?:(?-i:[A-Z])[\w'\u2019.\-]*|{_SUBJECT_WORDS})\s+){{0,10}}?"
    r"|be(?:en)?\s+)?)"
)
_OBJECT_BEFORE = r"(?=\s*(?:[?,;]|$|\s+(?:with|at|during|in|on|when|while|and)\b))"
_IDIOMS = (
    (re.compile(r"\b(?:see|sees|seeing)\s+eye[\s\-]+to[\s\-]+eye\b", re.I), "agree"),
    (re.compile(r"\b(?:saw|seen)\s+eye[\s\-]+to[\s\-]+eye\b", re.I), "agreed"),
    (re.compile(r"\bon\s+the\s+same\s+page\b", re.I), "in agreement"),
    # "what broad kind of issues did they take up, and ...": what was discussed, when what is taken up is a matter
    # talked of (not "take up arms", "took up his post", "which seat was Ecuador about to take up")
    (re.compile(rf"{_MATTERS_BEFORE}take\s+up{_OBJECT_BEFORE}", re.I), r"\g<before>discuss"),
    (re.compile(rf"{_MATTERS_BEFORE}(?:took|taken)\s+up{_OBJECT_BEFORE}", re.I), r"\g<before>discussed"),
    # "what other subject did the two of them go over on that call": the same
    (re.compile(rf"{_MATTERS_BEFORE}go\s+over{_OBJECT_BEFORE}", re.I), r"\g<before>discuss"),
    (re.compile(rf"{_MATTERS_BEFORE}(?:went|gone)\s+over{_OBJECT_BEFORE}", re.I), r"\g<before>discussed"),
    # "which air link did he thank Egypt for green-lighting": "for approving these flights"
    (re.compile(r"\bgreen[\s\-]?lighting\b", re.I), "approving"),
    (re.compile(r"\bgreen[\s\-]?(?:lighted|lit)\b", re.I), "approved"),
)
_DENIED = re.compile(r"\b(?:not|never|n['\u2019]t|fail(?:s|ed)?\s+to|without)\s+(?:\w+\s+){0,2}$", re.I)
_YES_OR_NO = re.compile(rf"^\s*(?:{AUXILIARY})\b", re.I)


def in_plain_words(question: str) -> str:
    """``question`` with its idioms of agreement put plainly (the same text when it has none, denies one or asks
    yes or no)."""
    if _YES_OR_NO.match(question):
        return question
    for idiom, plain in _IDIOMS:
        question = idiom.sub(functools.partial(_plainly, plain), question)
    return _HEADING.sub(_travelling, question)


#: one heading somewhere: travel, when it is next, home or to a place by its name ("where did the Secretary say he
#: was heading next": "noted his upcoming travel to Fiji"; not "the bill heading to the President's desk", "Iran
#: heading back to the JCPOA", "a country heading to elections", "heading the delegation")
_HEADING = re.compile(
    r"\b(head|heads|heading|headed)(?=\s+(?:next|home|onward)\b|"
    r"\s+(?:(?:off|on|next)\s+)?to\s+(?:the\s+)?((?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?))",
    re.I,
)
_TRAVEL = {"head": "travel", "heads": "travels", "heading": "travelling", "headed": "travelled"}


def _travelling(m: re.Match) -> str:
    place = m.group(2)
    named = place is None or place.lower() in CITIES or any(not p.organisation for p in find_parties(place))
    return _TRAVEL[m.group(1).lower()] if named else m.group(0)


def _plainly(plain: str, m: re.Match) -> str:
    return m.group(0) if _DENIED.search(m.string[: m.start()]) else m.expand(plain)
