"""Where a question puts the meeting: a capitalised place after "in"/"at" ("when they met in Bali"), a city
visited ("on their visit to Kyiv") or a city before "meeting" ("her Indianapolis meeting", "their Tokyo sit-down");
not where something they spoke of is ("security cooperation in the Arctic") nor where an event ahead is held. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.lexicon import CALENDAR, GOVERNMENT_VENUES, INSTITUTION_WORDS
from ..text.names import find_parties
from ..text.places import CAPITAL_OF, CITIES
from ..text.tokenize import fold
from .times import source_clause_timed

CALENDAR_CAPS = {w.capitalize() for w in CALENDAR}

_PLACE_IN = re.compile(  # or a city visited: "on their April 2022 visit to Kyiv"
    r"\b(?:in|at|(?:visit|visits|trip|trips|travel|journey)\s+to)\s+(?:the\s+)?([A-Z][\w\u00C0-\u024F'\u2019\-]+(?:\s+[A-Z][\w\u00C0-\u024F'\u2019\-]+)*)"
)


def meeting_place(question: str) -> str | None:
    """A place the question puts the meeting in ("when they met in Bali", "that Blinken praised in Rabat"):
    a capitalised name after "in"/"at" that is not a country, a month or an organisation."""
    for m in _PLACE_IN.finditer(question):
        place = m.group(1)
        words_ = place.split()
        capital = fold(place) in CAPITAL_OF and m.group(0)[:2] not in ("in", "at")  # "visit to Kyiv": a city
        # or where a meeting was held ("host Hayashi in Washington for talks"), not a government by its capital
        capital = capital or (fold(place) in CAPITAL_OF and MET_THERE.search(question[: m.start()]) is not None)
        if words_[0] in CALENDAR_CAPS or (find_parties(place) and not capital) or INSTITUTION_WORDS & set(words_):
            continue
        if re.match(r"\d", place) or _told_of_before(question[: m.start()]):
            continue  # ("talk about the upcoming G20 foreign ministers' meeting in Bali", "say about security
            # cooperation in the Arctic": where that event is held, or what they spoke of is)
        owner = [i for i, w in enumerate(words_) if re.search(r"['\u2019]s$", w)]
        if owner and (owner[0] in (0, len(words_) - 1) or words_[owner[0] + 1] in CALENDAR_CAPS):
            continue  # "at Harris's July 2022 meeting", "at Vice President Harris's September roundtable": whose
        return place
    for m in _DEMONYM_CAPITAL.finditer(question):  # "met ... in the Latvian capital", "her trip to the Qatari capital"
        before = question[: m.start()]
        if m.group(1).lower().startswith(("in", "at")) and not (MET_THERE.search(before) or _WITH.search(before)):
            continue  # ("What incident in the Croatian capital came up": where it happened; "and with another in ...")
        if _told_of_before(before) or _TALKED_OF_THERE.search(before):
            continue  # "the upcoming meeting in the French capital", "about the missile strikes in the ... capital"
        if city := _capital_of(m.group(2)):
            return city
    for m in _CITY_MEETING.finditer(question):  # "her Indianapolis meeting", "their White House meeting"
        if fold(m.group(1)) in CITIES or m.group(1) in GOVERNMENT_VENUES or _own_capital_meeting(question, m):
            return m.group(1)
    return None


#: a capital told by its country's adjective ("in the Latvian capital", "a visit to the Qatari capital")
_DEMONYM_CAPITAL = re.compile(
    r"\b(in|at|(?:visit|visits|trip|trips|travel|journey)\s+to)\s+the\s+([A-Z][a-z]+)\s+capital\b(?!['\u2019]s)"
)


#: a thing spoken of right before the place ("the big regional meeting in the Latvian capital", "the missile
#: strikes in the Ukrainian capital"): where it was, not the meeting
_TALKED_OF_THERE = re.compile(
    r"\b(?:meeting|summit|conference|strikes?|attacks?|explosions?|incidents?|protests?|events?|gathering)\s*$", re.I
)
#: someone met shortly before the place ("... and with another in the Latvian capital")
_WITH = re.compile(r"\bwith\b[^,;?]{0,60}$", re.I)


def _capital_of(adjective: str) -> str | None:
    """The capital of the country an adjective names ("Latvian": "Riga"), as written in the readouts; None when the
    country has no one capital known (a country of two words: "South Korean" is not told from "North Korean")."""
    parties = find_parties(adjective)
    if not parties or parties[0].organisation or " " in parties[0].name:
        return None
    country = fold(parties[0].name).lower()
    city = next((c for c, of in CAPITAL_OF.items() if of == country and c != country), None)  # (not "Mexico")
    return city.title() if city else None


#: a meeting's verb shortly before "in <capital>" ("met Hayashi in Washington", "sat down with Italy's secretary
#: general Ettore Sequi in Washington"; not "a meeting about ... in Kyiv")
MET_THERE = re.compile(
    r"\b(?:met|meet\w*|host\w*|receiv\w*|held|talks|(?:sat|sit|sits|sitting) down)\b"
    r"(?:(?!\b(?:about|on|over|of)\b)[^,;?]){0,80}$",
    re.I,
)
#: what was said about, right before the place ("about security cooperation in the Arctic"; not "about Ukraine when
#: they met in Bali")
_ABOUT_THERE = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?!(?:in|at|on|during)\b)(?:(?!\b(?:met|meet\w*|host\w*|held|visit\w*|"
    r"when|while|during|their|his|her)\b)[^,;?]){1,60}$",
    re.I,
)
#: an event ahead right before its place ("the upcoming G20 foreign ministers' meeting in Bali"): not the meeting's
_EVENT_AHEAD = re.compile(r"\b(?:upcoming|forthcoming|planned|scheduled|future|next)(?:\s+[\w'\u2019-]+){1,5}$", re.I)


def _told_of_before(before: str) -> bool:
    """Whether the words right before a place tell of an event ahead or of what was spoken about (``_EVENT_AHEAD``,
    ``_ABOUT_THERE``): the place is theirs, not the meeting's."""
    return bool(_EVENT_AHEAD.search(before.rstrip()) or _ABOUT_THERE.search(before))


