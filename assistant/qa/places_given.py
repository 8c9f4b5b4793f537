"""Does a sentence give a place, or a city? "in Tokyo", "at the June Summit of the Americas", "from Air Force
One", "the outskirts of Odesa", a city known by name; not an office ("Advisor to the Prime Minister of the Czech
Republic"), a month ("launched in June"), the inner "of" of a name ("a Cyber Center of Excellence") or, for a
city, a country ("located in Jamaica"). Pure functions, used by ``answer_types``.
"""

from __future__ import annotations

import functools
import re

from ..text.continents import SIDE_REGIONS
from ..text.lexicon import TITLE_HEADS
from ..text.names import find_parties
from ..text.place_words import US_STATES
from ..text.places import CAPITAL_OF, CITIES, CITY_STATES, US_CITIES
from ..text.question_words import LAUNCHED_ATTACKS
from ..text.tokenize import fold, words
from .times import MONTH_NAME

_CITY_WORDS = re.compile(
    r"\b(?:on|near|outside|from|of|city of|town of|port of|attack on|strike on)\s+(?:the\s+)?"
    rf"(?!(?:{MONTH_NAME})\b)[A-Z][a-z\u00C0-\u024F'\u2019\-]{{2,}}"  # (not a day: "an attack on March 27")
)
#: a capitalised word before "of": the "of" is inside a name ("a Cyber Center of Excellence", "Secretary of State",
#: "Speaker of the Knesset")
_NAME_BEFORE_OF = re.compile(r"\b[A-Z][\w.\u2019'\-]*\s+of\s+(?:the\s+)?\S+$")
#: a city known by name, as written
KNOWN_CITY = re.compile(
    r"\b(?:" + "|".join(re.escape(c.title()) for c in sorted(CITIES, key=len, reverse=True)) + r")\b"
)
_MARGINS = re.compile(r"\b(?:on|at) the (?:margins|sidelines) of (?:the )?[A-Z]")
#: "a devastating offensive on Marib", "strikes against Odesa": the place an attack is on
_ATTACKED_PLACE = re.compile(
    rf"\b(?:{'|'.join(sorted(LAUNCHED_ATTACKS))}|shelling|bombing|siege)\s+(?:on|of|against)\s+(?P<place>[A-Z][\w\-]*)"
)


def _attacked_place(text: str) -> bool:
    """Whether an attack is on a town or a region the sentence names ("on Marib", "against Odesa"); not on what
    a nationality qualifies ("against Iraqi personnel"), nor on a whole country ("Russia's attack on Ukraine" is
    a war, not where a strike hit)."""
    return any(not find_parties(m.group("place")) for m in _ATTACKED_PLACE.finditer(text))


#: "At the G7 Summit, ...", "in Tokyo", "from Air Force One"; not an office ("Advisor to the Prime Minister of
#: the Czech Republic")
_PLACE_WORDS = re.compile(
    r"\b(?:in|at|to|from|aboard|In|At|From|Aboard) (?:the )?(?!(?:"
    + "|".join(map(re.escape, sorted(TITLE_HEADS | {"Prime", "Vice", "Foreign"})))
    # (not a month, "launched in June", unless it names an event: "at the June Summit of the Americas")
    + rf")\b)(?!(?:{MONTH_NAME})\b(?!\s+[A-Z]))"
    # (not a disease or code in capitals and figures: "recover from COVID-19"; "to the ROK" is a place)
    + r"(?![A-Z]{2,}-\d+\b)[A-Z][\w\u00C0-\u024F'\u2019.\-]+"
)


def _a_town_word(text: str) -> bool:
    """A capitalised word after "on", "near", "of" ... ("an attack on Odesa", "the outskirts of Kyiv"), not after
    "of" inside a name ("a Cyber Center of Excellence")."""
    return any(
        not (m.group(0).startswith("of") and _NAME_BEFORE_OF.search(text[: m.end()]))
        for m in _CITY_WORDS.finditer(text)
    )


