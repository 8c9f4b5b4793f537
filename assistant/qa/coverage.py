"""Does a sentence answer a part of a question? Pure functions.

A sentence answers a part when it carries the type of answer the part asks
for (a figure for "how much", a name for "who", a percentage, an
organisation ...) and states the part's topic (its content words, weighted
by rarity, or a demonym or inflection of them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from ..corpus.people import mentions
from ..text.lexicon import (
    BODY_NAME_ENDS,
    COMPANY_WORDS,
    DISEASE_NAMES,
    GOVERNMENT_VENUES,
    INSTITUTION_WORDS,
    NOT_NAME_WORDS,
    NOT_PEOPLE_WORDS,
    NUMBER_WORDS,
    OFFICE_WORDS,
    SCALE_WORDS,
    SYNONYM_GROUPS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.places import CAPITAL_OF, COUNTRIES, SEATS
from ..text.question_words import LAUNCHED_ATTACKS
from ..text.tokenize import stem, words

_AMOUNT = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?|\b\d[\d,.]*\s*(?:thousand|"
    r"million|billion|trillion)\b|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yen|doses|tons|tonnes|bcm|bcf|barrels|"
    r"cubic (?:meters|metres|feet)|megawatts|gigawatts|MW|GW|liters|litres|gallons)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+(?:million|billion|"
    r"thousand)\b)",
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥]\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?|"
    r"\b\d[\d,.]*\s*(?:thousand |million |billion |trillion )?(?:dollars|euros|pounds|yen)\b",
    re.I,
)
_PERCENT = re.compile(r"\b\d[\d.,]*\s*(?:%|percent\b|per cent\b)", re.I)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


#: what "the two ..." counts when it says who met ("the two sides", "the three Baltic leaders", "all four of them")
_SIDES = (
    r"(?:of\b|sides|leaders|countries|nations|presidents|ministers|governments|delegations|parties|secretaries|"
    r"officials|counterparts|heads|partners|allies|men|women|envoys|advis[eo]rs|principals|teams|states)"
)


def _who_met(number: str, low: str) -> bool:
    """Whether "the two ..." says who met ("the two sides", "the two discussed", "all three of them"), not how
    many of something ("the thirteen Guatemalan migrants": a plural noun not of the sides)."""
    for m in re.finditer(rf"\b(?:the|both|all)\s+{re.escape(number)}\b((?:\s+[\w\u2019']+){{0,2}})", low):
        after = m.group(1).split()
        if re.match(_SIDES, " ".join(after[:1])) or re.match(_SIDES, " ".join(after[1:2])):
            return True
        if not any(a.endswith("s") and not a.endswith("'s") for a in after):
            return True
    return False


def numbers_in(text: str) -> list[str]:
    """Numbers of a sentence that are quantities (years and ordinals of dates left out)."""
    out = [m.group(0) for m in _NUMBER.finditer(text) if not _YEAR_ONLY.match(m.group(0).rstrip(".,"))]
    low = text.lower()  # "the two sides", "the three leaders": who, not how many
    out += [
        w
        for w in words(text)
        if w in NUMBER_WORDS and NUMBER_WORDS[w][-1].isdigit() and w not in ("one",) and not _who_met(w, low)
    ]
    out += [w for w in words(text) if w in SCALE_WORDS]
    return out


#: a count given roughly: "hundreds of lives", "dozens of detainees", "tens of thousands of people"
_ROUGH_COUNT = re.compile(r"\b(?:dozens|hundreds|thousands|millions|scores) of (?:the |their |our )?([a-z]+)", re.I)
_HOW_MANY = re.compile(r"\bhow many\s+(?:more\s+|of\s+the\s+)?([a-z]+)", re.I)


def rough_count_of(text: str, question: str) -> bool:
    """Whether ``text`` counts roughly what the question asks how many of ("how many lives": "saved hundreds of
    lives"); "thousands of jobs" is no count of reactors."""
    asked = _HOW_MANY.search(question)
    counted = stem(asked.group(1)) if asked else None
    return any(stem(m.group(1)) == counted for m in _ROUGH_COUNT.finditer(text))


#: a change by a share ("to reduce natural gas demand by 15%"): how much, for "by how much"
_BY_SHARE = re.compile(
    r"\bby (?:(?:about|around|roughly|nearly|almost|some|more than|over|at least|up to) )?\d[\d.,]*\s*"
    r"(?:%|percent\b|per cent\b)",
    re.I,
)


#: a day a sentence gives only by its readout's date ("spoke today", "met yesterday", "this morning")
SAID_TODAY = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|last night)\b", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d0s\b|\b(?i:in|since|by|from|until|of|year)\s+1[0-8]\d\d\b|"
    r"\b(?:next|this|last|coming) (?:week|month|year|spring|summer|fall|autumn|winter)\b|"
    r"\bby the end of\b|\bwithin (?:\w+ ){0,2}(?:days|weeks|months)\b"
)
_CITY_WORDS = re.compile(
    r"\b(?:on|near|outside|from|of|city of|town of|port of|attack on|strike on)\s+(?:the\s+)?"
    r"[A-Z][a-z\u00C0-\u024F'\u2019\-]{2,}"
)
_MARGINS = re.compile(r"\b(?:on|at) the (?:margins|sidelines) of (?:the )?[A-Z]")
#: "a devastating offensive on Marib", "strikes against Odesa": the place an attack is on
_ATTACKED_PLACE = re.compile(
    rf"\b(?:{'|'.join(sorted(LAUNCHED_ATTACKS))}|shelling|bombing|siege)\s+(?:on|of|against)\s+(?:the\s+)?[A-Z]"
)
_PLACE_WORDS = re.compile(r"\b(?:in|at|to|In|At) (?:the )?[A-Z][\w\u00C0-\u024F'\u2019.\-]+")  # "At the G7 Summit, ..."


