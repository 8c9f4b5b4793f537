"""Who a question names: person names, countries and organisations, the office named without a name ("the Vice
President"), which of them are sides of the meeting, and the span of its grammatical subject (the place it puts the
meeting in: ``meeting_place``). Pure functions.
"""

from __future__ import annotations

import re

from ..text.lexicon import (
    CALENDAR,
    COMPASS_WORDS,
    GENERIC,
    INNER_HONORIFICS,
    MEETING_NOUNS,
    NOT_PEOPLE_WORDS,
    OFFICE_WORDS,
    PARTISAN,
    QUESTION_WORDS,
    STOPWORDS,
    TIME_MODIFIERS,
    TITLE_HEADS,
)
from ..text.names import find_parties, question_entities
from ..text.place_words import COMMUNITY_WORDS, REGION_ADJECTIVES, US_STATES
from ..text.places import CAPITAL_OF, CITIES, COUNTRIES, REGION_QUARTERS, REGION_WHOLES, US_REGION, WIDE_REGIONS
from ..text.question_words import (
    AUXILIARY,
    CLAUSE_OPENERS,
    OPENING_ADVERBS,
    SAID_ON,
    SERVING_OFFICES,
    TALKED_OF,
    THING_NAME_ENDS,
)
from ..text.tokenize import fold, stem, without_possessive, words
from .not_named import blanked
from .people_sides import MEETING_TO_BE
from .places_given import US_STATE_NAME
from .talked_of import BETWEEN_OTHERS, WITH_OTHERS, talked_of_after
from .times import MONTH_NAME

_PARTICLE = r"(?:bin|bint|ibn|al|el|de|del|der|den|da|di|du|dos|das|von|van|la|le)"
#: a capital letter, accented ones too ("Ángeles Moreno Bau", "Šefčovič", "Łukasz")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u0160\u017d\u010c\u015a\u0179\u017b\u0150\u0170"
_CAP = re.compile(
    rf"(?:\b{_PARTICLE}\s+(?:{_PARTICLE}\s+)?(?=[{_UPPER}]))?(?<![\w\u00C0-\u024F])[{_UPPER}][\w\u00C0-\u024F'\u2019\-]*"
    rf"(?:\s+(?:[{_UPPER}]\.(?=\s+[{_UPPER}][a-z])|[{_UPPER}][\w\u00C0-\u024F'\u2019\-]*|"  # ("Philip J. Hanlon")
    rf"{_PARTICLE}\b(?=\s+(?:{_PARTICLE}\s+)?[{_UPPER}])))*"
)


#: Capitalised words that open or steer a question, never names.
_NOT_NAMES = set(
    "compare contrast list name find count according apart besides beyond both each either neither also then "
    "now after before during since".split()
)


