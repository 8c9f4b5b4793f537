"""Answers a readout gives in words where the question's kind of answer is a name or a figure: people at large for
"for whom" ("the American middle class"), and all or none of the things told before for "how many of those" ("on
both issues"). Pure functions."""

from __future__ import annotations

import re

#: whom a thing is for, helps or serves ("for whom did the bills need to deliver", "whom did they talk about how the
#: administration could help"): people at large answer, and it asks no one who met
FOR_WHOM = re.compile(
    r"\bfor\s+whom\b|\bwhom\b[^?]{0,80}\b(?:help|support|benefit|deliver|serve|protect|assist)(?:s|ed|ing)?\b", re.I
)
#: people at large, by class, kind or place in life
_PEOPLE_AT_LARGE = re.compile(
    r"\b(?:middle[- ]class|working\s+(?:Americans|families|people)|families|workers|Americans|citizens|communities|"
    r"residents|children|women|veterans|farmers|consumers|households|students|seniors)\b"
)
#: how many of things told before, which a readout may count as all or none of them
_HOW_MANY_OF_THEM = re.compile(r"\bhow\s+many\s+of\s+(?:those|these|them|the|its|their)\b", re.I)
_ALL_OR_NONE = re.compile(r"\b(?:both|all|each|none|neither)\b")


def people_at_large_served(text: str, asked: str) -> bool:
    """Whether ``asked`` asks whom a thing serves and ``text`` names people at large."""
    return FOR_WHOM.search(asked) is not None and _PEOPLE_AT_LARGE.search(text) is not None


def all_or_none_counted(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how many of things told before and ``text`` counts all or none of them."""
    return _HOW_MANY_OF_THEM.search(asked) is not None and _ALL_OR_NONE.search(text) is not None