def _without_countries(text: str) -> str:
    """The text with the countries it names blanked out (a body, "the European Union", kept); a capital that
    stands for its government ("Washington", "Beijing") and a city-state ("Singapore") are still cities."""
    for p in reversed(find_parties(text)):
        said = fold(text[p.start : p.end])
        if not p.organisation and said not in CAPITAL_OF and said not in CITY_STATES:
            text = text[: p.start] + "x" * (p.end - p.start) + text[p.end :]
    return text


def gives_city(text: str, asked: str = "") -> bool:
    """A town or city, not a country ("Prime Minister Bennett of Israel", "in Japan"); for a capital ``asked``, also
    a capital that stands for its government ("which capital did they urge to halt ...": "called upon Pyongyang")."""
    towns = _AT_AN_EVENT.sub(" ", _without_countries(text))  # ("at the Summit of the Americas": no city)
    if _CAPITAL_ASKED.search(asked) and any(_a_capital_as_side(m.group(1)) for m in _CAPITAL_AS_SIDE.finditer(towns)):
        return True
    return bool(_PLACE_WORDS.search(towns) or _a_town_word(towns) or KNOWN_CITY.search(text))


#: an event where something was, by a name without a city's ("at the Summit of the Americas", "at the June NATO
#: Summit"; not "at the Madrid Summit", "at the Halifax International Security Forum")
_AT_AN_EVENT = re.compile(
    r"\b(?:at|to|from)\s+(?:the\s+)?(?:(?:[A-Z]{2,}\d*|G\d+|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
    rf"Tenth|Annual|{MONTH_NAME})\s+){{0,3}}(?:Summit|Conference|Forum|Ministerial|Meeting|Assembly|Dialogue|Session|"
    r"Games|Expo|Fair)\b(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*)+)?"
)
_CAPITAL_ASKED = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?capital\b", re.I)
#: a capitalised word someone was urged, pressed or warned, or had ties with ("called upon Pyongyang", "urged
#: Beijing", "a stable relationship with Moscow"), not the first word of a name ("the OSCE Minsk Group", "the Second
#: Berlin Conference")
_CAPITAL_AS_SIDE = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:up)?on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|warn(?:s|ed|ing)?|told|ask(?:s|ed)?|"
    r"condemn(?:s|ed)?|demand(?:s|ed)?|with|against)\s+([A-Z][\w\-]+)\b(?![\s\-]+[A-Z])(?!-)"
)


def _a_capital_as_side(word: str) -> bool:
    """A capital by its name, that is no country's own name too ("Mexico", "Singapore")."""
    return CAPITAL_OF.get(fold(word)) not in (None, fold(word))


def gives_place(text: str) -> bool:
    """A place of any kind; a city known by name wherever it stands ("the voluntary evacuation of New Orleans")."""
    if any(_near_a_place(m) for m in _NEAR_PLACE.finditer(text)):  # "the Iranian missile attacks near Erbil"
        return True
    return bool(
        _PLACE_WORDS.search(text)
        or _MARGINS.search(text)
        or _attacked_place(text)
        or KNOWN_CITY.search(text)
        or _ON_GROUND.search(text)
        or any(_a_land(m.group(1)) for m in _ACROSS_A_LAND.finditer(text))
    )


#: a land a thing went on across, by its name ("atrocities across Burma"; not "across the Western Hemisphere", where
#: a call about migration was not held)
_ACROSS_A_LAND = re.compile(r"\b(?:across|throughout)\s+(?!the\b)([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")


def _a_land(name: str) -> bool:
    """A country or a U.S. state by its name (not "throughout January", "across Democratic administrations")."""
    return any(not p.organisation for p in find_parties(name)) or name in US_STATES