def names_in(question: str) -> tuple[list[str], list[tuple[str, int, int]]]:
    """Person names (runs of capitalised words that are not question words, titles, calendar words or
    parties, possessives removed) and parties (name shown, start, end) of a question."""
    question = blanked(question)  # (offsets kept)
    parties = [(p.name, p.start, p.end) for p in find_parties(question)]
    people: list[str] = []
    # a country inside a longer name ("the Northern Ireland Protocol") is part of that name, not a side
    for m in _CAP.finditer(question):
        inner = [p for p in parties if m.start() < p[1] and p[2] <= m.end()]
        before = question[m.start() : inner[0][1]].split() if inner else []
        opens = m.start() == 0 or question[: m.start()].rstrip().endswith((".", "?", "!", ":"))
        owner = bool(before) and re.search(r"['\u2019]s$", before[-1]) is not None  # "Sullivan's Japanese counterpart"
        # "U.S.-Japan-South Korea": countries joined by hyphens, no one's name
        within = [p for p in parties if m.start() <= p[1] and p[2] <= m.end()]
        joined = inner and not re.sub(r"[\s\-.]", "", _without_spans(question, m.start(), m.end(), within))
        if (
            inner
            and before
            and not joined
            and not opens
            and not owner
            and not any(w in TITLE_HEADS or fold(w) in STOPWORDS for w in before)
        ):
            if not any(w in TITLE_HEADS for w in m.group(0).split()):
                people.append(m.group(0))
                parties = [p for p in parties if p not in inner]
    taken = [(s, e) for _, s, e in parties] + [
        (m.start(), m.end()) for m in _CAP.finditer(question) if m.group(0) in people
    ]
    taken += [(m.start(), m.end()) for m in US_REGION.finditer(question)]  # "Which New England state": no one
    for m in _CAP.finditer(question):
        parts: list[str] = []
        pos = m.start()
        run = m.group(0).split()
        for n, w in enumerate(run):
            s = question.find(w, pos)
            pos = s + len(w)
            clean = without_possessive(w)
            low = fold(clean)
            thing = any(ch.isdigit() for ch in clean)  # "COVID-19", "G20": things, never people
            if clean in INNER_HONORIFICS and parts and n + 1 < len(run) and run[n + 1] not in TITLE_HEADS:
                parts.append(clean)  # "Hassan Sheikh Mohamud": one name
                continue
            if re.fullmatch(r"[A-Z]\.", w) and n + 2 == len(run) and run[n + 1] not in TITLE_HEADS:
                continue  # "Philip J. Hanlon", "S. Jaishankar": one name, read without its initial
            if thing or _never_a_name(clean, low) or any(a <= s < b for a, b in taken):
                if parts:
                    people.append(" ".join(parts))
                parts = []
                continue
            parts.append(clean)
            if clean != w and n + 1 < len(run):  # "Jake Sullivan's Japanese counterpart": the possessive ends it
                people.append(" ".join(parts))
                parts = []
        if parts:
            people.append(" ".join(parts))
    return list(dict.fromkeys(p for p in people if _may_be_a_person(p, question))), parties


def _without_spans(text: str, start: int, end: int, spans) -> str:
    """``text[start:end]`` less the spans (name, start, end) inside it."""
    out = text[start:end]
    for _, s, e in sorted(spans, key=lambda x: -x[1]):
        out = out[: s - start] + out[e - start :]
    return out


#: a part of a month or season, hyphenated ("mid-October", "early-June", "late-summer")
_PART_OF_MONTH = re.compile(
    r"(?:mid|early|late)-(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|fall|autumn|winter)"
)


def _never_a_name(word: str, low: str) -> bool:
    """A capitalised word that is never part of a person's name: a question, function or calendar word, a title,
    a generic or partisan word, a single letter, the writer ("I'm studying ..."), one saying whose doing a thing is
    ("Republican-backed", "Russia-based") or where it is ("three Gulf-state governors"), initials in the plural
    ("CEOs"), or a part of a month ("Mid-October", "Late August 2021, the President ...")."""
    return (
        low in QUESTION_WORDS
        or low in STOPWORDS
        or low in CALENDAR
        or low in TIME_MODIFIERS
        or low in OPENING_ADVERBS  # "Roughly how much aid ...", "Exactly when did they meet?"
        or word in TITLE_HEADS
        or (word.endswith("s") and word[:-1] in TITLE_HEADS)  # "nine Democratic Governors": an office, plural
        or low in GENERIC
        or low in PARTISAN
        or len(word) < 2
        or re.fullmatch(r"I['\u2019](?:m|ve|d|ll)", word) is not None
        or re.fullmatch(r"[A-Z]{2,}s", word) is not None  # initials in the plural ("state AGs", "NGOs"): a class
        or _PART_OF_MONTH.fullmatch(low) is not None  # a time: "Mid-October 2022, the President sat down ..."
        or re.search(r"-(?:backed|led|based|linked|related|sponsored|owned|run|style|states?|region)$", low) is not None
    )


def _may_be_a_person(name: str, question: str) -> bool:
    """Whether a run of capitalised words of a question may be someone's name: not an office, a place, a
    firm ("Johnson & Johnson"), a community before a noun ("Black civil rights groups") or a U.S. state."""
    return (
        not all(w in OFFICE_WORDS or w in TITLE_HEADS for w in name.split())
        and not any(w in NOT_PEOPLE_WORDS for w in name.split())
        and fold(name) not in _NOT_NAMES
        and not _place_phrase(name, question)
        and not re.search(rf"\b{re.escape(name)}\s*&|&\s*{re.escape(name)}\b", question)
        and not (name in COMMUNITY_WORDS and re.search(rf"\b{name}\s+[a-z]", question))
        and name not in US_STATES  # "the help FEMA was sending to Florida": a state, never a person
        and not _a_region(name)  # "the Indo-Pacific leaders she convened", "Southeast Asia"
        and fold(name) not in CAPITAL_OF  # "her Seoul meeting with President Yoon": a capital, not a person
        and fold(name) not in CITIES  # "Harris's Los Angeles roundtable", "Which San Francisco pastor"
        # "Biden's call with Northeastern governors" (not "Northern Ireland")
        and not (
            all(w in COMPASS_WORDS for w in name.split()) and re.search(rf"\b{name}\s+[a-z]", question) is not None
        )
        and not _part_of_a_country(name, question)
        and not _NUMBERED.search(question[question.find(name) + len(name) :])  # "the Enbridge Line 5 pipeline"
    )


