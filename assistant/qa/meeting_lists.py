"""Whether a list question asks for meetings by who met whom ("Which readouts from May 2021 record a senior U.S.
official talking with a member of the Emirati leadership?") or readouts by their date ("Which State Department
readouts carry a publication date of April 26, 2022?"), its other words only describing the sides or the date: the
meetings its names, dates and kind select are the list, not the readouts that write those words. Pure."""

from __future__ import annotations

import re

from ..text.question_words import DESCRIBING_A_SIDE, READOUT_DATE_WORDS
from ..text.tokenize import stem

#: a meeting word and, after it, with whom ("talking with", "phone conversations ... had with", "sitting down with")
_MEETING_WITH = re.compile(
    r"\b(?:talk(?:s|ing)?|speak(?:ing)?|spoke|meet(?:s|ing|ings)?|met|sitting\s+down|sit-downs?|sat\s+down|"
    r"receiv(?:ing|ed)|host(?:ing|ed)|calls?|conversations?|visits?|took\s+part|taking\s+part|take\s+part)\b"
    r"[^?]{0,80}?\b(?:with|by)\b",
    re.I,
)
#: the stems of the words that only describe a side (``DESCRIBING_A_SIDE``)
_SIDE_WORDS = frozenset(stem(w) for w in DESCRIBING_A_SIDE)


def asks_meetings_by_sides(part_text: str, topic: tuple[str, ...]) -> bool:
    """Whether a list part asks for the meetings of sides it describes: a meeting word with whom, and no topic
    word but words that describe a side ("a member of the Emirati leadership", "either", "taking part")."""
    met = _MEETING_WITH.search(part_text)
    if not topic or met is None or not all(t in _SIDE_WORDS for t in topic):
        return False
    # what the meetings must say, after who met ("calls with Egyptian officials mention Egypt's leadership")
    return _SAID_OF.search(part_text, met.end()) is None


_SAID_OF = re.compile(
    r"\b(?:mention\w*|discuss\w*|raise[sd]?|raising|refer\w*|cite[sd]?|note[sd]?|about|regarding|concerning|"
    r"come up|came up|touch\w*|address\w*|praise\w*|credit\w*|thank\w*)\b",
    re.I,
)


#: the stems of the words that only say a readout's date is asked (``READOUT_DATE_WORDS``)
_DATE_WORDS = frozenset(stem(w) for w in READOUT_DATE_WORDS)


def asks_readouts_by_date(part_text: str, topic: tuple[str, ...]) -> bool:
    """Whether a list part asks for the readouts of a date and nothing else ("Which readouts carry a publication
    date of April 26, 2022?", "Which readouts were published on May 3?")."""
    said = re.search(r"\b(?:publication|published|dated|issued|released|date)\b", part_text, re.I)
    return bool(topic) and said is not None and all(t in _DATE_WORDS for t in topic)