_FULL_NAME = re.compile(
    r"\b[A-Z][a-z\u00C0-\u024F'\-]+(?:\s+(?:de|da|van|von|bin|al|del|der|la|le)\b)?"
    r"\s+[A-Z][a-z\u00C0-\u024F'\-]+\b"
)


#: a title cut short before a name ("New York Gov. Andrew Cuomo"): no sentence ends there
_TITLE_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)})\.$")


def _full_names(text: str) -> list[str]:
    """Names of people without a title ("Thomas Davis had ..."): two capitalised words that are not a country,
    an organisation, a month or the sentence's opening words."""
    out = []
    for m in _FULL_NAME.finditer(text):
        before = text[: m.start()].rstrip()
        if m.start() == 0 or (before.endswith((".", "!", "?", ":")) and not _TITLE_ABBREVIATION.search(before)):
            continue
        if find_parties(m.group(0)) or any(
            w in NOT_NAME_WORDS or w in OFFICE_WORDS or w in TITLE_HEADS for w in m.group(0).split()
        ):
            continue  # "National Security", "Advisor Jake": words of an office, not a name
        out.append(m.group(0))
    return out


def _has_full_name(text: str) -> bool:
    return bool(_full_names(text))


#: a line that says who issues the readout, not what it records: "The following is attributable to Spokesperson
#: Ned Price:", "Office of the Spokesperson"
BYLINE = re.compile(
    r"\s*(?:(?:the )?(?:following|below|above) (?:is|are|statement is) attributable to\b[^.]*|office of the "
    r"(?:spokesperson|press secretary|vice president|first lady|[\w ]{0,40}?)|readout|for immediate release|"
    r"media note)\s*[:.]?\s*$",
    re.I,
)