#: a number right after a name makes it a thing's ("Enbridge Line 5", "Nord Stream 2"), not a day ("Yang 16 March")
_NUMBERED = re.compile(
    rf"^\s+\d{{1,3}}\b(?!,?\s+(?i:{MONTH_NAME})|\s*[-\u2013]\s*\d|"
    r"\s*(?:%|(?i:times?|days?|weeks?|months?|years?|hours?|percent|per\s+cent|of)\b))"
)


def _part_of_a_country(name: str, question: str) -> bool:
    """A region's adjective right before a country names a part of it ("Did Northern Ireland come up?", "the
    fighting in Eastern Ukraine"), never a person."""
    if not all(w in COMPASS_WORDS for w in name.split()):
        return False
    starts = {p.start for p in find_parties(question)}
    return any(m.end() in starts for m in re.finditer(rf"\b{re.escape(name)}\s+", question))


def _a_region(name: str) -> bool:
    """A wide region ("the Middle East"), a quarter of one ("East Africa") or its adjective ("Latin American")."""
    parts = fold(name).split()
    quarter = len(parts) == 2 and parts[0] in REGION_QUARTERS and parts[1] in REGION_WHOLES
    return " ".join(parts) in WIDE_REGIONS or name in REGION_ADJECTIVES or quarter


def _place_phrase(name: str, question: str) -> bool:
    """Whether a capitalised run stands where a place does: "in Paris", "at Camp David", "from Kyiv" (not its
    owner: "at Harris's July meeting"), and
    "to Tokyo" after a word of travel (not "talking to Ahmed bin Mubarak", "according to Biden's meeting")."""
    n = re.escape(name)
    if re.search(rf"\b(?:in|at|from)\s+(?:the\s+)?{n}\b(?!['\u2019]s\b)", question):
        return True  # not "at Harris's July meeting": whose meeting
    if any(
        _STATE_AFTER.match(question, m.end())
        for m in re.finditer(rf"\b(?:to|in|at|from|near|outside)\s+{n}\b", question)
    ):
        return True  # "a delegation to Frederick, Maryland": a town of a state (not "Sung Kim, Washington's envoy")
    return bool(
        re.search(
            rf"\b(?:trip|travel\w*|visit\w*|went|go|going|flew|fly|came|come|return\w*|way|arriv\w*|"
            rf"head\w*)\s+(?:\w+\s+)?to\s+(?:the\s+)?{n}\b",
            question,
            re.I,
        )
    )


#: a U.S. state after a comma, as after a town ("Frederick, Maryland")
_STATE_AFTER = re.compile(r",\s+" + US_STATE_NAME.pattern + r"(?!['\u2019]s)")


_PRINCIPAL = re.compile(
    # ("the national security adviser" in lower case too: no other office goes by those words)
    # ("the White House national security adviser", "the U.S. Secretary of State": the issuer's own, said)
    r"\bthe\s+(?:(?:White\s+House|U\.S\.|US|American)\s+)?((?:Vice\s+|Deputy\s+)?(?:President|Secretary(?:\s+of\s+State)?|(?i:national\s+security\s+"
    r"advis[oe]r)|First\s+Lady|Second\s+Gentleman|Prime\s+Minister|Chancellor))\b"
    r"(?!\s+[A-Z]|['\u2019]s\s+[A-Z]|\s+(?:of|for)\b)"
)


#: offices ``_PRINCIPAL`` reads that are another government's as often as not ("the President or the Prime Minister")
_FOREIGN = re.compile(r"Prime|Chancellor")


