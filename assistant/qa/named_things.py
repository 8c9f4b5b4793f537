"""Questions for things known by their names ("which gas fields", "which specific air defense systems"): the
answer must name them. The pattern that finds what such a question asks for, as it says it; and whether a name's
possessive owns a thing with a name of its own ("Harris's Call to Action"), which makes it what was talked about.
Pure."""

from __future__ import annotations

import re

from ..text.lexicon import CALENDAR, OFFICE_WORDS, OWNED_THING_ENDS, TITLE_HEADS

#: up to three words before a noun, none of them a preposition or a verb ("which U.S. utility companies")
_FEW_WORDS = (
    r"(?:(?!(?:to|of|for|on|in|with|by|from|at|and|or|did|does|do|was|were|is|are|has|have|had)\b)[\w.\-]+ ){0,3}?"
)
#: things known by their names ("which offshore gas fields"), and things a "specific" question asks for by name;
#: companies, firms, unions and entities too ("Which utility companies did the CEOs represent?"), unless something
#: is aimed at them: "which companies will they coordinate enforcement against" may be answered by what they are
#: ("third-country companies that help Russia evade export controls")
_BY_NAME = r"(?:compan(?:y|ies)|firms?|corporations?|unions?|entit(?:y|ies)|manufacturers?)"
_NAMED_THINGS = rf"(?:gas|oil) fields|{_BY_NAME}(?:['\u2019]s?)?(?![^?]*\s(?:against|on|upon|at|for|to)\s*\?\s*$)"
#: a question for companies, firms, unions or entities by name
_ENTITIES_ASKED = re.compile(rf"\b{_BY_NAME}\b", re.I)
#: a sentence that names them as such: the word for them, or a company's own ending ("Entergy Corporation")
_ENTITIES_NAMED = re.compile(
    rf"(?i:\b{_BY_NAME}\b)|\b[A-Z][\w&\-]*\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|Group|Holdings|Industries)\b"
)
_SPECIFIC_THINGS = (
    r"weapons?(?: systems?)?|(?:defen[cs]e|missile|weapons?|radar|rocket|artillery) systems?|aircraft|missiles?|"
    r"drones|tanks|vessels|warships|equipment|munitions"
)
#: the things a "named" part asks for, as it says them ("specific air defense systems", "offshore gas fields")
NAMED_ASKED = re.compile(
    rf"\b(?:which|what) (?P<what>{_FEW_WORDS}(?:{_NAMED_THINGS})|(?:specific|particular|exact) {_FEW_WORDS}"
    rf"(?:{_SPECIFIC_THINGS}))\b",
    re.I,
)


#: what a name's possessive may own: a name of several capitalised words ("Harris's Call to Action")
_OWNED_NAME = re.compile(
    r"['\u2019]s\s+([A-Z][\w\-]*(?:\s+(?:(?:for|of|on|to)\s+(?:the\s+)?)?[A-Z][\w\-]*)+)"
    r"(\s+with\b|\s+(?:\w+\s+)?(?:meetings?|calls?|visits?|trips?|talks|conversations?|summit|session|dialogue)\b)?",
)


def owns_a_named_thing(after: str, things_only: bool = False) -> bool:
    """Whether the words right after a person's name make them the owner of a thing with a name of its own
    ("Harris's Call to Action", "Biden's Build Back Better Agenda"): the question is about that thing, not a
    meeting of theirs. Not an office ("Biden's Chief of Staff"), a month ("Blinken's March call") or a readout's
    title ("Sullivan's Bilateral Meeting with ...", "Blinken's Munich Security Conference meeting"). With
    ``things_only``, the name must end in a word for a thing ("Government", "Initiative"), as after a country's
    possessive, where a person's name is common ("Japan's Kishida")."""
    m = _OWNED_NAME.match(after)
    if not m or m.group(2):
        return False
    caps = [w for w in m.group(1).split() if w[:1].isupper()]
    if any(w in TITLE_HEADS or w in CALENDAR for w in caps):
        return False
    if things_only and caps[-1] not in OWNED_THING_ENDS:
        return False  # "Indonesia's Joko Widodo": a person of that country
    return caps[-1] not in OFFICE_WORDS  # "Biden's Chief of Staff", not "Burma's National Unity Government"


def names_entities(text: str, question: str) -> bool:
    """For a question asking which companies, firms, unions or entities: whether a sentence that names a new thing
    names them as such ("U.S. companies including Boeing", "Entergy Corporation"), not another named thing the
    readout mentions ("the Missile Technology Control Regime", "the Biden-Harris Administration")."""
    return not _ENTITIES_ASKED.search(question) or bool(_ENTITIES_NAMED.search(text))
