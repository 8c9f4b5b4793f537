"""What a rough number counts: "how many aircraft did the deal cover" is not answered by "tens of thousands of U.S.
manufacturing jobs". Pure."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS
from ..text.synonyms import COUNTED_ALIKE
from ..text.tokenize import stem, words
from .answer_types import NUMERAL, exact_counts_in, without_non_quantities
from .coverage import missing_terms

#: what "how many" asks to count, up to the verb ("how many Frederick-based exporters did", "how many Tunisians in
#: Ukraine were"): the last word before a preposition
_HOW_MANY_OF = re.compile(
    r"\bhow many\s+(?:more\s+|additional\s+|new\s+|other\s+)?([\w\-\s]{1,60}?)\s+"
    r"(?:did|do|does|were|was|are|is|had|have|has|will|would|could|can)\b",
    re.I,
)
_PREPOSITION = re.compile(r"\s+(?:in|of|for|from|at|on|to|with|across|throughout|by)\b.*", re.I)
#: counted things too general to be said the same way: "how many people", "how many times"
_ANY_COUNT = frozenset(
    "people persons times ones more others years months weeks days hours them items objects things pieces".split()
)
#: people counted by what they are to one another, not by what the question calls them
_PEOPLE = frozenset(
    "people persons individuals families households residents citizens nationals children women men civilians "
    "americans".split()
)
#: a rough quantity and the words after it that say what it counts ("tens of thousands of U.S. manufacturing jobs",
#: "hundreds of thousands of acres")
_ROUGH_OF = re.compile(
    r"(?<![\w$])(?:dozens|hundreds|thousands|millions|billions)(?:\s+of\s+(?:hundreds|thousands|millions))?"
    r"(?:\s+of)?((?:[\s\-()]+[\w\-\u2019']+){1,5})",
    re.I,
)
#: a number and the words after it that say what it counts ("one million Pfizer COVID-19 vaccine doses", "a
#: thousand Tunisians", "a 5-cylinder engine")
_NUMBER_OF = re.compile(
    rf"(?<![\w$])(?:{NUMERAL}|(?:hundred|thousand|million|billion|dozen)s?)"
    rf"(?:\s+(?:hundred|thousand|million|billion)s?)?(?:\s+of)?((?:[\s\-()]+[\w\-\u2019']+){{1,5}})",
    re.I,
)
#: units a readout abbreviates or scales ("8.8 lb", "1.5 gigatons"): the same thing counted
_UNITS = (("pound", "lb", "lbs"), ("kilogram", "kg"), ("kilomet", "km"), ("mile", "mi"), ("ton", "tonn", "gigaton"))


def counts_something_else(text: str, question: str) -> bool:
    """Whether a sentence's only counts are rough ones of something other than what the question asks how many of
    ("how many aircraft": "tens of thousands of U.S. manufacturing jobs"). A count given exactly is left as it is
    (readouts count in other words than questions: "how many evacuees": "over 4,000 Afghans"); a rough one of a
    word of one meaning, of people, or of no named thing ("welcoming tens of thousands into our communities") may
    be it."""
    asked = _HOW_MANY_OF.search(question)
    counted = _PREPOSITION.sub("", asked.group(1)).split()[-1:] if asked else []
    if not counted or counted[0].lower() in _ANY_COUNT or exact_counts_in(text):
        return False
    want = stem(counted[0].lower())
    alike = {w for group in (*COUNTED_ALIKE, *_UNITS) if want in group for w in group}
    found = False
    text = without_non_quantities(text)
    for m in _ROUGH_OF.finditer(text):
        after = words(m.group(1))
        if not after or after[0].lower() in STOPWORDS or _PEOPLE & {w.lower() for w in after}:
            return False
        # what it counts may also stand just before it ("jobs numbering in the thousands")
        near = f"{' '.join(words(text[max(0, m.start() - 40) : m.start()])[-3:])} {m.group(1)}"
        if not missing_terms(near, (want,)) or alike & {stem(w) for w in words(near)}:
            return False
        found = True
    return found


def _wanted(question: str) -> set[str] | None:
    """The stems that say what "how many" asks to count, with the words counted alike; None when it asks none or
    too general a thing ("how many people")."""
    asked = _HOW_MANY_OF.search(question)
    counted = _PREPOSITION.sub("", asked.group(1)).split()[-1:] if asked else []
    if not counted or counted[0].lower() in _ANY_COUNT:
        return None
    want = stem(counted[0].lower())
    return {want} | {w for group in (*COUNTED_ALIKE, *_UNITS) if want in group for w in group}


def counts_it(text: str, question: str) -> bool:
    """Whether a number of ``text`` counts what the question asks how many of, by its word or one of the same
    meaning, after the number, joined to it or just before it ("5-cylinder", "tackles (118)")."""
    want = _wanted(question)
    if want is None:
        return False
    text = without_non_quantities(text)
    for m in _NUMBER_OF.finditer(text):
        near = f"{' '.join(words(text[max(0, m.start() - 40) : m.start()])[-3:])} {m.group(1)}"
        if any(not missing_terms(near, (w,)) for w in want) or want & {stem(w) for w in words(near)}:
            return True
    return False


def counting_first(quotes: list, question: str) -> list:
    """Of the quotes answering "how many X", those whose number counts X when some do ("FEMA has 2,000 personnel in
    the region" before "the President thanked the 200 Federal personnel" for "how many FEMA staff"); all of them
    when none does, as readouts count in other words than questions ("how many evacuees": "over 4,000 Afghans")."""
    if _wanted(question) is None:
        return quotes
    counting = [q for q in quotes if counts_it(q.sentence.text, question)]
    return counting or quotes
