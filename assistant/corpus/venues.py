"""Where a meeting took place, what kind of meeting it was, and which governments a body that meets has at its
table: from a readout's meeting sentence and title. Pure functions, used by ``corpus.meetings``."""

from __future__ import annotations

import re

from ..text.lexicon import (
    CALL_WORDS,
    DIALOGUE_WORDS,
    INSTITUTION_WORDS,
    MONTHS,
    MULTILATERAL_WORDS,
    PORTFOLIO_TITLES,
    TOPIC_BEFORE_IN,
    TRILATERAL_WORDS,
    VIRTUAL_WORDS,
    VISIT_WORDS,
)
from ..text.names import find_parties

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAME = "|".join(m.capitalize() for m in MONTHS)
#: where a meeting sentence turns from who met to what they met about ("... met today to discuss ..."); not
#: inside an office ("Special Representative for the DPRK", "Ambassador to Libya")
_OFFICE_BEFORE = "".join(f"(?<!{w})" for w in PORTFOLIO_TITLES)
TOPIC_CUT = re.compile(
    _OFFICE_BEFORE + r"\s(?:to|while|about|regarding|concerning|for a|for the|where|on the situation|on the)\s|[;:]"
)
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?P<the>the\s+)?(?P<place>(?:[A-Z][\w'\u2019.\-]*)(?:\s+(?:(?:of|de|da|do|del|di|la|"
    r"el|es|al)\s+(?:the\s+)?)?"
    r"[A-Z][\w'\u2019.\-]*)*)(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
)
_MARGINS = re.compile(
    r"\b(?:on|at) the (?:margins|sidelines) of (?:the )?(?:(?:[a-z]+|\d+\w*)\s+){0,2}?"  # "the fourth Quad ..."
    r"(?P<event>[A-Z0-9][\w\-'\u2019.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z0-9][\w\-'\u2019.]*)*)"
)
_DURING = re.compile(
    r"\b(?:during|at) the (?P<event>(?:[A-Z0-9][\w\-'\u2019.]*\s+){1,6}(?:"
    + "|".join(sorted(INSTITUTION_WORDS))
    + r"))\b"
)
_VISITED = re.compile(r"\bvisit(?:ed|s|ing)?\s+(?P<place>[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*)*)")
#: "led a visit on May 24 to Frederick, Maryland", "traveled to Tokyo": the place a visit went to
_VISIT_TO = re.compile(
    r"\b(?:visit|trip|travel(?:l?ed|l?ing|s)?|journey(?:ed)?)\b(?:\s+(?!to\b)[\w,]+){0,4}?\s+to\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'\u2019\-]*(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:" + _MONTH_NAME + r")\b)[A-Z][\w'\u2019\-]*)*)"
)


_MONTH_IN = re.compile(rf"\s+(?:{_MONTH_NAME})\b")


def find_place(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """Where the meeting sentence says it took place: a city ("in Tokyo" -> Tokyo), a venue ("at the White
    House"), or an event ("on the margins of the G7 Summit"); the city wins when several are given."""
    head_end = end
    cut = TOPIC_CUT.search(text, start, end)
    if cut:
        head_end = cut.start()
    for m in _PLACE.finditer(text, start, head_end):
        before = text[max(start, m.start() - 25) : m.start()].split()
        if before and before[-1].lower() in TOPIC_BEFORE_IN:
            continue
        place = m.group("place")
        if (month := _MONTH_IN.search(place)) is not None:
            place = place[: month.start()]  # "is in Ethiopia March 21-22": the days are no part of it
        if place.split()[0] in ("Secretary", "President", "Prime", "Foreign", "Minister") or re.match(WEEKDAY, place):
            continue
        if re.search(r"['\u2019]s$", place):
            continue  # "at the OECD's 61st Ministerial Council Meeting in Paris": whose event, not where
        return place.rstrip("."), (m.start("place"), m.start("place") + len(place.rstrip(".")))
    visited = _VISITED.search(text, start, head_end)
    went = _VISIT_TO.search(text, start, end)
    if visited is None and went is not None and went.start() < head_end:
        visited = went  # the "to" of "a visit to" is no topic's
    if visited:
        place = visited.group("place")
        return place, (visited.start("place"), visited.start("place") + len(place))
    margins = _MARGINS.search(text, start, end)
    if margins:
        city = (
            _PLACE.match(text, margins.end("event") + 1, end)
            if text[margins.end("event") :].startswith(" in ")
            else None
        )
        if city and not city.group("the"):
            place = city.group("place").rstrip(".")
            return place, (city.start("place"), city.start("place") + len(place))
        event = margins.group("event").rstrip(".")
        return event, (margins.start("event"), margins.start("event") + len(event))
    during = _DURING.search(text, start, end)
    if during:
        return during.group("event"), during.span("event")
    return None


#: "during the meeting at the White House", "the roundtable in Chicago": a later sentence placing the meeting
_THE_MEETING_AT = re.compile(
    r"\b(?:the|[Tt]oday['\u2019]s|[Yy]esterday['\u2019]s|[Tt]his) "
    r"(?:meeting|roundtable|talks|discussion|session|gathering) (?=(?:at|in) )"
)


def place_said_later(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """Where a sentence after the meeting sentence says "the meeting" was held ("They were joined by advocates
    during the meeting at the White House", "Today's meeting in Philadelphia, Pennsylvania follows ..."); a month
    or a weekday is a time, not a place."""
    for said in _THE_MEETING_AT.finditer(text, start, end):
        m = _PLACE.match(text, said.end(), end)
        if m is None:
            continue
        place = re.split(r"\.(?:\s|$)|\n", m.group("place"))[0].rstrip(".")  # not into the next sentence
        first = place.split()[0]
        if first.lower() in MONTHS or re.match(WEEKDAY, first) or re.search(r"['\u2019]s$", place):
            continue
        return place, (m.start("place"), m.start("place") + len(place))
    return None


def meeting_kind(title: str, sentence: str, parties: int, opening: str = "") -> str:
    """call, virtual_meeting, dialogue, multilateral, trilateral, visit or meeting (first that applies);
    ``opening`` (the first sentences) may name a dialogue the meeting sentence does not."""
    both = f"{title} {sentence}".lower()
    words = set(re.findall(r"[a-z0-9+]+", both))
    if any(w in both for w in CALL_WORDS) or "call" in title.lower().split() or "calls" in title.lower().split():
        return "call"
    if re.search(r"\bspoke\b", sentence) and not re.search(r"\bmet\b|\bmeeting\b", both):
        return "call"
    if re.search(r"\bcalled\s+(?!on\b|upon\b|for\b|it\b|the\b|a\b|an\b)(?:Dr\.\s+)?[A-Z]", sentence):
        return "call"  # "Jake Sullivan called Dr. Monica Juma today", though the title says "Meeting"
    if any(w in words or w in both for w in VIRTUAL_WORDS):
        return "virtual_meeting"
    held = (
        r"\b(?:hold|held|holding|convene|convened|co-chair|co-chaired|chaired|as part of|during|at|for) (?:\S+ ){0,6}?"
    )
    if any(w in both or re.search(held + re.escape(w) + r"\b", opening, re.I) for w in DIALOGUE_WORDS):
        return "dialogue"
    if parties >= 4 or (any(w in both for w in MULTILATERAL_WORDS) and parties >= 3):
        return "multilateral"
    if parties == 3 or any(w in words for w in TRILATERAL_WORDS):
        return "trilateral"
    if any(w in title.lower().split() for w in VISIT_WORDS):
        return "visit"
    return "meeting"


#: a body two or three governments hold ("the U.S.-Israel Strategic Consultative Group", "the U.S.-Japan-ROK
#: Trilateral Ministerial")
_BODY = re.compile(
    r"\b(?:U\.S\.|United States)\s*[-\u2013]\s*(?P<others>[A-Z][\w.]*(?:\s*[-\u2013]\s*[A-Z][\w.]*)*)\s+"
    r"(?:[A-Z][\w\-]*\s+){0,4}?(?:Dialogue|Group|Council|Commission|Forum|Summit|Partnership|Consultations?|"
    r"Committee|Task Force|Ministerial|Meeting|Talks|Trilateral)\b"
)


def body_countries(text: str) -> list[str]:
    """The other governments of a body a text names ("U.S.-Israel Strategic Consultative Group" -> Israel): a
    meeting of that body has them at the table even when the readout names none of their people."""
    out: list[str] = []
    for m in _BODY.finditer(text):
        if re.search(
            r"\b(?:margins?|sidelines?|ahead|following|after|before|during|at)\b(?:\s+of)?\s+(?:the\s+)?$",
            text[: m.start()],
        ):
            continue  # a meeting on the margins of the U.S.-ASEAN Summit is not one of that body
        for party in find_parties(m.group("others")):
            if party.name not in out and party.name != "United States":
                out.append(party.name)
    return out