def principal_office(question: str) -> str | None:
    """An office the question names with "the" and no name after it ("Whom did the Vice President call"): the
    issuing government's holder of it; not an office whose holder serves it ("the President's deputy national
    security adviser for cyber met mayors": she met them, not the President, nor the President's again later: "how
    much had the Vice President's call to action mobilized" after "the Vice President's adviser hosted ...")."""
    found = list(_PRINCIPAL.finditer(question))
    if any(
        re.fullmatch(r"\s+or\s+", question[a.end() : b.start()]) and not _FOREIGN.search(a[1] + b[1])
        for a, b in zip(found, found[1:])
    ):
        return None  # "the President or the Vice President": either one's (not "the President or the Prime Minister")
    served = {re.sub(r"\s+", " ", m.group(1)) for m in found if _SERVING.match(question, m.end())}
    again = [m for m in found if re.sub(r"\s+", " ", m.group(1)) in served and _SERVING_OWNS.match(question, m.end())]
    m = next((m for m in found if m not in again and not _SERVING.match(question, m.end())), None)
    if m is None and _PRESIDENTS_ADVISER.search(question):  # (not "the Vice President's", "the French President's")
        return "national security adviser"
    if m is None and _NATIONS_DIPLOMAT.search(question):
        return "Secretary of State"  # "the nation's top diplomat" (not "Armenia's top diplomat")
    return re.sub(r"\s+", " ", m.group(1)) if m else None


_PRESIDENTS_ADVISER = re.compile(r"\bthe [Pp]resident['\u2019]s (?i:national security advis[oe]r)\b(?!,? [A-Z])")
_NATIONS_DIPLOMAT = re.compile(  # (not "the country's", as often another country just named)
    r"\b(?:the\s+nation|America|the\s+United\s+States|the\s+U\.S\.|Washington)['\u2019]s?\s+(?:top|chief)\s+diplomat\b",
    re.I,
)


#: a possessive after an office ("the Vice President's call to action"): the office owns a thing, does not meet;
#: after it, the office of one who serves its holder ("'s deputy national security adviser", "'s envoy")
_SERVING_OWNS = re.compile(r"['\u2019]s\b")
_SERVING = re.compile(
    rf"['\u2019]s\s+(?:(?!(?:{'|'.join(sorted(STOPWORDS | set(MEETING_NOUNS)))})\b)[a-z][\w-]*\s+){{0,4}}?"
    rf"(?:{'|'.join(SERVING_OFFICES)})\b"
)


def subject_span(question: str) -> tuple[int, int]:
    """Where the subject of a "What did X and Y agree ..." question is (between its auxiliary and its main
    verb), else (0, 0)."""
    m = re.search(
        # (not past a second part: ", and during which operation did he call it", "Did Ukraine come up? What did")
        r"\b(?:did|does|do|have|has|had|was|were|will|would)\b((?:(?!,\s*and\s+(?:\w+\s+){0,2}(?:what|which|who|"
        r"whom|when|where|why|how)\b|\?).){0,120}?)\b(?:agree|discuss|say|tell|praise|commend|"
        r"talk|speak|meet|commit|pledge|raise|condemn|urge|announce|launch|express|welcome|thank|"
        r"reaffirm|decide|sign|call|review|address|emphasi[sz]e|stress|underscore|note|offer|propose|"
        r"seek|ask|press|want|plan|highlight|share|exchange|cover|convey|mention|hold|back|support|endorse|affirm)",
        question,
        re.I,
    )
    return (m.start(1), m.end(1)) if m else (0, 0)


def side_name_stems(text: str) -> set[str]:
    """Stems of the names of people and countries in a question, who may be its meeting's sides; not of things
    ("the Build Back Better Agenda")."""
    things = {stem(w) for n in names_in(text)[0] if n.split()[-1] in THING_NAME_ENDS for w in words(n)}
    return {stem(w) for e in question_entities(text) for w in words(e)} - things


#: a name and another name for it in brackets ("National Unity Government (NUG)")
BRACKETED_ALIAS = re.compile(r"\b((?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*)\s*\(([a-z]?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\)")


def has_alias(name: str, question: str) -> bool:
    """Whether a question gives ``name`` another name in brackets right after it ("... Government (NUG)")."""
    m = BRACKETED_ALIAS.search(question)
    return m is not None and name in m.group(1)


