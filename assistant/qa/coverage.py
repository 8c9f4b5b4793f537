"""Does a sentence answer a part of a question? Pure functions.

A sentence answers a part when it carries the type of answer the part asks
for (a figure for "how much", a name for "who", a percentage, an
organisation ...: ``answer_types``) and states the part's topic (its content
words, weighted by rarity, or a demonym or inflection of them: here), and
names no one or nothing the question did not ask about.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable

from ..corpus.people import mentions
from ..text.lexicon import (
    BODY_NAME_ENDS,
    COMPANY_WORDS,
    DISEASE_NAMES,
    GENERIC,
    GOVERNMENT_VENUES,
    INSTITUTION_WORDS,
    NOT_NAME_WORDS,
    NOT_PEOPLE_WORDS,
    NUMBER_WORDS,
    OFFICE_WORDS,
    PARTICIPATION_VERBS,
    STOPWORDS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.places import CAPITAL_OF, COUNTRIES, QUARTER_PARTS, REGION_PARTS, REGION_QUARTERS, SEATS
from ..text.question_words import DISTINCT_FORMS, FORM_ALTERNATIONS, FORM_ENDINGS, MEETING_TALK, NAMED_OFFICE_KINDS
from ..text.synonyms import NARROWER, SYNONYMS_OF
from ..text.tokenize import fold, stem, words
from .answer_types import BYLINE, described_people
from .full_names import full_names
from .named_things import capitalised_as_first
from .participants import WHICH_PEOPLE as _WHICH_PEOPLE

_COMPANY = re.compile(rf"\b(?:{'|'.join(COMPANY_WORDS)})\b", re.I)
#: a question about who went along ("who travelled with him", "who accompanied her", "who joined him")
_WENT_WITH = re.compile(
    r"\b(?:travel\w*\s+with|accompan\w*|join\w*|(?:came|went)\s+(?:along\s+)?with|delegation)\b", re.I
)


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
        if capitalised_as_first(plain[: m.start()], w):  # any first word is capitalised; "BSkyB" is a name
            continue
        if w in _NOT_A_THING or w.rstrip(".") in _NOT_A_THING or set(words(w)) <= asked:
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
    r"\b(?:which|what|whose)\s+([a-z][\w\-]*['\u2019]?(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:did|does|do|was|were|is|are|has|have|had|"
    r"will|would|could|can)\b"
    # "which cabinet secretary highlighted ...": the office asked for, then the deed
    r"|\b(?:which|whose)\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?-i:[a-z]{3,}ed|said|spoke|met|led|made|took|gave)\b",
    re.I,
)


@functools.lru_cache(maxsize=256)
def _asked_of(question: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """What ``names_someone_new`` reads in a question, once for all its candidate sentences: its words; its words
    but those of the office it asks for ("which governor did ..." names no governor); the countries it names
    besides the one it asks for ("which UN official did U.S. envoy Lenderking ...": the U.S.); that office's words."""
    asked = frozenset(w.lower() for w in words(question))
    hit = _ASKED_NOUN.search(question)
    wanted = (hit.group(1) or hit.group(2)) if hit else ""
    office = tuple(w.lower() for w in words(wanted))
    by_title = asked - set(office) if wanted else asked
    named_parties = frozenset(p.name for p in find_parties(question.replace(wanted, " ") if wanted else question))
    return asked, by_title, named_parties, office


def _said_together(title: str, question: str) -> bool:
    """Whether a title's words stand together in a question ("Somalia's president", "the Secretary of State"), not
    spread over others' ("Under Secretary Nuland ... the State Department talks" names no Secretary of State)."""
    said = [w.lower() for w in words(question)]
    wanted = [w.lower() for w in words(title) if w.lower() not in ("of", "the", "for", "and")]
    reach = len(words(title)) + 2  # ("the Secretary of Health and Human Services", "Qatar's foreign minister")
    near = (said[max(0, i - 2) : i + reach] for i, x in enumerate(said) if wanted and x == wanted[0])
    return not wanted or any(all(w in around for w in wanted) for around in near)