def has_answer_type(text: str, answer_type: str) -> bool:
    """Whether a sentence carries the kind of answer asked for (free text, yes/no and lists do, unless it is a
    byline). A date or a place asked about the meeting itself comes from the readout records; asked about
    something else ("when is the launch due"), the sentence must give one."""
    if BYLINE.match(text):
        return answer_type in ("person", "organisation")  # who speaks for the readout, and its office
    if answer_type == "date":
        return bool(_DATE_WORDS.search(text))
    if answer_type == "country":
        return any(not p.organisation for p in find_parties(text))
    if answer_type == "city":
        return bool(_PLACE_WORDS.search(text) or _CITY_WORDS.search(text))
    if answer_type == "place":
        return bool(_PLACE_WORDS.search(text) or _MARGINS.search(text) or _ATTACKED_PLACE.search(text))
    if answer_type == "amount":
        return bool(_AMOUNT.search(text) or _BY_SHARE.search(text))
    if answer_type == "percentage":
        return bool(_PERCENT.search(text))
    if answer_type == "number":  # a count: money and shares are not one ("how many officers": not "$200 million")
        return bool(numbers_in(_PERCENT.sub(" ", _MONEY.sub(" ", text))))
    if answer_type == "person":
        return any(m.name or m.group for m in mentions(text)) or _has_full_name(text)
    if answer_type == "organisation":
        return any(p.organisation for p in find_parties(text)) or bool(
            re.search(
                r"\b[A-Z][\w&\-]*(?:\s+(?:of|for|and|the|on)?\s*[A-Z][\w&\-]*)*\s+(?:Organization|Organisation|"
                r"Fund|Bank|Agency|Council|Commission|Union|Forum|Group|Alliance|Initiative|Court|Program|"
                r"Programme|Coalition|Institute|Foundation|Corporation|Committee)\b",
                text,
            )
        )
    if answer_type == "document":  # "what document did they sign": a memorandum, an agreement, a statement
        return bool(_DOCUMENT.search(text))
    return True


_DOCUMENT = re.compile(
    r"\b(?:documents?|agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|MOU|MOUs|declarations?|statements?|"
    r"charters?|frameworks?|roadmaps?|road maps?|communiqu[eé]s?|protocols?|plans?|letters?|arrangements?|"
    r"compacts?|conventions?|principles|constitutions?|resolutions?|legislation|bills?)\b",
    re.I,
)


_COMPANY = re.compile(rf"\b(?:{'|'.join(COMPANY_WORDS)})\b", re.I)
#: a question about who went along ("who travelled with him", "who accompanied her", "who joined him")
_WENT_WITH = re.compile(r"\b(?:travel\w*\s+with|accompan\w*|join\w*|came\s+with|went\s+with|delegation)\b", re.I)


#: a capitalised word, a run of capitals, or a model's letters and digits ("Iron Dome", "NASAMS", "F-16", "2030")
_NAME_WORD = re.compile(r"\b(?:[A-Z][\w\u00C0-\u024F&\-]*|[A-Z]+-?\d+\w*|(?<=[A-Z]{2} )\d{2,4})\b")
_VENUE = re.compile(rf"\b(?:{'|'.join(GOVERNMENT_VENUES)})\b")
_NOT_A_THING = (
    NOT_NAME_WORDS
    | OFFICE_WORDS
    | TITLE_HEADS
    | NOT_PEOPLE_WORDS
    | DISEASE_NAMES
    | {"Mr", "Mrs", "Ms", "Dr", "Shri", "U.S"}
)
#: a run of capitalised words ending in an event's or a body's word ("the Defense Consultative Meeting")
_EVENT_RUN = re.compile(rf"\b(?:[A-Z][\w\-]*\s+)*(?:{'|'.join(sorted(INSTITUTION_WORDS))})\b")
_CITY = re.compile(rf"\b(?:{'|'.join(sorted({c.title() for c in CAPITAL_OF} | SEATS))})\b")


