"""Names: finding the names a question asks about, and telling whether a text mentions a name.

Pure functions. One rule decides whether a name is present, used by the
answerer (is the question's name in this readout?), the index (does any
readout use this word?) and the verifier (is the claim's name in the
readout?): the word itself or its stem, or a demonym or inflection sharing
its first letters ("Japanese" ~ "Japan", "Russia's" ~ "Russian").
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .lexicon import CALENDAR, GENERIC, QUESTION_WORDS, STOPWORDS
from .tokenize import fold, stem

_CAPITALISED = re.compile(r"[A-Z][A-Za-z\u00C0-\u024F]+|[A-Z]{2,}")


def question_entities(question: str) -> list[str]:
    """Names in a question: capitalised words that are not question words, roles or calendar words (folded)."""
    found: list[str] = []
    for m in _CAPITALISED.finditer(question):
        w = m.group(0)
        lw = fold(w)
        if lw in QUESTION_WORDS or lw in STOPWORDS or lw in GENERIC or lw in CALENDAR or len(w) < 3:
            continue
        found.append(lw)
    return list(dict.fromkeys(found))


def name_prefix(name: str) -> str | None:
    """The first letters that a name's demonyms and inflections share with it, or None if too short to trust.

    "japanese" -> "japan", "mexico" -> "mexic", "peru" -> "peru"; three letters are not enough.
    """
    prefix = name[:5] if len(name) >= 6 else name[:4]
    return prefix if len(prefix) >= 4 else None


def name_present(name: str, contains: Callable[[str], bool], has_prefix: Callable[[str], bool]) -> bool:
    """Whether a (folded) name is among some words: itself, its stem, or a word sharing its prefix.

    ``contains(word)`` tells whether a word is there; ``has_prefix(p)`` whether some word starts with ``p``.
    """
    if contains(name) or contains(stem(name)):
        return True
    prefix = name_prefix(name)
    return prefix is not None and has_prefix(prefix)


def name_in_words(name: str, words: Iterable[str] | set[str] | frozenset[str]) -> bool:
    """:func:`name_present` over a set of words, also accepting a word that is a short stem of the name
    ("Peruvian" is in a text that says "Peru")."""
    pool = words if isinstance(words, (set, frozenset)) else set(words)
    if name_present(name, pool.__contains__, lambda p: any(w.startswith(p) for w in pool)):
        return True
    return any(len(w) >= 4 and name.startswith(w) and len(name) - len(w) <= 4 for w in pool)
