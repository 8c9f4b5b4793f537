"""How many took part: "How many European leaders took part in Biden's March 21, 2022 call?" is answered by the
people the one meeting's records name on the other side, when its meeting sentence names every one of them and
gives no number of its own ("... spoke today with President Emmanuel Macron of France, Chancellor Olaf Scholz of
Germany, Prime Minister Mario Draghi of Italy, and Prime Minister Boris Johnson ...": 4), cited to that sentence."""

from __future__ import annotations

import re

from .analyse import Part
from .answer_types import NUMERAL
from .compose import Quote

#: "how many European leaders took part / joined / were on the call / did Biden speak with / did Kim hold calls with"
#: the people a count of those who took part counts
_PEOPLE = (
    r"(?:leaders|governors|ministers|officials|people|participants|counterparts|heads of state|presidents|"
    r"prime ministers|mayors|senators|lawmakers|legislators|members|executives|ceos)"
)
_HOW_MANY_TOOK_PART = re.compile(
    rf"\bhow many\s+(?:[\w\-]+\s+){{0,3}}?{_PEOPLE}\b"
    r"[^?]*?\b(?:took part|take part|taking part|joined|join|participated|participate|attended|attend|"
    # (the one asking may be named at length: "did the U.S. Special Representative for North Korea, Sung Kim, phone")
    r"(?:were|was) on|did\s+[^?]{1,80}?\b(?:meet|speak|talk|call|host|phone|(?:hold|have)\s+(?:separate\s+)?calls?))\b",
    re.I,
)


def headcount(answerer, part: Part, sel) -> list[Quote]:
    """The people on the other side of the one meeting asked about, counted, as the lead of its meeting sentence;
    none when the part asks no such count, the meeting is not one, fewer than two are named, or the sentence does
    not name them all or counts them itself (then a sentence answers)."""
    if part.answer_type != "number" or not _HOW_MANY_TOOK_PART.search(part.text):
        return []
    if sel.rids is None or len(sel.rids) != 1:
        return []
    meeting = answerer.store.meetings[sel.rids[0]]
    named = [p for p in meeting.participants if p.side == "counterpart" and p.name]
    # the meeting sentence, or when the records hold none, the first that names them all ("On March 24, ... held
    # separate calls with ... Funakoshi Takehiro and ... Noh Kyu-duk")
    sentence = answerer.meeting_sentence(sel.rids[0]) or next(
        (s for s, _, _ in answerer.sentences_of(sel.rids[0]) if s.start > 0 and _names_all(s.text, named)), None
    )
    # (a sentence that counts them itself answers: "met with three Central American leaders"; not "the March 24
    # ballistic missile launch")
    counts = rf"\b{NUMERAL}\s+(?:[\w\-]+\s+){{0,2}}?{_PEOPLE}\b"
    if len(named) < 2 or sentence is None or re.search(counts, sentence.text, re.I):
        return []
    if not _names_all(sentence.text, named):
        return []
    return [answerer.quote(sentence, 1.0, f"{len(named)} named ({', '.join(p.label() for p in named)}):")]


def _names_all(text: str, named) -> bool:
    """Whether ``text`` names every one of ``named`` by their last name."""
    return all(p.name.split()[-1] in text for p in named)