_CITY_MEETING = re.compile(
    # (not "the Glasgow talks", "the Los Angeles event": an event held there, not this meeting)
    r"\b([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+(?:meeting|roundtable|convening|sit-down|sitdown)s?\b"
)


def _own_capital_meeting(question: str, m: re.Match) -> bool:
    """Whether a capital before "meeting" or "sit-down" is where someone's own meeting was ("their Tokyo sit-down",
    "Biden's May 2022 Tokyo meeting"); not another event ("the Berlin meeting on Libya", "the planned Paris
    meeting"), a country ("their Mexico meeting") or Washington, where most meetings are and few readouts say so."""
    city, before = fold(m.group(1)), question[: m.start()]
    if city not in CAPITAL_OF or city == "washington" or find_parties(m.group(1)):
        return False
    if _told_of_before(before) or _TALKED_OF.search(before):
        return False
    if re.match(rf"\s+(?:of\b|on\s+(?!\d|(?:{'|'.join(CALENDAR_CAPS)})\b))", question[m.end() :]):
        return False  # "the Berlin meeting on Libya", "the Rome meeting of the coalition" (not "on May 15, 2022")
    return re.search(_OWNED_BEFORE, before) is not None


#: a thing said of a meeting named before its place ("discuss the Minsk meetings"): another event
_TALKED_OF = re.compile(r"\b(?:discuss\w*|rais\w*|mention\w*|welcom\w*|prais\w*|support\w*|review\w*)\s+the\s+$", re.I)
#: whose meeting it is, right before the place and its date ("their", "Biden's May 2022", "the")
_OWNED_BEFORE = (
    r"(?:\b(?:their|his|her|its|the)|['\u2019]s)\s+"
    r"(?:(?:[A-Z][a-z]+|mid|late|early)[\s-]+)?(?:\d{1,2},?\s+)?(?:\d{4}\s+)?$"
)


def place_beside_source(question: str) -> str:
    """A place the question names after a clause that names the answering readout with its own time, and that
    clause does not ("According to the readout of Harris's July 2022 meeting with New Jersey legislators, on what
    date did she convene legislators in Orlando?": Orlando): where something the readout tells of happened, not
    its meeting; "" when there is none."""
    source = source_clause_timed(question)
    if source is None:
        return ""
    place = meeting_place(question[source.end(1) :])
    return place if place and place.lower() not in source.group(1).lower() else ""


def placed_meetings(meetings, query, sel):
    """A list that asks only where its meetings were ("Which readouts describe a meeting that took place in
    Rabat?"): ``sel`` narrowed to the meetings the records place there; None with no place or none there."""
    if not query.place:
        return None
    said = rf"\b{re.escape(fold(query.place))}\b"
    rids = tuple(r for r, m in enumerate(meetings) if m.place and re.search(said, fold(m.place), re.I))
    return replace(sel, rids=rids, described=f"a meeting in {query.place}", place=query.place) if rids else None


#: a country the meeting is said to be held in ("when they met in Kuwait", "before they met in Peru"; not "at their
#: talks in South Africa": talks are often of others)
_MET_IN_COUNTRY = re.compile(
    r"\b(?:met|meet|meets|meeting|(?:sat|sit) down|sit-down)\s+(?:with\s+(?:(?!(?:to|about|on|over|of|for|"
    r"regarding|and|discuss\w*)\b)[\w.'\u2019\-]+\s+){1,6}?)?in\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
)


_TOLD_OF = re.compile(r"\b(?:about|regarding|concerning|discuss\w*)\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){0,4}$", re.I)


def met_in_country(question: str, parties: list[tuple[str, int, int]], people: list[str], who: bool) -> str | None:
    """The country a question says its meeting was held in ("Blinken and its director-general ... when they met in
    Kuwait", "Before Biden and Xi met in Peru"), when the question names who met there (two people, or another
    country or body) and names that country nowhere else: the place, not a side met. Not when it asks who met
    ("Which parliamentary leader did Blinken meet in Kuwait": one of Kuwait's)."""
    for m in _MET_IN_COUNTRY.finditer(question):
        at = [p for p in parties if p[1] == m.start(1)]
        if who or not at or find_parties(m.group(1))[0].organisation or _TOLD_OF.search(question[: m.start()]):
            continue  # (not "what did they say about the Quad leaders' meeting in Japan": another gathering)
        others = len(people) >= 2 or any(p[0] != at[0][0] for p in parties)  # ("sit-down with Abu Dhabi's crown
        # prince in Morocco": the Emirates named)
        if others and sum(1 for p in parties if p[0] == at[0][0]) == 1:
            return at[0][0]
    return None