def names_something_new(text: str, question: str) -> bool:
    """Whether a sentence names a thing the question does not: a capitalised name or a model ("Iron Dome",
    "PACC 2030", "F-16") other than its opening word, a country or organisation, an office, a day or month,
    an event, a city or a disease, for "which gas fields", "which specific weapons systems" (a class of things
    known by their names)."""
    asked = set(words(question))
    blank = list(text)
    # countries, bodies and people are who met, and the White House where: not the things asked for
    spans = [(p.start, p.end) for p in find_parties(text)] + [(p.start, p.end) for p in mentions(text)]
    # and meetings, bodies and cities are where or when ("the next Defense Consultative Meeting", "Kyiv")
    spans += [m.span() for pattern in (_VENUE, _EVENT_RUN, _CITY) for m in pattern.finditer(text)]
    for start, end in spans:
        blank[start:end] = " " * (end - start)
    plain = "".join(blank)
    for m in _NAME_WORD.finditer(plain):
        w = m.group(0).rstrip("-")
        opening = not plain[: m.start()].strip() or plain[: m.start()].rstrip().endswith((".", ":", "\u201c", '"'))
        if opening or w in _NOT_A_THING or w.rstrip(".") in _NOT_A_THING or set(words(w)) <= asked:
            continue
        return True
    return False


#: the people a question asks for, with the words before them: "Which Ethiopian government officials ..."
_ASKED_PEOPLE = re.compile(
    r"\b(?:which|what)\s+((?:[\w'\u2019.\-]+\s+){1,3}?)(?:officials?|leaders?|ministers?|diplomats?|counterparts?|"
    r"representatives?|members?|people|lawmakers?|legislators?|envoys?)\b",
    re.I,
)


def only_of_another_country(text: str, question: str) -> bool:
    """Whether a question asks for people of a country ("Which Ethiopian government officials ...") and every
    person a sentence names that the question does not is known to be of another (the African Union's), or the
    sentence is the readout's byline."""
    m = _ASKED_PEOPLE.search(question)
    countries = [p.name for p in find_parties(m.group(1)) if not p.organisation] if m else []
    if len(countries) != 1:
        return False
    if BYLINE.match(text):
        return True  # "Office of the Spokesperson": who speaks for the readout is of no country asked for
    asked = set(words(question))
    named = [p for p in mentions(text) if p.name and not set(words(p.name)) <= asked]
    return bool(named) and all(p.country and p.country != countries[0] for p in named)


_ASKED_NOUN = re.compile(
    r"\b(?:which|what|whose)\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:did|does|do|was|were|is|are|has|have|had|"
    r"will|would|could|can)\b",
    re.I,
)