#: a place told by a common noun: "on Ukraine's borders", "on college campuses", "along the coast", "in
#: Ukrainian territory" (not "fighting on the frontlines", "take to the streets": a manner of speaking)
_ON_GROUND = re.compile(
    r"\b(?:on|along|across|near|at|within|in|inside)\s+(?:(?:the|its|their|our|his|her|[A-Z][\w\-]*['\u2019]s)\s+"
    r"(?:[\w\-]+\s+)?|[\w\-]+\s+)(?:borders?|frontiers?|campus(?:es)?|coasts?|coastlines?|shores?|soil|territory|"
    r"territories|waters|border\s+areas?)\b"
    # (not "across borders", "on border security")
    r"(?!\s+(?:security|management|control|crossings?|disputes?|issues?|polic(?:y|ies)|protection|patrols?|guards?|"
    r"officials?|cooperation|enforcement|agenc(?:y|ies)|forces?|walls?|infrastructure|trade)\b)"
)


#: a place something lay near or outside ("attacks near Erbil", "outside Kharkiv"; not "near November")
_NEAR_PLACE = re.compile(rf"\b(?:near|outside)\s+(?!(?:{MONTH_NAME})\b)([A-Z][a-z\u00C0-\u024F'\u2019\-]{{2,}})")
#: an attack or the like just before "near" / "outside": what follows is where it struck (not "near Christmas")
_STRUCK_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|explosions?|blasts?|shelling|bombings?|fighting|clashes)\b[^.;]{0,40}$"
)


def _near_a_place(m: re.Match) -> bool:
    """Whether "near X" / "outside X" places something: X is a city known by name or follows an attack."""
    return bool(KNOWN_CITY.fullmatch(m.group(1)) or _STRUCK_BEFORE.search(m.string[: m.start()]))


#: a city asked for as one of a country's ("in which Israeli city", "what Polish town")
_COUNTRYS_CITY = re.compile(r"\b(?i:which|what)\s+([A-Z][\w\-]+)\s+(?:city|town|port|capital)\b")
#: the issuer's capital, where most of its meetings are held
_WASHINGTON = re.compile(r"\bWashington(?:,?\s+D\.?\s?C\.?)?")


def without_home_capital(text: str, question: str) -> str:
    """A sentence less "Washington" and the issuer's other cities when the question asks for a city of another
    country ("in which Israeli city did the attack take place": "met ... earlier today in Washington" is where the
    meeting was, not the city; "which Jamaican city": not "the Summit of the Americas in Los Angeles")."""
    asked = _COUNTRYS_CITY.search(question)
    parties = find_parties(asked.group(1)) if asked else []
    if not parties or parties[0].organisation or parties[0].name == "United States":
        return text
    return _US_CITY.sub(" ", _WASHINGTON.sub(" ", text))


_US_CITY = re.compile(
    r"\b(?:" + "|".join(re.escape(c.title()) for c in sorted(US_CITIES, key=len, reverse=True)) + r")\b"
)


