"""People a readout names in a sentence of their own as taking part in its meeting: "The President was joined
on the call by FEMA Administrator Deanne Criswell ...", "Secretary Mayorkas also joined the meeting.",
"Participants in the call included Prime Minister Justin Trudeau of Canada, ...", "Joining President Biden on
the call were ...", "The Israeli delegation was led by National Security Advisor Meir Ben-Shabbat.", "Minister
Vassilev and Minister Nikolov led the delegation", "Also in the meeting were ...". Pure functions over a readout's
text.
"""

from __future__ import annotations

import re

from ..records import Sentence
from ..text.names import find_parties
from .people import Mention, mentions

_MEETING_NOUN = r"(?:call|meeting|group|discussion|conversation|talks|session|lunch|roundtable|visit|dinner)"
#: "was joined by", "were joined on the call by", "was accompanied by": the people after "by"
_BY = re.compile(
    r"\b(?:was|were|are|is)\s+(?:also\s+)?(?:joined|accompanied)\s+"
    r"(?:(?:on|in|at|for)\s+(?:the|this|that)\s+[\w\-]+\s+)?by\b"
)
#: "Mr. Sullivan, joined by Homeland Security Advisor Liz Sherwood-Randall, praised ...": the people up to the verb
_APPOSED = re.compile(r",\s+(?:also\s+)?(?:joined|accompanied)\s+by\b")
#: the comma that ends such an aside: one before a word in lower case ("..., praised"), not "and" in a title
_ASIDE_END = re.compile(r",\s+(?!and\b|or\b|the\b|of\b)[a-z]")
#: "Secretary Mayorkas also joined the meeting", "FEMA Administrator Criswell joined them on the call"
_JOINED = re.compile(
    rf"\b(?:also\s+)?joined\s+(?:(?:the|this|that|them|us|him|her)\s+)(?:[\w\-]+\s+){{0,2}}?{_MEETING_NOUN}\b"
    r"|\bjoined\s+(?:them|us|him|her)\b"
)
#: "Participants in the call included ...", "the meeting included: ..."
_INCLUDED = re.compile(
    rf"\b(?:participants|attendees)\s+(?:in|of|on|at)\s+the\s+(?:[\w\-]+\s+){{0,2}}?{_MEETING_NOUN}\s+"
    rf"(?:also\s+)?included\b|\bthe\s+(?:[\w\-]+\s+)?{_MEETING_NOUN}\s+(?:also\s+)?included\b",
    re.I,
)
#: "Joining President Biden on the call were Prime Minister Trudeau of Canada, ...": the people after the verb
_JOINING = re.compile(
    rf"\W*(?:Also\s+)?Joining\s+[^.;]{{0,80}}?\b(?:on|in|at|for)\s+(?:the|this|that)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_MEETING_NOUN}\s+(?:were|was)\b"
)
#: "Also in the meeting were ...", "Also present were ...", "Also participating in the call was ...": the people after
_ALSO_THERE = re.compile(
    rf"\W*Also\s+(?:(?:present|participating|attending)\s+(?:(?:in|at|on)\s+the\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"{_MEETING_NOUN}\s+)?|(?:in|at|on)\s+the\s+(?:[\w\-]+\s+){{0,2}}?{_MEETING_NOUN}\s+)(?:were|was)\b"
)
#: "The Israeli interagency delegation was led by ..."
_LED_BY = re.compile(r"\bdelegation\s+(?:was|were|is)\s+(?:\w+\s+)?led\s+by\b")
#: "Minister Assen Vassilev and Minister Alexander Nikolov led the delegation": the people before
_LED = re.compile(r"\b(?:led|headed)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w\-]+\s+){0,3}?delegation\b")


def joined_people(text: str, sentence: Sentence, issuer: str) -> list[tuple[Mention, str]]:
    """The named people a sentence says joined the meeting, each with their side ("issuer" or
    "counterpart"); none when the sentence says no such thing."""
    s, e = sentence.start, sentence.end
    by = _BY.search(text, s, e)
    if by is not None and not re.search(r"\bwho\s+$", text[s : by.start()]):  # "Botes, who was joined by"
        return _with_sides(mentions(text, by.end(), e), issuer, _country_before(text, s, by.start(), issuer))
    apposed = _APPOSED.search(text, s, e)
    close = _ASIDE_END.search(text, apposed.end(), e) if apposed is not None else None
    if apposed is not None and close is not None:  # (an aside never closed tells not where its people end)
        return _with_sides(
            mentions(text, apposed.end(), close.start()), issuer, _country_before(text, s, apposed.start(), issuer)
        )
    joined = _JOINED.search(text, s, e)
    if joined is not None:
        return _with_sides(mentions(text, s, joined.start()), issuer, _country_before(text, s, joined.start(), issuer))
    included = _INCLUDED.search(text, s, e) or _JOINING.match(text, s, e)
    if included is not None:
        return _with_sides(mentions(text, included.end(), e), issuer, None, default="counterpart")
    also = _ALSO_THERE.match(text, s, e)
    if also is not None:  # the issuer's people, most often; one of another country is theirs all the same
        return _with_sides(mentions(text, also.end(), e), issuer, None)
    leading = _LED.search(text, s, e)
    if leading is not None:
        return _with_sides(
            mentions(text, s, leading.start()), issuer, _country_before(text, s, leading.start(), issuer)
        )
    led = _LED_BY.search(text, s, e)
    if led is not None:
        return _with_sides(mentions(text, led.end(), e), issuer, _country_before(text, s, led.start(), issuer))
    return []


def _country_before(text: str, start: int, end: int, issuer: str) -> str | None:
    """The one other country than the issuer's that ``text[start:end]`` names as whose people these are
    ("The Israeli delegation", "Bulgarian Deputy Prime Minister ..."), not as an office's portfolio ("Envoy for
    Yemen", "Ambassador to Libya"); None when there is none or more than one."""
    found = {
        p.name
        for p in find_parties(text, start, end)
        if not p.organisation
        and p.name != issuer
        and not re.search(r"\b(?:for|to|of|in|on|from|with|and)\s+(?:the\s+)?$", text[start : p.start])
    }
    return found.pop() if len(found) == 1 else None


def _with_sides(
    found: list[Mention], issuer: str, country: str | None, default: str = "issuer"
) -> list[tuple[Mention, str]]:
    """Named people with their side: a person of another country than the issuer's is a counterpart, one of
    the issuer's on its side; one of no stated country is of ``country`` when the sentence names whose people
    they are, else on the ``default`` side."""
    out = []
    for m in found:
        if not m.name or m.group:
            continue
        if m.country is None and country is not None:
            m = Mention(m.name, m.title, country, m.start, m.end, m.group)
        side = default if m.country is None else "issuer" if m.country == issuer else "counterpart"
        out.append((m, side))
    return out