@functools.lru_cache(maxsize=256)
def _asked_of(question: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What ``names_someone_new`` reads in a question, once for all its candidate sentences: its words; its words
    but those of the office it asks for ("which governor did ..." names no governor); the countries it names
    besides the one it asks for ("which UN official did U.S. envoy Lenderking ...": the U.S.)."""
    asked = frozenset(w.lower() for w in words(question))
    wanted = _ASKED_NOUN.search(question)
    by_title = asked - set(words(wanted.group(1))) if wanted else asked
    named_parties = frozenset(
        p.name for p in find_parties(question.replace(wanted.group(1), " ") if wanted else question)
    )
    return asked, by_title, named_parties


def names_someone_new(text: str, question: str) -> bool:
    """Whether a sentence names someone a question does not: a person by a name none of whose words the
    question uses, or an office it does not name ("who was behind the attack on President Duque's helicopter"
    is not answered by "Biden spoke with President Duque")."""
    asked, by_title, named_parties = _asked_of(question)
    named = set()  # the words of everyone a title introduces: not read again as a bare name below
    for m in mentions(text):
        named |= {w.lower() for w in words(m.name or "")}
        if m.group:
            # "a delegation of senior U.S. government officials" answers "who travelled with him"
            if (
                _COMPANY.search(m.title or "")
                and _WENT_WITH.search(question)
                and not all(w.lower() in asked for w in words(m.title or ""))
            ):
                return True
            continue
        # someone the question names by office ("Somalia's president") is not new either
        by_office = bool(m.title) and all(w.lower() in by_title for w in words(m.title or ""))
        by_office = by_office and (not m.country or m.country in named_parties)  # the UN's envoy is not the U.S.'s
        if m.name and not any(w.lower() in asked for w in words(m.name)) and not by_office:
            return True
        if not m.name and m.title and not all(w.lower() in asked for w in words(m.title)):
            return True
    return any(
        all(w.lower() not in asked and w.lower() not in named for w in name.split()) for name in _full_names(text)
    )


def _weights(topic: Iterable[str], idf: Callable[[str], float]) -> dict[str, float]:
    return {t: max(idf(t), 0.1) for t in topic}


@functools.cache
def _country_stems() -> dict[str, str]:
    """The stem of each one-word name or demonym of a country -> that country (a stem two countries share,
    as "Dominican", is left out)."""
    seen: dict[str, set[str]] = {}
    for name, others in COUNTRIES.items():
        for form in (name, *others):
            if len(ws := words(form)) == 1:
                seen.setdefault(stem(ws[0]), set()).add(name)
    return {s: next(iter(c)) for s, c in seen.items() if len(c) == 1}


def same_country(term: str, word: str) -> bool:
    """False when a topic word and a sentence's word are names of two different countries ("Niger" and
    "Nigerian", "Austria" and "Australia" share their first letters); True otherwise."""
    countries = _country_stems()
    return countries.get(word, countries.get(term)) == countries.get(term, countries.get(word))


def _stated(term: str, own: set[str], prefixes: set[str]) -> bool:
    """Whether a topic word is in a sentence's words: itself, a word sharing its first five letters
    ("Ukrainian" for "Ukraine") unless they name two countries, or a word of its synonym group ("COVID-19"
    for "coronavirus")."""
    if term in own:
        return True
    if len(term) >= 5 and term[:5] in prefixes and any(w[:5] == term[:5] and same_country(term, w) for w in own):
        return True
    if len(term) >= 5 and any(
        len(w) >= 4 and term.startswith(w) and len(term) - len(w) <= 2 and same_country(term, w) for w in own
    ):
        return True  # "asian" for "Asia's": a short word the term extends by a letter or two
    if capital_stated(term, own, prefixes):
        return True
    return any(other in own or (len(other) >= 5 and other[:5] in prefixes) for other in _SYNONYMS.get(term, ()))


def capital_stated(capital: str, own: set[str], prefixes: set[str]) -> bool:
    """Whether a text states the country of a capital a question names ("talks between Washington and
    Ottawa": the United States and Canada), given the text's stems (``own_stems``) and their 5-letter
    prefixes; False for a word that is no capital."""
    country = CAPITAL_OF.get(capital)
    if country is None:
        return False
    c = stem(country)
    if c in own or c[:5] in prefixes or any(w.startswith(c) for w in own):
        return True
    return capital == "washington" and bool({"unit", "u.s"} & own)


def spell_initials(text: str, names) -> str:
    """``text`` with each name of several words it gives by initials spelled out after it ("NGA Chairman Asa
    Hutchinson" states the National Governors Association)."""
    for name in names:
        caps = [w for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2 and re.search(rf"\b{''.join(w[0] for w in caps)}\b", text):
            text = f"{text} ({name})"
    return text


@functools.lru_cache(maxsize=16384)
def party_names(text: str) -> frozenset[str]:
    """The usual names of the countries and organisations a text names in any form ("Türkiye", "Turkish":
    Turkey); cached, as the answerer asks it of the same sentences and passages again and again."""
    return frozenset(p.name for p in find_parties(text))


def _party_stems(text: str) -> frozenset[str]:
    """The stems of the names of the parties a text names, in any form, and of each country's other one-word
    names and demonyms ("U.K." states "British")."""
    names = party_names(text)
    forms = [f for name in names for f in COUNTRIES.get(name, ()) if len(words(f)) == 1]
    return frozenset(stem(w) for name in (*names, *forms) for w in words(name))


def own_stems(text: str) -> set[str]:
    """The stems of a sentence's words, with its hyphenated words also joined ("Trans-Atlantic" is also
    "transatlantic"), "U.S." kept whole ("u.s") and the countries it names under their usual names."""
    own = {stem(w) for w in words(text)} | _party_stems(text)
    own |= {f"{a}{n}".lower() for a, n in re.findall(r"\b([A-Za-z]{2,})[ \-](\d{1,3})\b", text)}  # "COP 27": cop27
    own |= {stem(m.replace("-", "").lower()) for m in re.findall(r"\b\w+(?:-\w+)+\b", text)}
    if re.search(r"\bU\.S\.", text):
        own.add("u.s")
    return own | _initials(text)


_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|on)\s+)?[A-Z][a-z]+){1,5}\b")


