"""Idioms a question may use for a kind of statement, put in plain words before it is read ("did they see eye to
eye on ...": "did they agree on ..."), so that the idiom's words are no topic a readout must state ("eye")."""

from __future__ import annotations

import re

_IDIOMS = (
    (re.compile(r"\b(?:see|sees|seeing)\s+eye[\s\-]+to[\s\-]+eye\b", re.I), "agree"),
    (re.compile(r"\b(?:saw|seen)\s+eye[\s\-]+to[\s\-]+eye\b", re.I), "agreed"),
    (re.compile(r"\bon\s+the\s+same\s+page\b", re.I), "in agreement"),
)


def in_plain_words(question: str) -> str:
    """``question`` with its idioms of agreement put plainly (the same text when it has none)."""
    for idiom, plain in _IDIOMS:
        question = idiom.sub(plain, question)
    return question
