"""A question typed all in lower case ("what did blinken and lavrov discuss in january 2022?") read as if it
were cased: the analysis finds people, countries, organisations and months by their capitals, so without
them it would find no one and answer from the wrong meetings.

Only a question with no capital letter after its first is changed, and only words the readouts give a
reading of: the words of participants' names in the readout records, countries and organisations by their
known names, months, and "u.s."-style abbreviations. A surname that is also a common word ("power",
"rice", "burns") is capitalised only after a title ("ambassador rice")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text.lexicon import MONTHS, NAME_PARTICLES, STOPWORDS, TITLE_HEADS

# surnames that are also everyday words: capitalised only after a title
_EVERYDAY = frozenset(
    """power rice price may young long white black brown green gray grey burns king love hill hills wells
    bush cook rich bass grant ward page bond hope field fields wood woods rose church hall little small strong
    sharp best bell cross golden rivers banks waters lake stone marsh park street lane good north south east
    west chase frank hunt fair mark case rule kind will moon sun ban won sung said hun fox bird lamb glass
    mills miles rock hand land law bishop baker carpenter mason porter turner walker fisher hunter gardner
    short french english welsh""".split()
)
# written names of countries and organisations that are everyday words in lower case
_NOT_PARTIES = frozenset({"us", "who", "car", "pole", "poles", "finn", "au"})
_SHORT_WORDS = frozenset("an as at be by do go he if in is it me my no of on or so to up us we am ok oh hi".split())
_ABBREVIATIONS = {"u.s.": "U.S.", "u.k.": "U.K.", "u.n.": "U.N.", "e.u.": "E.U.", "d.c.": "D.C."}
_WORD = re.compile(r"(?<![\w\u00c0-\u024f])[a-z\u00e0-\u024f][\w\u00e0-\u024f'\u2019\-]*")


def is_lower_case(question: str) -> bool:
    """Whether a question was typed without capitals (its first letter aside)."""
    letters = [c for c in question if c.isalpha()]
    return len(letters) > 1 and not any(c.isupper() for c in letters[1:])


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The lower-case words of people's names that may be capitalised in a lower-case question."""
    out = set()
    for name in names:
        for w in name.replace(".", " ").split():
            low = w.lower()
            if not low.isalpha() or low in NAME_PARTICLES or low in STOPWORDS or low in _SHORT_WORDS:
                continue
            if w[0].isupper() and w.capitalize() not in TITLE_HEADS and low not in _MONTH_NAMES:
                out.add(low)
    return frozenset(out)


_MONTH_NAMES = frozenset(m.lower() for m in MONTHS)


@lru_cache(maxsize=1)
def _parties() -> tuple[re.Pattern, dict[str, str]]:
    from ..text.names import _party_aliases

    written: dict[str, str] = {}
    for alias in _party_aliases():
        low = alias.lower()
        if low not in _NOT_PARTIES and len(low) > 1:
            written.setdefault(low, alias)
    ordered = sorted(written, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w])")
    return pattern, written


def recase(question: str, people: frozenset[str]) -> str:
    """``question`` with the capitals it was typed without (unchanged when it has any after its first
    letter); ``people`` is ``name_words`` of the readouts' participants."""
    if not is_lower_case(question):
        return question
    text = question
    for low, abbreviation in _ABBREVIATIONS.items():
        text = text.replace(low, abbreviation)
    pattern, written = _parties()
    text = pattern.sub(lambda m: written[m.group(0)], text)
    words = list(_WORD.finditer(text))
    out = list(text)
    for i, m in enumerate(words):
        w = m.group(0)
        before = words[i - 1].group(0) if i else ""
        after = words[i + 1].group(0) if i + 1 < len(words) else ""
        if not _capitalised(w, before, after, text, m, people):
            continue
        out[m.start()] = w[0].upper()
        if i and before.capitalize() in TITLE_HEADS:  # "secretary blinken": the title goes with the name
            out[words[i - 1].start()] = before[0].upper()
    return "".join(out)


def _capitalised(word: str, before: str, after: str, text: str, m: re.Match, people: frozenset[str]) -> bool:
    if word in _MONTH_NAMES:  # "may" and "march" are months only next to a day or a year
        if word not in ("may", "march"):
            return True
        near = text[max(0, m.start() - 6) : m.end() + 6]
        return bool(re.search(r"\d", near))
    if word not in people:
        return False
    return word not in _EVERYDAY or before.capitalize() in TITLE_HEADS
