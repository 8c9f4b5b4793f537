"""What a number counts: the quotes answering "how many X" whose number counts X come first, and a rough number of
something else ("how many aircraft": "tens of thousands of U.S. manufacturing jobs") answers nothing. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import PEOPLE_COUNTED, ROUGH_SCALE_WORDS, STOPWORDS
from ..text.names import find_parties
from ..text.question_words import ANY_COUNT, AUXILIARY, COUNT_ADVERBS
from ..text.synonyms import COUNTED_ALIKE, DISTINCT_COUNTED, PEOPLE_APART
from ..text.tokenize import stem, words
from .answer_types import HOW_MANY, NUMERAL, exact_counts_in, without_non_quantities
from .coverage import missing_terms

#: what "how many" asks to count, up to the verb ("how many Frederick-based exporters did", "how many U.S. troops
#: did", "how many Tunisians in Ukraine were"): the last word before a preposition
_HOW_MANY_OF = re.compile(
    rf"\bhow many\s+(?:more\s+|additional\s+|new\s+|other\s+)?((?:U\.S\.\s+)?[\w\-\s]{{1,60}}?)\s+(?:{AUXILIARY})\b",
    re.I,
)
_PREPOSITION = re.compile(r"\s+(?:in|of|for|from|at|on|to|with|across|throughout|by)\b.*", re.I)
_ROUGH = "|".join(sorted(ROUGH_SCALE_WORDS))
#: a rough quantity and the words after it that say what it counts ("tens of thousands of U.S. manufacturing jobs",
#: "hundreds of thousands of acres")
_ROUGH_OF = re.compile(
    rf"(?<![\w$])(?:{_ROUGH})(?:\s+of\s+(?:hundreds|thousands|millions))?(?:\s+of)?((?:[\s\-()]+[\w\-\u2019']+){{1,5}})",
    re.I,
)
#: a number and the words after it that say what it counts ("one million Pfizer COVID-19 vaccine doses", "a
#: thousand Tunisians", "a 5-cylinder engine")
_DECIMAL = NUMERAL.replace(r"\d[\d,]*", r"\d[\d,]*(?:\.\d+)?")
_NUMBER_OF = re.compile(  # (not the number of a name, "COVID-19"; "2.5 million" one number)
    rf"(?<![\w$])(?<!\w-)(?:{_DECIMAL}|(?:hundred|thousand|million|billion|dozen)s?)"
    rf"(?:\s+(?:hundred|thousand|million|billion)s?)?(?:\s+of)?((?:[\s\-()]+[\w\-\u2019']+){{1,5}})",
    re.I,
)


def _counted_word(question: str) -> str:
    """The word (lower case) for what "how many" asks to count, "" when it asks none."""
    asked = _HOW_MANY_OF.search(question)
    said = _PREPOSITION.sub("", asked.group(1)).split() if asked else []
    while said and said[-1].lower() in COUNT_ADVERBS:  # "how many rescue boats exactly"
        said.pop()
    return said[-1].lower() if said else ""


def _counted(question: str) -> str | None:
    """The stem of what "how many" asks to count; None when it asks none or too general a thing ("how many
    people")."""
    counted = _counted_word(question)
    return stem(counted) if counted and counted not in ANY_COUNT else None


def _alike(want: str) -> set[str]:
    """The stems counted alike with ``want`` (itself among them when it has a group)."""
    return {w for group in COUNTED_ALIKE if want in group for w in group}


def _near(text: str, m: re.Match) -> str:
    """The words a number counts: the three before it ("led the team in tackles (118)") and those after it."""
    return f"{' '.join(words(text[max(0, m.start() - 40) : m.start()])[-3:])} {m.group(1)}"


def counts_something_else(text: str, question: str) -> bool:
    """Whether a sentence's only counts are rough ones of something other than what the question asks how many of
    ("how many aircraft": "tens of thousands of U.S. manufacturing jobs"). A count given exactly is left as it is
    (readouts count in other words than questions: "how many evacuees": "over 4,000 Afghans"); a rough one of a
    word of one meaning, of people, or of no named thing ("welcoming tens of thousands into our communities") may
    be it."""
    if (brand := _BRAND_COUNTED.search(question)) and not find_parties(brand.group(1)):
        if not re.search(rf"\b{re.escape(brand.group(1))}\b", text, re.I):
            return True  # "how many extra Pfizer doses": "17 million doses of Johnson & Johnson vaccine"
    want = _counted(question)
    # "how many extra Pfizer doses": not "is slated to get additional Pfizer doses" (its 2.8 million had come before)
    if want and _MORE_ASKED.search(question) and _more_told_uncounted(text, want):
        return True
    if want is None and _people_counted(question):  # "how many people were aboard": not "2.5 million vaccines"
        return _counts_other_kinds(without_non_quantities(text), "peopl", own_noun=True)
    if want is None:
        return False
    if exact_counts_in(text):
        return _counts_other_kinds(without_non_quantities(text), want)
    alike = _alike(want)
    found = False
    text = without_non_quantities(text)
    for m in _ROUGH_OF.finditer(text):
        after = words(m.group(1))
        if _apart(want, {stem(w) for w in after}):
            found = True  # "how many troops": "millions of Ukrainian refugees"
            continue
        if not after or after[0].lower() in STOPWORDS or PEOPLE_COUNTED & {w.lower() for w in after}:
            return False
        near = _near(text, m)  # (what it counts may also stand just before it: "jobs numbering in the thousands")
        if not missing_terms(near, (want,)) or alike & {stem(w) for w in words(near)}:
            return False
        found = True
    return found


#: more of a thing ("extra", "additional"), asked ("how many extra Pfizer doses") or told ("additional doses")
_MORE = r"(?i:extra|additional|more|further)"
_MORE_ASKED = re.compile(rf"\b(?i:how\s+many)\s+{_MORE}\b")
_MORE_TOLD = re.compile(rf"\b{_MORE}\b")
#: a count asked of more of a thing of one maker or name ("how many extra Pfizer doses"): the name's word (not
#: "how many COVID-19 vaccine doses", "how many FEMA staff": a readout counts those without the name)
_BRAND_COUNTED = re.compile(  # (a name in lower case after its capital: not "FEMA", "COVID-19")
    rf"\b(?i:how\s+many)\s+{_MORE}\s+([A-Z][a-z]{{2,}})\s+[a-z]+"
)
_A_NUMBER = re.compile(r"\d|\b(?:several|dozens?|hundreds?|thousands?|millions?|billions?)\b", re.I)


def _more_told_uncounted(text: str, thing: str) -> bool:
    """Whether a sentence tells of more of the thing counted ("additional Pfizer doses") only without a number beside
    it, in figures or words ("several hundred thousand additional doses" is one), so that its numbers count something
    else (what came before)."""
    told = [m for m in _MORE_TOLD.finditer(text) if thing in {stem(w.lower()) for w in words(text[m.end() :])[:3]}]
    counted = [m for m in told if _A_NUMBER.search(text[max(0, m.start() - 30) : m.end() + 14])]
    return bool(told) and not counted and bool(re.search(r"\d", text))


def _apart(want: str, stems: set[str]) -> bool:
    """Whether ``stems`` count people of another kind than ``want`` that never stands for it (``PEOPLE_APART``:
    troops, refugees), and none of its own."""
    mine = [set(g) for g in PEOPLE_APART if want in g]
    return bool(mine) and not stems & mine[0] and any(stems & set(g) for g in PEOPLE_APART if set(g) != mine[0])


def _kinds(stems: set[str]) -> set[int]:
    """The kinds of counted thing (``DISTINCT_COUNTED``) among ``stems``."""
    return {k for k, group in enumerate(DISTINCT_COUNTED) if stems & set(group)}


def _people_counted(question: str) -> bool:
    """Whether "how many" asks a count of people ("how many people", "how many civilians")."""
    return stem(_counted_word(question)) in _PEOPLE


_NOT_NOUN = STOPWORDS | {"aboard", "onboard", "were", "was", "are", "had", "have"}
_PEOPLE = next(frozenset(group) for group in DISTINCT_COUNTED if "peopl" in group)


def _counts_other_kinds(text: str, want: str, own_noun: bool = False) -> bool:
    """Whether every number of ``text`` counts a known kind of thing other than the one asked ("how many rescue
    boats": "Up to 16 Coast Guard aircraft ..., rescuing over 100 people"; "how many people": "2.5 million
    vaccines"). A number of no known kind may count the thing in other words, and so may answer. ``own_noun``:
    only the words right after a number say what it counts, up to a verb or a preposition ("the 14 killed in the
    helicopter crash" count no helicopters)."""
    mine = _kinds({want})
    if not mine:
        return False
    same = {want} | _alike(want)
    found = False
    for m in _NUMBER_OF.finditer(text):
        said = words(m.group(1))
        if own_noun:
            cut = next((k for k, w in enumerate(said) if w.lower() in _NOT_NOUN or w.lower().endswith("ed")), None)
            said = said[:cut]
        after = {stem(w.lower()) for w in said}
        kinds = _kinds(after)
        if same & after or not kinds or kinds & mine and not _apart(want, after):
            return False
        found = True
    return found


def _wanted(question: str) -> set[str] | None:
    """The stems that say what "how many" asks to count, with the words counted alike."""
    want = _counted(question)
    return None if want is None else {want} | _alike(want)


def _counts(text: str, want: set[str]) -> bool:
    text = without_non_quantities(text)
    for m in _NUMBER_OF.finditer(text):
        near = _near(text, m)
        if any(not missing_terms(near, (w,)) for w in want) or want & {stem(w) for w in words(near)}:
            return True
    return False


def counts_it(text: str, question: str) -> bool:
    """Whether a number of ``text`` counts what the question asks how many of, by its word or one of the same
    meaning, after the number, joined to it or just before it ("5-cylinder", "tackles (118)")."""
    want = _wanted(question)
    return want is not None and _counts(text, want)


def counting_first(quotes: list, question: str) -> list:
    """Of the quotes answering "how many X", those whose number counts X when some do ("FEMA has 2,000 personnel in
    the region" before "the President thanked the 200 Federal personnel" for "how many FEMA staff"); all of them
    when none does, as readouts count in other words than questions ("how many evacuees": "over 4,000 Afghans")."""
    want = _wanted(question)
    if want is None:
        return quotes
    return [q for q in quotes if _counts(q.sentence.text, want)] or quotes


#: a count given roughly: "hundreds of lives", "dozens of detainees", "tens of thousands of people", "multiple UN
#: Security Council resolutions"
_ROUGH_COUNT = re.compile(
    r"\b(?:(?:dozens|hundreds|thousands|millions|scores) of (?:the |their |our )?|(?:multiple|several|numerous) )"
    r"([a-z]+)",
    re.I,
)


#: a number and the next three words ("all three Central American countries", "a two-track approach"): what it counts
#: (not a name's number, "COVID-19, including donating vaccines", nor a number's comma before the words after it)
_COUNTED = re.compile(rf"(?<![\w\-]){NUMERAL}(?<!,)[\s\-]+([a-z\-]+)(?:\s+([a-z\-]+))?(?:\s+([a-z]+))?\b", re.I)


def rough_count_of(text: str, question: str) -> bool:
    """Whether ``text`` counts what the question asks how many of, roughly ("how many lives": "saved hundreds of
    lives") or as the sides of the meeting ("how many countries": "all three Central American countries", which
    says who met when no count is asked); "thousands of jobs" is no count of reactors."""
    asked = HOW_MANY.search(question)
    if not asked:
        return False
    counted = stem(asked.group(1))
    kin = next((group for group in _COUNTED_KIN if counted in group), {counted})
    return (
        any(stem(m.group(1)) in kin for m in _ROUGH_COUNT.finditer(text))
        or any(kin & {stem(w) for w in m.groups() if w} for m in _COUNTED.finditer(text))
        or _SCOPE_ASKED.search(question) is not None
        and (
            any(stem(m.group(1)) in kin for m in _EVERY.finditer(text))
            or (counted in _WHO_MET and _ALL_OF_THEM.search(text) is not None)
        )
    )


#: how many a thing was for, or how many of those there ("for how many countries did he assert a right", "how many
#: of the participants voiced worry"): "all" may answer; never a tally ("how many political prisoners did they cite":
#: not "the release of all political prisoners")
_SCOPE_ASKED = re.compile(r"\b(?:for|to)\s+how\s+many\b|\bhow\s+many\s+of\s+(?:the|them|those|these)\b", re.I)


#: every one of a kind ("the right of all countries to choose", "every nation"): how many asked, in words
_EVERY = re.compile(r"\b(?:all|every|each)\s+(?:the\s+|of\s+the\s+)?([a-z]+)", re.I)
#: words that count one kind ("how many countries": "all nations"; "how many fields": "several areas")
_COUNTED_KIN = (frozenset(("countri", "nation", "state")), frozenset(("field", "area", "sector", "domain")))
#: those who met, counted ("how many of the participants"), and all of them said to do a thing ("All expressed
#: concern over food security", "each of them stressed"): how many, in words
_WHO_MET = frozenset(("particip", "leader", "minist", "counterpart", "side", "member", "attende", "offici"))
_ALL_OF_THEM = re.compile(
    r"(?:^|[.;:]\s+)(?:all|each|both)(?:\s+of\s+them|\s+(?:participants|sides|leaders|ministers|members))?\s+"
    r"(?:\w+ly\s+)?(?!of\b)[a-z]+ed\b",
    re.I,
)