#: a body whose name begins with a word of an office ("General Assembly", "Staff Committee"): no office held
_BODY = r"(?-i:Assembly|Assemblies|Council|Conference|Committee|Debate|Session)\b"
#: capitalised words after a party that make with it the name of a group or a process ("OSCE Minsk Group")
_OPENS_A_NAME = re.compile(
    r"\s+(?:[A-Z][\w\-]*\s+){1,3}?(?-i:Group|Process|Format|Initiative|Mechanism|Framework|Partnership|Mission)\b"
)
#: an envoy's office right after a country: the country is the envoy's portfolio
_ENVOY_AFTER = re.compile(r"\s+(?:special\s+)?(?:envoys?|representatives?|coordinators?)\b", re.I)
#: "who else on the Israeli side": the country's side of the meeting
_ON_SIDE = re.compile(r"\s+(?:side|delegation|team)\b", re.I)
#: "... met from Lithuania", "officials from Japan": the country a meeting's other side came from.
_FROM_SIDE = (
    r"\b(?:who|whom|anyone|someone|meet|met|meeting|call|called|spoke|see|saw|host|hosted|officials?|counterparts?|leaders?|"
    r"delegation|delegates|advis[eo]rs?|ministers?|envoys?)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$"
)


#: a meeting's verb, then the country it was held in ("did Blinken meet in Kuwait", "whom did she meet with in Japan")
_MET_IN = (
    r"\b(?:met|meet|meets|meeting|visited)\s+(?:(?!(?:about|on|over|regarding|to|for)\b)[\w\-]+\s+){0,3}?"
    r"in\s+(?:the\s+)?$"
)


#: a plural office that is met ("meeting with the foreign ministers of", "told the presidents of"), up to its head
_MET_PLURAL = (
    r"\b(?:meetings?|calls?|talks|met|meet|spoke|speak|told|tell|hosted|host|convened|phoned|saw|see|discuss(?:ed)?|and)\s+"
    r"(?:with\s+)?(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
)


#: a word that opens another clause: a title after it is not the office of the country before it
_CLAUSE = "|".join(sorted(CLAUSE_OPENERS))


#: "the Australian and South Korean prime ministers": a country listed before others and their office
_DEMONYMS_HELD = (
    r"(?:(?-i:[A-Z])[\w\-]*(?:['\u2019]s)?\s+){1,2}(?:(?:,|and|,\s*and)\s+(?:(?-i:[A-Z])[\w\-]*(?:['\u2019]s)?\s+){1,2})*"
    r"(?:prime\s+)?(?:\w+\s+)?"
    + (r"(?:ministers|presidents|leaders|counterparts|foreign ministers|chancellors|premiers)\b")
)


_ENVOY_FOR = re.compile(
    r"\b(?:envoys?|representatives?|coordinators?|ambassadors?[- ]at[- ]large)\s+for\s+(?:the\s+)?$", re.I
)
_MET_NOW = r"\b(?:meet\w*|met|talk\w*|spoke|speak\w*|call\w*|with)\s+(?:(?:an?|the|any)\s+)?$"
_READOUTS_ASKED = re.compile(r"\b(?:which|what|how many)\s+(?:\w+\s+)?readouts\b", re.I)
#: after a country's adjective, its people ("Iraqi officials", "an Iraqi government official")
_ITS_PEOPLE = re.compile(r"\s+(?:(?:government|senior|top|national)\s+)?(?:officials?|leaders?|counterparts?)\b", re.I)


def _office_before(question: str, name: str, s: int, e: int, heads: str) -> bool:
    """Whether the words before a party (at ``s:e``) make its people the ones met: "the President of Russia", "on
    the Ukrainian side", "meeting with the foreign ministers of Costa Rica" (a plural office met; not "cooperation
    between the leaders of the DPRK and Russia"), and in a list of readouts "meeting or talking by phone with an
    Iraqi government official" (a single meeting's records may miss its country)."""
    if re.search(rf"\b(?:{heads})\s+of\s+(?:the\s+)?$", question[max(0, s - 40) : s], re.I):
        return True
    if _ON_SIDE.match(question, e) and re.search(r"\b(?:on|from)\s+the\s+$", question[:s], re.I):
        return True
    if re.search(rf"{_MET_PLURAL}(?:{heads})s\s+of\s+(?:the\s+)?$", question[max(0, s - 80) : s], re.I):
        return True
    listed = name in COUNTRIES and _READOUTS_ASKED.search(question) and re.search(_MET_NOW, question[:s])
    return bool(listed and _ITS_PEOPLE.match(question, e))


