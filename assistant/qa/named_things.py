"""Questions for things known by their names ("which gas fields", "which specific air defense systems"): the
answer must name them. The pattern that finds what such a question asks for, as it says it; and whether a name's
possessive owns a thing with a name of its own ("Harris's Call to Action"), which makes it what was talked about.
Pure."""

from __future__ import annotations

import re

from ..corpus.people import mentions
from ..text.lexicon import (
    CALENDAR,
    DISEASE_NAMES,
    INSTITUTION_WORDS,
    NOT_PEOPLE_WORDS,
    OFFICE_WORDS,
    OWNED_THING_ENDS,
    PUBLIC_NAME_ENDS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.places import CITIES, regions_named

#: up to three words before a noun, none of them a preposition or a verb ("which U.S. utility companies")
_FEW_WORDS = (
    r"(?:(?!(?:to|of|for|on|in|with|by|from|at|and|or|did|does|do|was|were|is|are|has|have|had)\b)[\w.\-]+ ){0,3}?"
)
#: things known by their names ("which offshore gas fields", "which rebel militia"), and things a "specific" question
#: asks for by name; companies, firms, corporations, unions and manufacturers too ("Which utility companies did the CEOs
#: represent?"), unless something is aimed at them: "which companies will they coordinate enforcement against" may
#: be answered by what they are ("third-country companies that help Russia evade export controls")
#: (plural, or one not owned: "which company's vaccine doses" asks for the doses; "union" not in "African Union")
_BY_NAME = (
    r"(?:compan(?:y(?!['\u2019])|ies)|firms?(?!['\u2019])|corporations|(?<!african )(?<!european )(?<!soviet )unions?|"
    r"manufacturers)"
)
_NAMED_THINGS = (
    r"(?:gas|oil) fields|militias?|(?:armed|rebel|militant|terrorist|extremist) groups?|"
    rf"{_BY_NAME}(?:['\u2019])?(?![^?]*\s(?:against|on|upon|at|for|to)\s*\?\s*$)"
)
_SPECIFIC_THINGS = (
    r"weapons?(?: systems?)?|(?:defen[cs]e|missile|weapons?|radar|rocket|artillery) systems?|systems?|aircraft|"
    r"missiles?|drones|tanks|vessels|warships|equipment|munitions"
)
#: a question for companies, firms, unions or manufacturers by name (not "which entities": a body of government may
#: be one, "the European Parliament and the Council")
_ENTITIES_ASKED = re.compile(rf"\b{_BY_NAME}\b", re.I)
#: a sentence that names them as such: the word for them, or a company's own ending ("Entergy Corporation")
_ENTITIES_NAMED = re.compile(
    rf"(?i:\b{_BY_NAME}\b)|\b[A-Z][\w&\-]*\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|Group|Holdings|Industries)\b"
)
#: a run of capitalised words ("Johnson & Johnson", "International Brotherhood of Electrical Workers")
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w.\-]*(?:\s+(?:(?:&|of|on|for|and|the)\s+)?[A-Z][\w.\-]*)*")
#: last words of the names of a government's own bodies, offices, programmes, laws and places: no company's
_PUBLIC_ENDS = INSTITUTION_WORDS | NOT_PEOPLE_WORDS | OFFICE_WORDS | TITLE_HEADS | PUBLIC_NAME_ENDS
#: a programme or law a name is of ("Build Back Better (BBB) agenda")
_OF_A_PROGRAMME = re.compile(
    r"\s*(?:\([\w\-]+\)\s*)?(?:agenda|plan|act|bill|law|framework|initiative|program|programme|strategy|polic(?:y|ies)|"
    r"regime|administration)\b",
    re.I,
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


def capitalised_as_first(before: str, word: str) -> bool:
    """Whether a word after ``before`` has its capital only as the first word of a sentence ("The", "During"): not a
    name, as one with capitals inside it is ("BSkyB", "SolarWinds")."""
    opening = not before.strip() or before.rstrip().endswith((".", ":", "\u201c", '"'))
    return opening and not re.search(r"[A-Z]", word[1:])


_TITLED_RUN = re.compile(r"\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)+")


def initials_of(name: str) -> str:
    """The first letters of a name's capitalised words ("Build Back Better": "BBB")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def names_entities(text: str, question: str) -> bool:
    """For a question asking which companies, firms, unions or manufacturers: whether a sentence names them, as such
    ("U.S. companies including Boeing", "Entergy Corporation") or by a name of their own that is no government's
    body, office, programme or law, no country, place or person ("one million Pfizer COVID-19 vaccine doses", "the
    International Brotherhood of Electrical Workers"; not "the Missile Technology Control Regime", "the Biden-Harris
    Administration", "his Build Back Better (BBB) agenda")."""
    if not _ENTITIES_ASKED.search(question) or _ENTITIES_NAMED.search(text):
        return True
    asked = {w.lower() for w in re.findall(r"[\w\-]+", question)}
    # a name the question or the sentence writes in full, given by its initials ("Build Back Better": "BBB")
    initials = {initials_of(m.group(0)) for m in _TITLED_RUN.finditer(f"{question} {text}")}
    for run in _CAPITAL_RUN.finditer(text):
        said = run.group(0)
        if text[: run.start()].endswith("(") or _OF_A_PROGRAMME.match(text[run.end() :]):
            continue
        names = [w.rstrip(".,") for w in said.split() if w[:1].isupper()]
        if names and capitalised_as_first(text[: run.start()], names[0]):  # "The", not "BSkyB"
            names = names[1:]
        names = [w for w in names if w not in DISEASE_NAMES and w.lower() not in CALENDAR]  # "Pfizer COVID-19"
        if not names or names[-1] in _PUBLIC_ENDS or all(w.lower() in asked or w in initials for w in names):
            continue
        if find_parties(said) or mentions(said) or regions_named(said) or said in CITIES:
            continue
        return True
    return False
