"""A name typed with two letters swapped ("Blinekn", "Bidne", "Cmabodia") read as the name the readouts write.

The analysis finds people and places by their names in the readout records; a name the readouts never use
finds no meeting ("No indexed readout mentions Bidne.") or becomes a topic no sentence states. So a
capitalised word of the question that no readout uses is respelt when swapping two neighbouring letters
after its first gives a name the readouts write, and only one such name: a word they capitalise nearly
always, or the one time they write it (``Casing.words``, ``Casing.once``: "Gorodn", "Btoes"); failing that,
a word they capitalise at least as often as not (``Casing.ever``: "Hurircane Ian", "Secretary of Sttae");
failing that, a country.

Only swaps: a letter left out, added or changed would also turn real names the readouts never mention into
names they do ("Pence" into "Peace", "Peskov" into "Petkov", "Iceland" into "Ireland"), and an honest "the
readouts don't say" into an answer about someone else. Left as typed as well: a word the readouts use, words
under four letters, words in capitals ("RCEP"), a word with an apostrophe inside ("Sana'a"), and function
and question words. Each part of a hyphened name is read on its own ("Indo-Pcaific").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.lexicon import QUESTION_WORDS, STOPWORDS
from ..text.names import names_one_country
from ..text.tokenize import fold, neighbour_swaps, without_possessive
from .recase import Casing

# a capitalised word with what it carries ("Sana'a", "Biden's", "Jean-Yves"); only plain words are respelt
_NAME = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*")


def _unknown(text: str, known_exactly: Callable[[str], bool]) -> bool:
    """A capitalised plain word (four letters or more, not in capitals, not a function or question word)
    that no readout uses."""
    word = fold(text)
    if len(word) < 4 or not word.isalpha() or text.isupper() or not text[0].isupper():
        return False
    return word not in STOPWORDS and word not in QUESTION_WORDS and not known_exactly(word)


def _misspelt_parts(token: str, known_exactly: Callable[[str], bool]) -> list[str]:
    """The parts of one capitalised token that no readout uses ("Indo-Pcaific": each part of a hyphened name
    on its own)."""
    bare = without_possessive(token)
    if known_exactly(fold(bare)):
        return []
    return [text for text in bare.split("-") if _unknown(text, known_exactly)]


def misspelt(question: str, known_exactly: Callable[[str], bool]) -> list[str]:
    """The capitalised plain words of ``question`` that no readout uses."""
    return [part for m in _NAME.finditer(question) for part in _misspelt_parts(m.group(0), known_exactly)]


def respell(question: str, known_exactly: Callable[[str], bool], casing: Casing) -> str:
    """``question`` with each word of ``misspelt`` replaced by the one name of the readouts two swapped
    letters away, written as they write it; unchanged when there is none or more than one."""
    out, end = [], 0
    for m in _NAME.finditer(question):
        out += [question[end : m.start()], _respelt(m.group(0), known_exactly, casing)]
        end = m.end()
    return "".join(out) + question[end:]


def _respelt(token: str, known_exactly: Callable[[str], bool], casing: Casing) -> str:
    """One capitalised token of the question, its misspelt parts respelt: into a name the readouts write, or a
    country or its people's adjective ("Swsis" -> "Swiss"); never into any word they use ("Herat" is no "Heart")."""
    wrong = _misspelt_parts(token, known_exactly)
    if not wrong:
        return token
    bare = without_possessive(token)
    parts = []
    for text in bare.split("-"):
        swaps = set(neighbour_swaps(fold(text), first=1)) if text in wrong else set()  # a name's first letter kept
        pick = _one_of(swaps, lambda w: (w in casing.words or w in casing.once) and known_exactly(w))
        pick = pick or _one_of(swaps, lambda w: w in casing.ever and known_exactly(w))
        pick = pick or _one_of(swaps, _a_country)
        parts.append(text if pick is None else _as_written(pick, casing))
    return "-".join(parts) + token[len(bare) :]


def _as_written(word: str, casing: Casing) -> str:
    """A word as the readouts capitalise it ("btoes" typed, "Botes" written), else capitalised."""
    return next((table[word] for table in (casing.words, casing.once, casing.ever) if word in table), word.capitalize())


def _one_of(words: set[str], fits: Callable[[str], bool]) -> str | None:
    """The one word of ``words`` that ``fits``; None when none or more than one does."""
    found = [w for w in words if fits(w)]
    return found[0] if len(found) == 1 else None


def _a_country(word: str) -> bool:
    """Whether a word alone names a country or its people ("swiss", "peru"), as the table of places knows them."""
    return names_one_country(word.capitalize())