#: a U.S. state by name ("Colorado Governor Jared Polis", "in Orlando, Florida")
US_STATE_NAME = re.compile(r"\b(?:" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")
_STATES = "|".join(sorted(US_STATES - {"Washington"}, key=len, reverse=True))  # (Washington: a city as often)
#: the words that name a state's officers, each by its kind, the same for a question's "lawmakers" and a title's
#: "Legislators" (not "government", "legislation": no officers)
_OFFICER_KINDS = {
    **dict.fromkeys(("governor", "governors"), "governor"),
    **dict.fromkeys(
        ("lawmaker", "lawmakers", "legislator", "legislators", "legislature", "legislatures", "legislative"),
        "legislator",
    ),
    **dict.fromkeys(("official", "officials"), "official"),
    **dict.fromkeys(("senator", "senators"), "senator"),
    **dict.fromkeys(("attorney", "attorneys"), "attorney"),
}
#: the officers a question asks of a state ("lieutenant governor" is a governor's kind; a delegation of none)
_OFFICERS = (
    r"(?i:governors?|lieutenant governors?|senators?|attorney general|lawmakers|legislators|officials|delegation)"
)
#: a U.S. state whose officers someone is ("Colorado's governor", "the governor of Colorado", "Texas lawmakers"), not
#: where a meeting was ("in New York") nor what is of it ("New York's famous harbor statue")
_STATE_OF_SOMEONE = re.compile(
    rf"\b(?P<state>{_STATES})(?:['\u2019]s)?\s+(?:[\w\-]+\s+)?(?P<officer>{_OFFICERS})\b"
    rf"|\b(?P<officer2>{_OFFICERS})\s+of\s+(?P<state2>{_STATES})\b"
)


def states_of_someone(question: str) -> list[str]:
    """The U.S. states a question names as someone's ("Colorado's governor"): a readout that answers it names one
    of them. None when it names two meetings by their times ("in her June 14, 2022 roundtable ... and in her July 16,
    2022 meeting with Pennsylvania state legislators"): the state may be of one of them only."""
    return [state for state, _ in state_officers(question)]


def state_officers(question: str) -> list[tuple[str, str]]:
    """``states_of_someone`` with the kind of officer asked of each ("Florida state lawmakers": Florida,
    legislator), by ``officer_kind``."""
    if len(_TIMES_NAMED.findall(question)) > 1:
        return []
    return [
        (m.group("state") or m.group("state2"), officer_kind(m.group("officer") or m.group("officer2")))
        for m in _STATE_OF_SOMEONE.finditer(question)
    ]


def officer_kind(text: str) -> str:
    """The kind of a state's officer some words name, by ``_OFFICER_KINDS`` ("lieutenant governor": governor);
    empty when they name none."""
    return next((k for w in words(text) if (k := _OFFICER_KINDS.get(w))), "")


_TIMES_NAMED = re.compile(rf"\b(?:{MONTH_NAME})\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?(?:19|20)\d\d\b")


def without_places_asked(text: str, question: str) -> str:
    """A sentence less the places its question names: a city or a U.S. state the question gives is what it
    asks about, not the answer ("in which city did Harris meet Florida state lawmakers": "protect
    reproductive rights in Florida" names no city; "in Orlando, Florida" does). Nor is Washington the answer when
    a city of another country is asked for. (A country is kept: the question's "South Korean adviser" is no
    answer's place, but "the President's visit to the ROK" may be the place asked.)"""
    text = without_home_capital(text, question)
    for name in _places_named(question):  # ("Where did they discuss Hong Kong?")
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    return text


@functools.lru_cache(maxsize=256)
def _places_named(question: str) -> tuple[str, ...]:
    """The known cities and U.S. states a question names, longest first (read once a question: every candidate
    sentence asks); a state that is also a city or a country ("Washington", "New York", "Georgia") is left out, as
    it may be the place answered."""
    states = {n for n in US_STATE_NAME.findall(question) if fold(n) not in CITIES and not find_parties(n)}
    return tuple(sorted(set(KNOWN_CITY.findall(question)) | states, key=len, reverse=True))


#: the regions a question may say someone or something is of ("an East African head of state", "Central Asian")
REGIONS_SAID = "|".join(sorted(map(re.escape, SIDE_REGIONS), key=len, reverse=True))
#: countries asked for by their region ("Which African countries' foreign ministers took part ...")
_REGION_COUNTRIES_ASKED = re.compile(
    rf"\b(?:which|what)\s+({REGIONS_SAID})\s+(?:countries|nations|states|governments)\b", re.I
)


def countries_of_region_asked(asked: str) -> frozenset[str] | None:
    """The countries of the region a question asks countries of ("Which African countries' foreign ministers"):
    a country answers only if it is of them (not the United States of "the Secretary's conversation"); None when
    it names no region."""
    m = _REGION_COUNTRIES_ASKED.search(asked)
    return frozenset(SIDE_REGIONS[m.group(1).lower()]) if m else None