#: the heads of offices next to which a country is a side ("Armenia's top diplomat", like its foreign minister, "the
#: number-two diplomats of Japan"; not "Iran's diplomats", who are talked of)
_SIDE_HEADS = "|".join((*sorted(TITLE_HEADS), r"(?:top|chief|senior|number-two)\s+diplomats?"))
#: "his Australian counterpart", "her French, German, Italian and UK counterparts": a side (not "engage G20
#: counterparts", "his engagement with Russian counterparts", "discussing Yemen with a counterpart")
_OWN_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+$")
_COUNTERPART = re.compile(r"\s+counterparts?\b")


def _own_counterpart(question: str, s: int, e: int) -> bool:
    """Whether the country at ``s:e`` is of "his/her/their X counterpart(s)" (``_OWN_COUNTERPART``)."""
    return bool(_OWN_COUNTERPART.search(question[max(0, s - 7) : s]) and _COUNTERPART.match(question, e))


#: a country the subject's sum or aid is for ("its $100 million for Yemen", "aid to Yemen"), or whose body is asked
#: ("won a seat on which UN body, according to the congratulations the Secretary offered"): no side
_FOR_IT = re.compile(
    r"(?:\$[\d.,]+(?:\s+(?:million|billion))?|\b(?:million|billion|aid|assistance|funding|money|package))\s+"
    r"(?:in\s+\w+\s+)?(?:for|to)\s+(?:the\s+(?:people\s+of\s+)?)?$|\b(?:which|what)\s+$",
    re.I,
)


#: a deal, a dispute or a dealing with a country, which is then what was talked of, not a side met
_DEALT_WITH = re.compile(
    # (one named already, "the deal with": not one reached or asked for, "what agreement with Mexico", "a deal with")
    r"(?:\b(?:the|its|their|his|her)\s+|[\w\-]+['\u2019]s?\s+)(?:[\w\-]+\s+){0,2}?(?:deals?|agreements?|accords?|"
    r"treat(?:y|ies)|pacts?|disputes?|conflicts?|tensions|truce|ceasefire|normali[sz]ation)\s+with\s+(?:the\s+)?$"
    r"|\b(?:dealing|coping)\s+with\s+(?:the\s+)?$",
    re.I,
)


def _of_others(question: str, s: int) -> bool:
    """Whether the words before a country make it one of others' meeting or of what lies between others ("their
    planned meeting with", "peace between Armenia and", "both leaders' recent conversations with the Russian")."""
    before = question[max(0, s - 120) : s]
    return bool(
        MEETING_TO_BE.search(question[max(0, s - 90) : s])
        or BETWEEN_OTHERS.search(before)
        or WITH_OTHERS.search(before)
    )