#: a question after someone it describes by office ("... met the head of cabinet. Who was that?"), not "Who was the
#: journalist whose case Blinken discussed with the Michigan governor?" (the governor is no answer)
_IDENTITY_ASKED = re.compile(  # ("Who was the CARICOM Secretary General on Sullivan's call": who held the office)
    rf"\bwho\s+(?:was|is|were|are)\s+(?:(?:that|this|it|he|she|they)\s*\?|the\s+(?:[\w.\-'\u2019]+\s+){{0,3}}?"
    rf"(?-i:{'|'.join(sorted(TITLE_HEADS, key=len, reverse=True))})\b)"
    # "is attributed to which spokesperson": who, by name, spoke for the readout
    r"|\b(?:which|what)\s+(?:(?!(?:did|does|do|was|is|were|are|has|had|have|will|would|say|said|the)\b)"
    r"[\w.\-'\u2019]+\s+){0,2}?(?:spokes(?:person|man|woman)|press\s+secretary)\b",
    re.I,
)


#: "Who proposed ...", "Who raised ...": a deed asked of someone (not who was, met or took part)
_WHO_DID = re.compile(r"^\s*who\s+(?:also\s+|first\s+)?([a-z]{4,}ed)\b", re.I)
#: a side named by its office as a sentence's subject ("the Vice President proposed", "Additionally, the Secretary
#: raised"), then its verb
_OFFICE_SUBJECT = (
    r"(?:^|[,;]\s+|\band\s+)(?:the\s+)?(?:(?:Vice|Deputy|Under)\s+)?(?:President|Secretary|Prime\s+Minister|"
    r"Foreign\s+Minister|Minister|Chancellor|Ambassador|Governor|National\s+Security\s+Advis[eo]r|two\s+leaders|"
    r"leaders)\b(?:\s+(?:also|further|then))?\s+"
)


def office_did(text: str, question: str) -> bool:
    """Whether a sentence answers "who <did> ..." with a side named by its office as the doer ("who proposed an
    annual meeting": "the Vice President proposed an annual meeting"): that side is the answer, named or not."""
    asked = _WHO_DID.match(question)
    if asked is None or asked.group(1).lower() in PARTICIPATION_VERBS:
        return False
    return re.search(_OFFICE_SUBJECT + re.escape(asked.group(1).lower()) + r"\b", text) is not None


def names_someone_new(text: str, question: str) -> bool:
    """Whether a sentence names someone a question does not: a person by a name none of whose words the
    question uses, or an office it does not name ("who was behind the attack on President Duque's helicopter"
    is not answered by "Biden spoke with President Duque")."""
    asked, by_title, named_parties, office = _asked_of(question)
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
        if m.name and all(w in OFFICE_WORDS or w in TITLE_HEADS for w in m.name.split()):
            continue  # "The President, Vice President, Secretary, and Members of Congress": offices, no name
        if not m.name and not _office_asked(m.title or "", question):
            continue  # "which House members": "Senators on the ... Committee", "the President" name none of them
        # someone the question names by office ("Somalia's president") is not new either
        by_office = bool(m.title) and all(w.lower() in by_title for w in words(m.title or ""))
        by_office = by_office and _said_together(m.title or "", question)  # not "Under Secretary ... State talks"
        by_office = by_office and (not m.country or m.country in named_parties)  # the UN's envoy is not the U.S.'s
        by_office = by_office and not _IDENTITY_ASKED.search(question)  # "... met the head of cabinet. Who was that?"
        if m.name and not any(w.lower() in asked for w in words(m.name)) and not by_office:
            return True
        if not m.name and m.title and _of_another_kind(m.title, office):
            continue  # "which union presidents": "the President" holds the office, but not of a union
        if not m.name and m.title and not all(w.lower() in asked for w in words(m.title)):
            return True
    if any(w.lower() not in asked for w in described_people(text)):
        return True  # "along with the Romanian captain": someone with no name the question does not tell of
    return any(
        all(w.lower() not in asked and w.lower() not in named for w in name.split()) for name in full_names(text)
    )


def _of_another_kind(title: str, wanted: tuple[str, ...]) -> bool:
    """Whether an office with no holder named lacks a word of the office ``wanted`` ("which union presidents": "the
    President"; not "which foreign ministers": "the Foreign Minister of Japan")."""
    own = [w.lower() for w in words(title)]
    if len(wanted) < 2 or stem(wanted[-1]) not in {stem(w) for w in own}:
        return False
    return not {stem(w) for w in wanted[:-1]} & {stem(w) for w in own}


