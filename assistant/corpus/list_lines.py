"""Who a line of a readout's list of participants names ("4. Gilda Gonzales, CEO, Planned Parenthood NorCal", "-
Administrator of FEMA Deanne Criswell"): one person a line, with their title. Pure."""

from __future__ import annotations

import dataclasses
import re

from ..records import Sentence
from ..text.lexicon import INSTITUTION_WORDS, LIST_STYLES, LISTED_PEOPLE, TITLE_HEADS
from ..text.names import names_one_country
from ..text.place_words import US_STATES
from .people import Mention, mentions

LIST_INTRO = re.compile(
    r"^(?!.*attributable).*\b(?:participants|participated|leaders|officials|joined|joining|"
    r"attended|attending|attendance|included)\b[^.]*:\s*$|^(?:meeting |call )?(?:participants|attendees)\s*:?$",
    re.I,
)
#: a list of people by what they are, anywhere in the readout ("The following eight Governors of western states:",
#: "The following private sector CEOs:"), not of things ("the following next steps:")
FOLLOWING_PEOPLE = re.compile(
    rf"(?:and\s+)?the\s+following\s+(?:[\w\-]+\s+){{0,3}}?(?:{'|'.join(sorted(LISTED_PEOPLE))})\b[^.:]*:", re.I
)
#: a heading line over the list of who took part, anywhere in the readout ("Participants", "Meeting Speakers")
LIST_HEADING = re.compile(
    r"(?:(?:meeting|call|roundtable|event|other)\s+)?(?:participants|attendees|speakers|participants included)"
    r"(?:\s+included)?\s*:?"
    # "The Leaders that participated:", "Officials who attended the meeting:"
    r"|(?:the\s+)?(?:leaders|officials|participants|members)\s+(?:that|who)\s+(?:participated|attended|joined)"
    r"(?:\s+\w+){0,3}\s*:",
    re.I,
)
LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[-\u2022*])\s")
#: words that say a list is of who took part ("Governors from today's meeting included:")
TOOK_PART = re.compile(
    r"\b(?:included|includes|participants|participated|attended|attending|attendance|joined|joining)\b", re.I
)
#: a list of the issuer's own people ("Joining President Biden ... were the following members of the administration:")
OWN_TEAM = re.compile(
    r"\bmembers\s+of\s+(?:the|his|her)\s+(?:administration|cabinet)\b|\badministration\s+officials\b", re.I
)


#: a style written before a name in a list ("Rep.", "Sen.", "Rev.", "Pastor", "Rabbi")
_STYLE = re.compile(rf"({'|'.join(LIST_STYLES)})\s+(?=[A-Z])")
#: a list line that names someone before their title ("4. Gilda Gonzales, CEO, Planned Parenthood NorCal")
_NAME_FIRST = re.compile(
    r"(?:\d{1,2}[.)]\s*|[-\u2022*]\s*)?((?:[A-Z][\w\u00C0-\u024F'\u2019-]+\s+){1,3}[A-Z][\w\u00C0-\u024F'\u2019-]+),\s+(\S.*)"
)


def item_people(text: str, item: Sentence) -> list[Mention]:
    """The person a line of a participant list names (one a line): a name and then, after a comma, their title
    ("Gilda Gonzales, CEO, Planned Parenthood NorCal"), else the first person the reader finds in it."""
    line = _NAME_FIRST.fullmatch(item.text.strip())
    if line is not None and not any(w in TITLE_HEADS or w in INSTITUTION_WORDS for w in line.group(1).split()):
        name, title = line.group(1), line.group(2).strip().rstrip(".")
        styled = _STYLE.match(name)
        if styled:  # "Rep. Joanna McClinton, PA House Minority Leader": the style goes with the title
            style = styled.group(1)
            name, title = name[styled.end() :], title if style.rstrip(".") in title else f"{style} {title}"
        at = item.start + item.text.find(name)
        return [Mention(name, title, None, at, at + len(name))]
    return [_without_place(_without_body(m), text) for m in mentions(text, item.start, item.end) if not m.group][:1]


#: the words of a body that may run into a name on a list line ("Administrator of FEMA Deanne Criswell", "Chief of
#: the U.S. Forest Service Vicki Christiansen")
_BODY_WORDS = INSTITUTION_WORDS | {"Service", "Agency", "Department", "Bureau", "Administration", "Office"}
#: a body's initials ("FEMA", "AFL-CIO"), not a regnal number ("Abdullah II")
_ACRONYM = re.compile(r"(?![IVX]+$)[A-Z]{2,}(?:-[A-Z]{2,})*")


def _without_body(m: Mention) -> Mention:
    """A list line's person without the body's words their name was read with ("FEMA Deanne Criswell": Deanne
    Criswell), when a name of two words or more is left."""
    names = (m.name or "").split()
    cut = max(
        (k + 1 for k, w in enumerate(names) if w in _BODY_WORDS or _ACRONYM.fullmatch(w)),
        default=0,
    )
    if not cut or len(names) - cut < 2:
        return m
    return dataclasses.replace(m, name=" ".join(names[cut:]))


def _without_place(m: Mention, text: str) -> Mention:
    """A list line's person without the state or country of their office their name was read with, after "of"
    ("Governor of Wyoming Mark Gordon": Mark Gordon, Governor of Wyoming), when a name of two words or more is left."""
    names = (m.name or "").split()
    at = text.find(names[0], m.start, m.end) if names else -1
    if at < 0 or not text[max(0, at - 4) : at].endswith("of "):
        return m
    for n in (2, 1):
        head = " ".join(names[:n])
        rest = names[n:]  # (not "Mayor of Kansas City Quinton Lucas": a city's name goes on)
        if len(rest) >= 2 and rest[0] not in ("City", "County") and (head in US_STATES or names_one_country(head)):
            title = f"{m.title} of {head}" if m.title else m.title
            return dataclasses.replace(m, name=" ".join(rest), title=title)
    return m
