"""The clause of a question that names the readout answering it ("..., according to the readout of Biden's call
with ...", "according to Blinken's August 2021 meeting with ..."). Pure."""

from __future__ import annotations

import re

#: a clause that says which readout answers ("..., according to the readout of Biden's call with ...", or opening
SOURCE_CLAUSE = re.compile(  # the question: "The readout of Harris's July 2022 meeting lists ...; where")
    r"(?:\b(?:according to|as per|per|in|from|based on)\s+|^\s*)"
    r"(?:(?:the|their|his|her)\s+(?:[\w\-]+\s+)?readouts?\s+of\s+"
    # or someone's meeting itself: "according to Blinken's August 2021 meeting with Ukraine's foreign minister"
    r"|(?<=according to )(?=(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*)?['\u2019]s\s+[^,?;]*?"
    r"\b(?:meeting|call|visit|talks|conversation|trip)s?\b))([^,?;]+)",
    re.I,
)


def _source_words(question: str) -> str | None:
    """The words of the meeting a question names as its source, when they name someone ("Harris's August 2022
    call with Jamaica's prime minister"); None otherwise."""
    m = SOURCE_CLAUSE.search(question)
    return m.group(1) if m and re.search(r"[A-Z]", m.group(1)) else None


def pin_to_source(question: str, people: list[str], told_of: list[str]) -> tuple[list[str], list[str]]:
    """(people at the meeting, people told of): "According to the readout of Harris's August 2022 call with
    Jamaica's prime minister, on what date did Biden and Harris gather Caribbean leaders?" asks of Harris's
    call; Biden, named only in what the readout tells of, is told of. Unchanged when the source names none of
    them or points back to someone named elsewhere ("what did Blinken say, according to the readout of his call")."""
    named = _source_words(question)
    if named and re.search(r"\b(?:his|her|their)\b", named, re.I):
        return people, told_of
    inside = [p for p in people if named and p in named]
    if not inside:
        return people, told_of
    # (an acronym is a thing the question names, "AIDS", not someone who could have been at the meeting)
    moved = [p for p in people if p not in inside and not p.isupper()]
    return [p for p in people if p not in moved], [*told_of, *moved]
