"""What a number counts: "how many Frederick-based exporters did he visit" is not answered by "Frederick is home to
3,700 businesses". Pure."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS
from ..text.synonyms import COUNTED_ALIKE
from ..text.tokenize import stem, words
from .answer_types import NUMERAL, without_non_quantities
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
#: a number and the words after it that say what it counts ("one million Pfizer COVID-19 vaccine doses", "a
#: thousand Tunisians", "tens of thousands of Afghans")
_NUMBER_OF = re.compile(
    rf"(?<![\w$])(?:{NUMERAL}|(?:hundred|thousand|million|billion|dozen)s?)"
    rf"(?:\s+(?:hundred|thousand|million|billion)s?)?(?:\s+of)?((?:[\s\-()]+[\w\-\u2019']+){{1,5}})",
    re.I,
)
#: units a readout abbreviates or scales ("8.8 lb", "1.5 gigatons"): the same thing counted
_UNITS = (("pound", "lb", "lbs"), ("kilogram", "kg"), ("kilomet", "km"), ("mile", "mi"), ("ton", "tonn", "gigaton"))


def counts_something_else(text: str, question: str) -> bool:
    """Whether each number of ``text`` counts something other than what the question asks how many of ("how many
    Frederick-based exporters did he visit": "Frederick is home to 3,700 businesses"). A word of one meaning
    counts ("how many troops": "3,000 forces", "how many responders": "700 response personnel"), and so does a
    number that names no thing ("welcoming tens of thousands into our communities")."""
    asked = _HOW_MANY_OF.search(question)
    counted = _PREPOSITION.sub("", asked.group(1)).split()[-1:] if asked else []
    if not counted or counted[0].lower() in _ANY_COUNT:
        return False
    want = stem(counted[0].lower())
    alike = {w for group in COUNTED_ALIKE if want in group for w in group}
    found = False
    alike |= {w for group in _UNITS if want in group for w in group}
    text = without_non_quantities(text)
    for m in _NUMBER_OF.finditer(text):
        after = words(m.group(1))
        if not after or after[0].lower() in STOPWORDS or _PEOPLE & {w.lower() for w in after}:
            return False  # a number of no named thing, or of people ("40 Ukrainian families"), may be it
        # what it counts may also stand just before it ("led the team in tackles (118)", "sack leader with 136")
        near = f"{' '.join(words(text[max(0, m.start() - 40) : m.start()])[-3:])} {m.group(1)}"
        if not missing_terms(near, (want,)) or alike & {stem(w) for w in words(near)}:
            return False
        found = True
    return found
