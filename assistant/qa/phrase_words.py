"""Words of a question that belong to a phrase of its asking, not to its topic (the table of phrases is
``text.question_words.ASKING_PHRASES``): "the table" of "what was on the table", "well" of "as well"."""

from __future__ import annotations

import re

from ..text.question_words import ASKING_PHRASES

_PHRASES = tuple((re.compile(pattern, re.I), held) for pattern, held in ASKING_PHRASES)


def phrase_words(part: str) -> set[str]:
    """The words of ``part`` that its phrases of asking hold (lower case)."""
    return {w for pattern, held in _PHRASES if pattern.search(part) for w in held}
