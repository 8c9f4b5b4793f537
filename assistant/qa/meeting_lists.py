"""Whether a list question asks for meetings by who met whom ("Which readouts from May 2021 record a senior U.S.
official talking with a member of the Emirati leadership?") or readouts by their date ("Which State Department
readouts carry a publication date of April 26, 2022?"), its other words only describing the sides or the date: the
meetings its names, dates and kind select are the list, not the readouts that write those words. Pure."""

from __future__ import annotations

import re

from ..text.question_words import DESCRIBING_A_SIDE, READOUT_DATE_WORDS
from ..text.tokenize import stem, words
from .select import word_in
from .titled import counterpart_office, date_line, region_met, regions_said, title_line

#: a meeting word and, after it, with whom ("talking with", "phone conversations ... had with", "sitting down with")
_MEETING_WITH = re.compile(
    r"\b(?:talk(?:s|ing)?|speak(?:ing)?|spoke|meet(?:s|ing|ings)?|met|sitting\s+down|sit-downs?|sat\s+down|"
    r"receiv(?:ing|ed)|host(?:ing|ed)|calls?|conversations?|visits?|took\s+part|taking\s+part|take\s+part)\b"
    r"[^?]{0,80}?\b(?:with|by)\b"
    # whom, right after a verb that takes them ("receiving a country's foreign minister", "meeting an African head
    # of state"), or who held them
    # ("face-to-face talks that State Department officials held")
    r"|\b(?:receiv(?:e|es|ing|ed)|host(?:s|ing|ed)?|welcom(?:e|es|ing|ed)|meet(?:s|ing)?|met|call(?:s|ing|ed)?|"
    r"phon(?:e|es|ing|ed))\s+(?:a|an|the|his|her|their|its|\w+['’]s)\b"
    r"|\b(?:talks|meetings?|calls?|conversations?|sit-downs?|engagements?)\s+(?:that|which)\s+[^?]{0,60}?\b"
    r"(?:held|had|hosted|conducted)\b",
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


#: an office said of anyone who holds it ("a country's foreign minister", "an African head of state")
_ANY_HOLDER = re.compile(
    r"\b(?:an?|any)\s+(?:\S+\s+){0,2}?(?:heads?\s+of\s+(?:state|government)|(?:deputy\s+|vice\s+)?(?:prime|foreign|"
    r"defen[cs]e)\s+ministers?|presidents?|chancellors?|kings?|queens?|emirs?|crown\s+princes?|"
    r"secretar(?:y|ies)[- ]general)\b",
    re.I,
)
#: the holders of an office in the plural, lower case ("held with foreign presidents", "with Gulf foreign ministers"):
#: anyone holding it, as "with a foreign president"
_HOLDERS = re.compile(
    r"\bwith\s+((?:(?!(?:the|his|her|their|its|two|three|four|five|six|several|both|all)\b)\S+\s+){0,2}?)(?-i:(head)s(\s+of\s+(?:state|government))|((?:deputy\s+|vice\s+)?(?:prime|foreign|"
    r"defen[cs]e)\s+minister|president|chancellor|king|emir|crown\s+prince)s)\b"
)


def _as_one_holder(text: str) -> str:
    """``text`` with the holders of an office in the plural as one ("with foreign presidents": "with a foreign
    president"), which ``_ANY_HOLDER`` and ``counterpart_office`` read."""
    return _HOLDERS.sub(lambda m: f"with a {m.group(1)}{m.group(4) or m.group(2) + m.group(3)}", text)


def meetings_asked(
    part_text: str, topic: tuple[str, ...], query, meetings, allowed: set[int] | None
) -> set[int] | None:
    """The meetings a list part asks for by who met whom or by its readouts' date (``asks_meetings_by_sides``,
    ``asks_readouts_by_date``), also where ("talks that State Department officials held in Washington on July 26"):
    ``allowed`` less those the records place elsewhere (most records of a meeting in Washington name no place);
    None when the part asks what its readouts say."""
    if allowed is None:
        return None
    # the place asked ("held in Washington") and the region of the other side ("an African head of state")
    place = {stem(w) for w in words(" ".join([query.place or "", *regions_said(part_text)]))}
    rest = tuple(t for t in topic if t not in place)
    if rest and not (asks_meetings_by_sides(part_text, rest) or asks_readouts_by_date(part_text, rest)):
        return None
    if not rest and _MEETING_WITH.search(part_text) is None:
        return None  # "Which readouts from May 2022 mention Washington?": what they say
    # "receiving a country's foreign minister": those whose records give the other side that office (an office
    # said of anyone holding it, not of the one named: "Qatar's Deputy Prime Minister and Foreign Minister Al Thani")
    if _ANY_HOLDER.search(one := _as_one_holder(part_text)):  # ("a president or prime minister": either office)
        allowed = counterpart_office(allowed, one, meetings, most=len(meetings))
    allowed = region_met(allowed, part_text, meetings)
    if not query.place:
        return allowed
    return {r for r in allowed if not meetings[r].place or word_in(query.place, meetings[r].place)}


def listed_meetings(answerer, rids, dated: bool) -> list[tuple]:
    """Each readout of a list of meetings by its meeting sentence, or its title line when no sentence is one (none
    is left out); by its ``Date:`` line when the readouts' date is asked ("Which readouts are dated April 26?")."""
    store = answerer.store
    lines = [
        (rid, (date_line(store, store.meetings[rid].source) if dated else None) or answerer.meeting_sentence(rid))
        for rid in rids
    ]
    return [(rid, s, 1.0) for rid, line in lines if (s := line or title_line(store, rid))]


def readouts_dated(answerer, window, filters) -> set[int]:
    """The readouts published within ``window`` that the filters leave (an issuer asked among them): "Which State
    Department readouts carry the date July 16, 2021?" asks their publication date, not their meetings' days (a
    trip of July 12-15 told on the 16th is one; a call of "last week" told on the 20th is not)."""
    among = answerer.allowed(filters)
    meetings = answerer.store.meetings
    return {r for r in (range(len(meetings)) if among is None else among) if window.contains(meetings[r].published)}