#: the people a "which" question asks for that only an office of that kind may answer without a name
_OFFICE_KINDS = frozenset(stem(w) for w in NAMED_OFFICE_KINDS)


def _office_asked(title: str, question: str) -> bool:
    """Whether an office with no name may answer a question for people: any office answers "which officials"
    ("the State Minister for Foreign Affairs"), but none in the plural ("Senators on the Committee"), and "which
    House members" only one of members."""
    asked = _WHICH_PEOPLE.search(question)
    if asked is None:
        return True
    first = title.split()[:1]
    if first and first[0].endswith("s"):  # a plural office: a group, no one by name
        return False
    noun = stem(asked.group("noun").lower())
    return noun not in _OFFICE_KINDS or noun in {stem(w) for w in words(title)}


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


def _stated(term: str, own: set[str], prefixes: set[str], whole_region: bool = True) -> bool:
    """Whether a topic word is in a sentence's words: itself, a word sharing its first five letters
    ("Ukrainian" for "Ukraine") unless they name two countries, or a word of its synonym group ("COVID-19"
    for "coronavirus")."""
    if term in own or _NUMBERS.get(term, term) in own or any(_NUMBERS.get(w) == term for w in own):
        return True  # ("eleven House Democrats": "11 House Democrats")
    if (
        len(term) >= 5
        and term[:5] in prefixes
        and any(w[:5] == term[:5] and _kin(term, w) and same_country(term, w) for w in own)
    ):
        return True
    if len(term) >= 5 and any(
        len(w) >= 4
        and term.startswith(w)
        and term[len(w) :] in FORM_ENDINGS
        and len(term) - len(w) <= 2
        and frozenset((term, w)) not in DISTINCT_FORMS
        and same_country(term, w)
        for w in own
    ):
        return True  # "asian" for "Asia's": a short word the term extends by an ending ("moderna" not "modern")
    if len(term) == 4 and term + "ership" in own:
        return True  # "leading" the G20 for "Italy's leadership of the G20": a short verb's "-ership" noun
    if capital_stated(term, own, prefixes):
        return True
    if whole_region and any(part in own for part in REGION_PARTS.get(term, ())):
        return True  # "Africa" for "the Sahel", "Asia" for "the Indo-Pacific"
    if any(w in own for w in NARROWER.get(term, ())):
        return True  # "the climate crisis" for "the environment"
    # (a synonym's forms, or a word sharing six letters with it; not any word sharing five: "freed" is not
    # "freedom", "polic" not "policy", "extra" not "extraordinary")
    return any(
        other in own or (len(other) >= 5 and other[:5] in prefixes and any(_shares_form(other, w) for w in own))
        for other in SYNONYMS_OF.get(term, ())
    )


def _shares_form(synonym: str, word: str) -> bool:
    return word[:5] == synonym[:5] and (_kin(synonym, word) or len(os.path.commonprefix([synonym, word])) >= 6)


def _kin(a: str, b: str) -> bool:
    """Whether two words sharing their first five letters are one word's forms, not two words: the longer is the
    shorter and an ending of forms ("ukrain", "ukrainian"; "partner", "partnership"; not "spoke", "spokesperson"
    nor "invest", "investig"), or both end in endings that stand for each other ("respond", "respons"; "urgent",
    "urgenc"; not "matern", "materi"), or they share eight letters ("zaporizhzhia", "zaporizhzhya": one name spelt
    two ways). Not told apart: "state", "statement"; "privat", "privaci"."""
    if a.startswith(_COMPASS_COMPOUNDS) != b.startswith(_COMPASS_COMPOUNDS) or frozenset((a, b)) in DISTINCT_FORMS:
        return False  # "southeast" is not "south", "policy" not "police"
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short):
        return long_[len(short) :] in FORM_ENDINGS
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 8 or frozenset((a[shared:], b[shared:])) in FORM_ALTERNATIONS


_NUMBERS = {stem(w): n for w, n in NUMBER_WORDS.items()}
_COMPASS_COMPOUNDS = ("northeast", "northwest", "southeast", "southwest")


_QUARTER_STEMS = frozenset(stem(q) for q in REGION_QUARTERS)


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
    return capital == "washington" and bool({"unit", "u.s", "federalgov"} & own)  # (or "the Federal Government")


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


