"""Words of a question that belong to a phrase of its asking, not to its topic: "the table" of "what was on the
table", "well" of "as well", "long" of "how long", "full" of "their full names"."""

from __future__ import annotations

import re

#: (phrase, the words of it that say nothing of what the question is about)
_PHRASES = (
    # (not "which readouts mention the negotiating table")
    (re.compile(r"\b(?:on|off)\s+the\s+table\b", re.I), frozenset({"table"})),
    (re.compile(r"\bfull names?\b", re.I), frozenset({"full"})),  # "the full name of": who, no topic
    (re.compile(r"\bface[- ]to[- ]face\b", re.I), frozenset({"face"})),  # how they met, no topic
    (re.compile(r"\breadouts?\s+(?:are|is)\s+accounts?\s+of\b", re.I), frozenset({"accounts", "account"})),
    (re.compile(r"\bas\s+well\b", re.I), frozenset({"well"})),  # "Did they get into the Rohingya as well?"
    (re.compile(r"\bhow\s+long\b", re.I), frozenset({"long"})),  # "how long would it take to know more"
    # "someone from the administration": who met, not what it was about (not "the administration's diplomacy")
    (
        re.compile(r"\b(?:some|any)(?:one|body)\s+(?:from|in|of)\s+the\s+(?:[\w\-]+\s+)?administration\b", re.I),
        frozenset({"administration"}),
    ),
)


def phrase_words(part: str) -> set[str]:
    """The words of ``part`` that its phrases of asking hold (lower case)."""
    return {w for pattern, held in _PHRASES if pattern.search(part) for w in held}
