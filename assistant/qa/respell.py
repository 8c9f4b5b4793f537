"""A name typed one letter off ("Blinkin", "Bidne", "Kishda") read as the name the readouts write.

The analysis finds people and places by their names in the readout records; a name the readouts never use
finds no meeting ("No indexed readout mentions Bidne.") or becomes a topic no sentence states. So a
capitalised word of the question that no readout uses is respelt when exactly one word the readouts
capitalise is one edit away (a letter left out, added, changed, or two letters swapped), with the same first
letter. Anything else stays as typed: a word the readouts use, a short word, a word with two such
neighbours, a word with an apostrophe inside ("Sana'a"), and function and question words; each capitalised
part of a hyphened name is read on its own ("Indo-Pcaific").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.lexicon import QUESTION_WORDS, STOPWORDS
from ..text.tokenize import fold, without_possessive
from .recase import Casing

# a capitalised word with what it carries ("Sana'a", "Biden's", "Jean-Yves"); only plain words are respelt
_NAME = re.compile(r"(?<![\w'\u2019-])[A-Z][\w\u00e0-\u024f'\u2019-]*")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every word one edit from ``word`` that keeps its first letter."""
    head, tail = word[0], word[1:]
    splits = [(tail[:i], tail[i:]) for i in range(len(tail) + 1)]
    out = {head + a + b[1:] for a, b in splits if b}
    out |= {head + a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {head + a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {head + a + c + b for a, b in splits for c in _LETTERS}
    return out - {word}


def misspelt(question: str, known_exactly: Callable[[str], bool]) -> list[str]:
    """The capitalised words of ``question`` (four letters or more, not function or question words) that no
    readout uses."""
    out = []
    for m in _NAME.finditer(question):
        bare = without_possessive(m.group(0))
        if known_exactly(fold(bare).lower()):
            continue
        for part in bare.split("-"):  # "Indo-Pcaific": each part of a hyphened name on its own
            word = fold(part).lower()
            if len(word) < 4 or not word.isalpha() or word in STOPWORDS or word in QUESTION_WORDS:
                continue
            if part[0].isupper() and not known_exactly(word):
                out.append(part)
    return out


def respell(question: str, known_exactly: Callable[[str], bool], casing: Casing) -> str:
    """``question`` with each word of ``misspelt`` replaced by the one capitalised word of the readouts one
    edit away, written as they write it; unchanged when there is none or more than one."""
    for bare in misspelt(question, known_exactly):
        near = {w for w in _one_edit(fold(bare).lower()) if len(w) > 3 and w in casing.ever and known_exactly(w)}
        if len(near) == 1:
            word = near.pop()
            written = casing.words.get(word, word.capitalize())
            question = re.sub(rf"\b{re.escape(bare)}\b", written, question)
    return question