_FEDERAL_GOVERNMENT = re.compile(r"\bFederal (?:[Gg]overnment|assistance|support|agencies|team|resources|partners)\b")


def own_stems(text: str) -> set[str]:
    """The stems of a sentence's words, with its hyphenated words also joined ("Trans-Atlantic" is also
    "transatlantic"), "U.S." kept whole ("u.s") and the countries it names under their usual names."""
    own = {stem(w) for w in words(text)} | _party_stems(text)
    own |= {f"{a}{n}".lower() for a, n in re.findall(r"\b([A-Za-z]{2,})[ \-](\d{1,3})\b", text)}  # "COP 27": cop27
    own |= {stem(m.replace("-", "").lower()) for m in re.findall(r"\b\w+(?:-\w+)+\b", text)}
    if re.search(r"\bU\.S\.", text):
        own.add("u.s")
    if _FEDERAL_GOVERNMENT.search(text):  # the U.S. government, as "Washington" (not "the Russian Federation")
        own.add("federalgov")
    if re.search(r"\b[Nn]ational\b", text):  # "national union leaders" for "nationwide unions" (not "United Nations")
        own.add("nationwid")
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


def named_by_its_parts(name: str, text: str) -> bool:
    """Whether ``text`` names a part of a country by what a readout calls it instead ("Northern Ireland": the
    Belfast/Good Friday Agreement)."""
    if not any(not p.organisation for p in find_parties(name)):
        return False  # (a region's part, "Southeast Asian", is not named by a body of its countries: ASEAN)
    said = [stem(w.lower()) for w in words(name)]
    also = QUARTER_PARTS.get((said[0], said[-1]), ()) if len(said) == 2 else ()
    return bool(also) and bool(set(also) & _with_good_friday({stem(w.lower()) for w in words(text)}, text))


def _with_good_friday(own: set[str], text: str) -> set[str]:
    """A sentence's stems, with "goodfriday" when it names the Good Friday Agreement (not any Friday)."""
    return own | {"goodfriday"} if re.search(r"\bGood Friday\b", text) else own


def topic_coverage(text: str, topic: Iterable[str], idf: Callable[[str], float], hints: Iterable[str] = ()) -> float:
    """Share of a part's topic (stemmed words, rarer ones weighing more) that a sentence states; words that
    describe the answer (``hints``) add to it when stated and cost nothing when not (at most 1)."""
    weights = _weights(topic, idf)
    total = sum(weights.values())
    if not total:
        return 1.0
    own = own_stems(text)
    prefixes = {w[:5] for w in own if len(w) >= 5}
    # "Southeast Asia": a quarter of a region, which the region's other parts ("the Indo-Pacific") do not state
    whole = not any(t in _QUARTER_STEMS for t in weights)
    if not whole:  # ASEAN: Southeast Asia(n)
        own = _with_good_friday(own, text)
        own = own | {x for q in weights for t in weights if own & set(QUARTER_PARTS.get((q, t), ())) for x in (q, t)}
    got = sum(wt for t, wt in weights.items() if _stated(t, own, prefixes, whole))
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


#: a detail of something the question names ("what kind of drone", "whose was it", "what caused the crash", "why")
DETAIL_ASKED = re.compile(
    r"\bwhat (?:kind|type|sort|make|model) of\b|\bwhose (?:was|were|is|are)\b|\bwhat caused\b|\bwhy\b|"
    r"\bthe (?:cause|reason) (?:of|for)\b",
    re.I,
)
_SAYING = frozenset(stem(w) for w in (*MEETING_TALK, "discussed", "discuss", "also", "today", "yesterday"))


def adds_to(text: str, question: str) -> bool:
    """Whether a sentence says something the question does not: a word beyond the question's own, its titles and
    the verbs of talk ("also discussed the March 10 drone crash in Zagreb" adds nothing to "what kind of drone
    crashed in Zagreb on March 10")."""
    asked = {stem(fold(w)) for w in words(question)}
    return any(
        s not in asked
        and s not in _SAYING
        and w not in STOPWORDS
        and w not in GENERIC
        and w.capitalize() not in TITLE_HEADS
        for w in words(text)
        if (s := stem(fold(w)))
    )
