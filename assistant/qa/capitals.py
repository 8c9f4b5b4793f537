"""The capital a question names by its country ("the Croatian capital", "Ukraine's capital", "the capital of
Moldova"): the city a readout writes instead ("Zagreb"). Pure."""

from __future__ import annotations

import functools
import re

from ..text.names import canonical_party, find_parties
from ..text.place_words import CAPITAL_NOT_CITY
from ..text.places import CAPITAL_OF
from .meeting_place import MET_THERE

_CAPITAL_ASKED = re.compile(
    r"\b(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:['\u2019]s)?\s+capital\b"
    rf"(?!\s+(?:{'|'.join(CAPITAL_NOT_CITY)})\b)"
    r"|\bcapital\s+of\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
)


def capitals_named(part: str) -> tuple[str, ...]:
    """The capital cities a part names by their country ("the Croatian capital", "Ukraine's capital", "the
    capital of Moldova"): what a readout writes instead ("Zagreb")."""
    out: list[str] = []
    for m in _CAPITAL_ASKED.finditer(part):
        country = canonical_party(m.group(1) or m.group(2) or "")
        out += _capitals_by_country().get(country, []) if country else []
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=1)
def _capitals_by_country() -> dict[str, list[str]]:
    """``CAPITAL_OF`` turned round, by the usual name of the country each capital's word stands for ("croatia":
    Croatia; "korea": South Korea, for Seoul; Pyongyang North Korea's), once."""
    out: dict[str, list[str]] = {}
    for city, word in CAPITAL_OF.items():
        country = canonical_party(word) or canonical_party(word.capitalize())
        country = "North Korea" if city == "pyongyang" else country  # ("korea" is Seoul's word too)
        if country is not None and city not in ("mexico", "kiev"):
            out.setdefault(country, []).append(city)
    return out


#: a capital told by its country, then named ("the Angolan capital, Luanda", "Ukraine's capital Kyiv", "the South
#: Korean capital city of Seoul", "the capital of Angola, Luanda"): the words before the city's name
_CAPITAL_THEN_NAME = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:['\u2019]s)?\s+capital(?:\s+city)?(?:\s+of)?|"
    r"capital\s+(?:city\s+)?of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,)\s*,?\s+(?=[A-Z][a-z])"
)


def without_country_of_capital(text: str) -> str:
    """``text`` without the words that tell a capital by its country before naming it ("... held in the Angolan
    capital, Luanda": "... held in Luanda"): the city's name says it all."""
    return _CAPITAL_THEN_NAME.sub(" ", text)


#: a meeting put in a capital told by its country ("met ... in Germany's capital", "at the German capital", "in the
#: capital of Germany"), not one named right after ("in the Angolan capital, Luanda")
_IN_CAPITAL = re.compile(
    r"\b(in|at)\s+(?:(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?:['\u2019]s)?\s+capital(?:\s+city)?|"
    r"the\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\b(?!\s*,?\s+(?:city\s+of\s+)?[A-Z])"
)


#: where a question turns from who met to what about ("... about Ukraine", "what did they discuss")
_TOPIC_TURN = re.compile(r"\b(?:about|regarding|concerning|over|to discuss|discuss\w*)\b")


def capital_as_city(question: str) -> str:
    """``question`` with a place told as a country's capital written as the city ("met Libya's leader in Germany's
    capital": "... in Berlin"), where they met, beside another country: the capital's is no side of the meeting, and
    the readouts name the city."""

    def city(m: re.Match) -> str:
        cities = capitals_named(m.group(0))
        named = [c for c in cities if not any(c != o and c in o for o in cities)]  # ("delhi" is "new delhi")
        # (the country from the table ``capitals_named`` reads, so Pyongyang's is North Korea)
        country = (
            next((k for k, v in _capitals_by_country().items() if named[0] in v), None) if len(named) == 1 else None
        )
        # only beside another country, the side met ("met Libya's leader in Germany's capital"); alone, the capital
        # may be the side's own ("had sat down with Kuleba in the Ukrainian capital")
        # (a side named, not a topic: "met the chancellor in the German capital about Ukraine" names no other side)
        sides = f"{_TOPIC_TURN.split(question[: m.start()], 1)[0]} {_TOPIC_TURN.split(question[m.end() :], 1)[0]}"
        others = {p.name for p in find_parties(sides)} - {country}
        met = MET_THERE.search(question[: m.start()]) is not None  # (not "the trade fair in Algeria's capital")
        return f"{m.group(1)} {named[0].title()}" if country and others and met else m.group(0)

    return _IN_CAPITAL.sub(city, question)