def party_sides(question: str, parties, subject_start: int, subject_end: int):
    """(meeting parties, topic parties, titled parties): a country in the question's subject or next to an
    office ("Japan's foreign minister", "a call with Morocco", "the President of Russia") is a side of the
    meeting; one elsewhere ("China's backing of Russia") is what it was about."""
    heads = _SIDE_HEADS
    meeting, topic, titled, office = [], [], [], []  # type: list[str], list[str], list[str], list[str]
    last, last_end = "", 0
    for name, s, e in parties:
        held_after = re.search(
            # not "the UN ... General Assembly"; not across a verb ("which G7 statement did Deputy Secretary ...")
            # nor across "and" ("the NATO summit and President Biden's trip": another's office)
            rf"^(?:['\u2019]s)?\W*(?:(?!(?:{AUXILIARY}|and|or)\b)\w+\s+){{0,2}}(?:{heads})\b(?!\s+{_BODY})"
            rf"|^(?:['\u2019]s)?\s*(?:,|and|,\s*and)\s+{_DEMONYMS_HELD}",
            question[e : e + 80],
            re.I,
        )
        # "about Afghanistan when Foreign Minister Marsudi visited", "conditions in Nicaragua when the Secretary
        # phoned": a country talked about, then a clause whose office is another's ("in Japan while Prime Minister
        # Kishida hosted him" is Kishida's own country)
        if held_after and re.search(TALKED_OF, question[max(0, s - 24) : s], re.I):
            if re.match(rf"^\W*(?:\w+\s+)?(?:{_CLAUSE})\b", question[e : e + 80], re.I):
                held_after = None
        if held_after and re.search(r"\bas\s+(?:the\s+)?$", question[max(0, s - 8) : s], re.I):
            held_after = None  # "Cambodia's year as ASEAN chair": a role someone named holds, not a side met
        holds = bool(held_after) or _office_before(question, name, s, e, heads) or _own_counterpart(question, s, e)
        # "with the Slovak and Czech foreign ministers": a country joined to a side of the meeting is one too
        joined = (
            bool(titled)
            and titled[-1] == last
            and re.fullmatch(r"(?:['\u2019]s)?\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", question[last_end:s])
        )
        # "Blinken's line on Yemen", "what did they say about working with Japan": what was said about a country
        said_on = re.search(SAID_ON, question[max(0, s - 40) : s], re.I) or _DEALT_WITH.search(question[:s])
        near_title = (
            holds
            or joined
            or (re.search(r"\bwith\s+(?:the\s+)?$", question[max(0, s - 14) : s], re.I) and not said_on)
            or re.search(_FROM_SIDE, question[max(0, s - 50) : s], re.I)  # "who did Sullivan meet from Lithuania"
            # "which leader did Blinken meet in Kuwait": the country a meeting was held in is its host's, a side
            or (re.search(_MET_IN, question[max(0, s - 60) : s], re.I) and not said_on)
        )
        in_subject = subject_start <= s < subject_end and not said_on and not _FOR_IT.search(question[:s])
        # "the UN's Myanmar envoy": a country after another party's possessive is the office's portfolio
        portfolio = bool(last) and re.fullmatch(r"['\u2019]s\s+", question[last_end:s]) is not None
        # "U.S. North Korea envoy Sung Kim", "Yemen envoy Lenderking": the country by its own name before the envoy
        envoy = question[s:e] == name and name in COUNTRIES and _ENVOY_AFTER.match(question, e)  # (not the UN's)
        # "a co-chair of the OSCE Minsk Group": the party's name opens the name of a body of its own, the topic;
        # "the Special Representative for the DPRK", "Special Envoy for Yemen": the envoy's portfolio, not a side
        portfolio = portfolio or bool(envoy or _OPENS_A_NAME.match(question, e) or _ENVOY_FOR.search(question[:s]))
        adjective = question[s:e] != name  # (a people's word: "North Korean", not "North Korea")
        # (a country's name before a noun of its event after "the" as well: "help with the Afghanistan airlift")
        modifier = adjective or question[max(0, s - 4) : s].lower() == "the "
        spoken_of = (not held_after and talked_of_after(question[e : e + 80], modifier)) or _of_others(question, s)
        (meeting if (in_subject or near_title) and not (portfolio or spoken_of) else topic).append(name)
        if near_title and not portfolio:
            titled.append(name)
        if holds:
            office.append(name)
        last, last_end = name, e
    return meeting, topic, titled, office


#: the issuer's neighbours by where they lie (every readout is the United States'): "her country's northern neighbor"
_NEIGHBOUR = re.compile(
    r"\b(?:(?:her|his|its|their|our)\s+country['\u2019]s\s+)?(northern|southern) neighbou?r(?:ing country)?\b", re.I
)


def neighbours(question: str) -> list[tuple[str, int, int]]:
    """The countries a question names as the United States' northern (Canada) or southern (Mexico) neighbour, as
    (name, start, end) like the parties ``names_in`` finds; not another country's ("Ukraine's northern neighbour")."""
    out = []
    for m in _NEIGHBOUR.finditer(question):
        owner = re.search(r"(\S+(?:\s+[A-Z]\S*)*)['\u2019]s\s+$", question[: m.start()])
        if owner and any(p.name != "United States" for p in find_parties(owner.group(1))):
            continue
        out.append(("Canada" if m.group(1).lower() == "northern" else "Mexico", m.start(), m.end()))
    return out