def _initials(text: str) -> set[str]:
    """The initials of each run of capitalised words a text writes out ("the United Nations Security Council":
    un, unsc, sc, ...), for a question that uses them ("the UN Security Council")."""
    out = set()
    for run in _CAPITAL_RUN.findall(text):
        caps = [w[0].lower() for w in run.split() if w[:1].isupper()]
        ends = [w for w in run.split() if w[:1].isupper()]
        for i in range(len(caps)):
            for j in range(i + 2, min(len(caps), i + 5) + 1):
                # two letters only for a body's name ("United Nations": un), not any pair of capitals
                if j - i > 2 or ends[j - 1] in BODY_NAME_ENDS:
                    out.add("".join(caps[i:j]))
    return out


def topic_coverage(text: str, topic: Iterable[str], idf: Callable[[str], float], hints: Iterable[str] = ()) -> float:
    """Share of a part's topic (stemmed words, rarer ones weighing more) that a sentence states; words that
    describe the answer (``hints``) add to it when stated and cost nothing when not (at most 1)."""
    weights = _weights(topic, idf)
    total = sum(weights.values())
    if not total:
        return 1.0
    own = own_stems(text)
    prefixes = {w[:5] for w in own if len(w) >= 5}
    got = sum(wt for t, wt in weights.items() if _stated(t, own, prefixes))
    got += sum(wt for t, wt in _weights(hints, idf).items() if t not in weights and _stated(t, own, prefixes))
    return min(1.0, got / total)


def coverage_in_context(
    text: str,
    context: str,
    topic: Iterable[str],
    idf: Callable[[str], float],
    weight: float = 0.5,
    hints: Iterable[str] = (),
    own: float | None = None,
) -> float:
    """Coverage of a sentence, with the topic words only its passage states counting ``weight`` as much
    (readouts name a topic once: "... the mission in Haiti. ... confirmed $200 million in support.").
    ``own``: the sentence's own coverage when the caller has it already."""
    topic = tuple(topic)
    if own is None:
        own = topic_coverage(text, topic, idf, hints)
    around = topic_coverage(context, topic, idf)
    return own + weight * max(0.0, around - own)


def missing_terms(text: str, topic: Iterable[str], names: bool = False) -> list[str]:
    """The topic words a sentence does not state. With ``names``, the words are a name's: a word sharing
    the first five letters states one only when it is at most three letters longer or shorter ("Ukrainian"
    for "Ukraine", not "Bucharest" for "Bucha")."""
    own = own_stems(text)
    prefixes = {w[:5] for w in own if len(w) >= 5}
    if names:
        return [t for t in topic if not _stated(t, own, prefixes) or not _name_stated(t, own)]
    return [t for t in topic if not _stated(t, own, prefixes)]


def _name_stated(term: str, own: set[str]) -> bool:
    if term in own or len(term) < 5:
        return True  # a short word matched whole, or by a synonym, in ``_stated``
    near = [w for w in own if w[:5] == term[:5]]
    return not near or any(abs(len(w) - len(term)) <= 3 for w in near)


def _synonym_map() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for group in SYNONYM_GROUPS:
        for w in group:
            out[w] = tuple(x for x in group if x != w)
    return out


_SYNONYMS = _synonym_map()
