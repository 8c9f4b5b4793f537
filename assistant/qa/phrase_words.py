"""Words of a question that belong to a phrase of its asking, not to its topic (the table of phrases is
``text.question_words.ASKING_PHRASES``): "the table" of "what was on the table", "well" of "as well"."""

from __future__ import annotations

import re

from ..text.question_words import ASKING_PHRASES
from ..text.synonyms import SYNONYMS_OF
from ..text.tokenize import stem

_PHRASES = tuple((re.compile(pattern, re.I), held) for pattern, held in ASKING_PHRASES)
#: the adverb a "how" asks for ("how lopsidedly was growth said to favour ...", "how firmly did they back it", "how
#: often"): the answer is a word of degree, manner or frequency ("overwhelmingly", "every day") that it does not name
#: (one with words of the same sense stays: "how quickly" is answered by "immediately")
_HOW_ADVERB = re.compile(
    r"\bhow\s+(?!(?:italy|family|supply|apply|reply|assembly|rally|ally|friendly|unfriendly|early|costly|deadly|"
    r"likely|unlikely|lively|orderly|timely|elderly|daily|weekly|monthly|yearly|only|holy|lovely)\b)([a-z]{3,}ly|often)\b",
    re.I,
)


def phrase_words(part: str) -> set[str]:
    """The words of ``part`` that its phrases of asking hold (lower case)."""
    held = {w for pattern, held in _PHRASES if pattern.search(part) for w in held}
    adverbs = {m.group(1).lower() for m in _HOW_ADVERB.finditer(part)}
    return held | {w for w in adverbs if stem(w) not in SYNONYMS_OF}
