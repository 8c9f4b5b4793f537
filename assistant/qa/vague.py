"""Which things a sentence names: "Which Jamaican industries will the investment build up?" is not answered by "to
strengthen and expand key industries for Jamaica", which says there are some and names none. Pure."""

from __future__ import annotations

import functools
import re

from ..text.lexicon import VAGUE_QUALIFIERS
from ..text.question_words import AUXILIARY
from ..text.tokenize import stem

#: the things a "which" question asks to be named, up to its verb ("Which Jamaican industries is ...")
_WHICH_THINGS = re.compile(rf"\bwhich\s+(?:[\w\-'\u2019]+\s+){{0,3}}?([a-z][a-z\-]+s)\s+(?:{AUXILIARY})\b", re.I)
_VAGUE = "|".join(sorted(VAGUE_QUALIFIERS, key=len, reverse=True))
#: what says which ones after the word: "industries such as tourism", "sectors, including ...", "areas: ...", "key
#: issues of climate change" (not "issues of mutual interest")
_NAMED_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:such as|including|like|notably|especially|namely|[:(\u2013\u2014-]|"
    r"of\s+(?!(?:mutual|common|shared|bilateral|regional|global)\s+(?:interest|concern|importance)))",
    re.I,
)


def _named_after(text: str, end: int) -> bool:
    """Whether the words after a vague mention go on to name them, at once or a few words on ("a range of issues
    facing young people, including voting rights")."""
    return bool(_NAMED_AFTER.match(text, end) or _LISTED_LATER.search(text[end : end + 80]))


#: a list a few words after the vague mention: ", including ...", "such as ...", ": ..."
_LISTED_LATER = re.compile(r"(?:,\s*|\s)(?:such as|including|namely|notably)\b|:", re.I)


@functools.lru_cache(maxsize=512)
def _asked_word(question: str) -> str | None:
    """The stem of the things a "which" question asks to be named ("industries" -> "industri"); None when it asks
    none (read once per question: the check runs on every candidate sentence)."""
    asked = _WHICH_THINGS.search(question)
    return stem(asked.group(1).lower()) if asked else None


def _occurrences(text: str, word: str) -> list[re.Match]:
    """The words of ``text`` whose stem is ``word``."""
    return [m for m in re.finditer(r"\b([A-Za-z\-]+)\b", text) if stem(m.group(1).lower()) == word]


def _vague_only(text: str, word: str) -> bool:
    """Whether ``text`` speaks of ``word`` and only vaguely ("key industries"), with none named after."""
    found = _occurrences(text, word)
    if not found:
        return False
    for m in found:
        before = text[max(0, m.start() - 30) : m.start()]
        if not re.search(rf"\b(?:{_VAGUE})\s+(?:[a-z\-]+\s+)?$", before, re.I) or _named_after(text, m.end()):
            return False
    return True


def names_none_asked(text: str, question: str) -> bool:
    """Whether the things a "which" question asks for stand in the sentence only as some of them ("key
    industries", "several sectors", "a number of companies") with none named after."""
    word = _asked_word(question)
    return word is not None and _vague_only(text, word)


def unless_none_named(fits: list, scored: list, question: str) -> list:
    """No quotes when the one readout asked about (its sentences ``scored``) speaks of the things a "which" question
    asks for only as some of them ("key industries for Jamaica") and names them nowhere: it does not say which."""
    return [] if fits and none_named(scored, question) else fits


def none_named(scored: list, question: str) -> bool:
    """Whether the best of the sentences ``scored`` (best first) speaks of the things a "which" question asks for
    only as some of them, and no other names them (a readout may name them without the question's word: "which
    issues": "climate change and environmental preservation", so the vague one must be the closest)."""
    word = _asked_word(question)
    if word is None or not scored:
        return False
    pool = [s.candidate.sentence.text for s in scored]
    return _vague_only(pool[0], word) and not any(_occurrences(t, word) and not _vague_only(t, word) for t in pool)
