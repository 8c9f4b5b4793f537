"""Words of a text: one tokenizer for BM25, the answerer's word overlap and the verifier.

Pure functions. Stemming is Snowball's English stemmer (PyStemmer), so
"agreed", "agreeing" and "agrees" meet at "agre" and "countries" at
"countri". Words are lower-cased and accent-folded ("López" -> "lopez").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import GENERIC, STOPWORDS

#: Bumped whenever tokenization changes, so indexes built before are rebuilt, not misread.
#: 3: Snowball (PyStemmer) instead of the hand-written suffix stripper.
TOKENIZER_VERSION = 3

_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball English stem of a lower-case word: agreed/agreeing/agrees -> agre, countries -> countri."""
    if len(word) <= 3 or word.isdigit():
        return word
    return _stemmer().stemWord(word)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and strip accents: "López" -> "lopez", "Tô Lâm" -> "to lam"."""
    w = word.lower()
    return w if w.isascii() else without_accents(w)


def without_accents(text: str) -> str:
    """``text`` without its accents, in its own case ("Sánchez" -> "Sanchez"); not cached, for whole sentences."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_POSSESSIVE = re.compile(r"['\u2019]s$|(?<=s)['\u2019]$")  # ("Blinken's", "Athens'")


def without_possessive(word: str) -> str:
    """A word or name without its possessive ending ("Blinken's" -> "Blinken"), as written otherwise."""
    return _POSSESSIVE.sub("", word)


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded words of ``text``, possessives removed."""
    return list(_words(text))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # one answer reads the same sentences many times over (topic, kind, names, coverage): read each once
    out = []
    for m in _WORD.finditer(text):
        w = fold(m.group(0)).replace("\u2019", "'")
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return tuple(out)


def tokenize(text: str) -> list[str]:
    """Stemmed content words of ``text`` (stopwords removed): the BM25 vocabulary."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry a topic: tokens minus the words every readout uses."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and w not in GENERIC and (len(w) > 1 or w.isdigit())]


def neighbour_swaps(word: str, first: int = 0) -> list[str]:
    """Every word made from ``word`` by swapping two neighbouring letters from position ``first`` on, in order of
    position (a hurried typist's slip: "Blinekn", "qucik"); ``word`` itself left out."""
    out = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(first, len(word) - 1)]
    return [w for w in dict.fromkeys(out) if w != word]
