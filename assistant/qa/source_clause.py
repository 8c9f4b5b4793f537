"""The clause of a question that names the readout answering it ("..., according to the readout of Biden's call
with ...", "according to Blinken's August 2021 meeting with ..."). Pure."""

from __future__ import annotations

import re

from ..text.lexicon import TITLE_HEADS

#: a clause that says which readout answers ("..., according to the readout of Biden's call with ...", or opening
SOURCE_CLAUSE = re.compile(  # the question: "The readout of Harris's July 2022 meeting lists ...; where")
    r"(?:\b(?:according to|as per|per|in|from|based on)\s+|^\s*)"
    r"(?:(?:the|their|his|her)\s+(?:[\w\-]+\s+)?readouts?\s+of\s+"
    # or someone's meeting itself: "according to Blinken's August 2021 meeting with Ukraine's foreign minister"
    r"|(?<=according to )(?=(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z])[\w.\-]*)?['\u2019]s\s+"
    r"(?:[^,?;]|(?<=\d),(?=\s*\d{4}\b))*?"
    # (its own date may hold a comma: "her July 18, 2022 meeting")
    r"\b(?:meeting|call|visit|talks|conversation|trip)s?\b))((?:[^,?;]|(?<=\d),(?=\s*\d{4}\b))+)",
    re.I,
)


#: where a question's own clause starts after the source ("According to the readout of Biden's November 15, 2022 call
#: with Polish President Duda, how many ..."): a comma before a question word or an auxiliary, or the question's end
_MAIN_CLAUSE = re.compile(
    r",\s*(?=(?:how|what|which|who|whom|whose|when|where|why|did|does|do|was|were|is|are|had|has|have|can|could|"
    r"would|will)\b|(?:in|on|at|for|to|from|with|by|of|about)\s+(?:what|which|whose|whom)\b)|[?;]|$",
    re.I,
)


def _source_words(question: str) -> str | None:
    """The words of the meeting a question names as its source ("Harris's August 2022 call with Jamaica's Andrew
    Holness"), dates and asides with their commas; None when it names none."""
    m = SOURCE_CLAUSE.search(question)
    if not m:
        return None
    end = _MAIN_CLAUSE.search(question, m.start(1))
    return question[m.start(1) : end.start() if end else len(question)]


def pin_to_source(question: str, people: list[str], told_of: list[str]) -> tuple[list[str], list[str]]:
    """(people at the meeting, people told of): "According to the readout of Harris's August 2022 call with
    Jamaica's Andrew Holness, in which city did Biden and Harris gather Caribbean leaders?" asks of Harris's call;
    Biden, named only in what the readout tells of, is told of. Only when the source names someone on each side by
    name (a counterpart named by title, "Ukraine's foreign minister", may be one named elsewhere), and not when it
    points back to someone named elsewhere ("... according to the readout of his call with Kuleba")."""
    named = _source_words(question)
    if not named or re.search(r"\b(?:his|her|their|him|them|its)\b", named, re.I):
        return people, told_of
    inside = [p for p in people if p in named]
    if len([p for p in inside if _a_side(p, named)]) < 2:
        return people, told_of
    # only someone the question shows as a person: titled ("Governor DeSantis") or beside a side ("Biden and Harris");
    # not a thing it names, "AIDS", "Black Hawks"
    moved = [p for p in people if p not in inside and _a_person(p, question, inside)]
    return [p for p in people if p not in moved], [*told_of, *moved]


def _a_side(name: str, named: str) -> bool:
    """Whether the source words name ``name`` as a side: whose meeting it was ("Harris's call") or whom it was with
    ("with Jamaica's Andrew Holness"), not where it was ("Harris's Orlando meeting")."""
    n = re.escape(name)
    return bool(re.search(rf"\b{n}['\u2019]s?\b", named) or re.search(rf"\bwith\s+(?:\S+\s+){{0,4}}?{n}\b", named))


_TITLES = "|".join((*sorted(TITLE_HEADS), "President", "Secretary", "Senator", "Representative"))


def _a_person(name: str, question: str, sides: list[str]) -> bool:
    """Whether the question shows ``name`` as a person: after a title, or joined by "and" to one of the sides."""
    n = re.escape(name)
    titled = re.search(rf"\b(?:{_TITLES})\s+{n}\b", question)
    joined = any(re.search(rf"\b{n}\s+and\s+{re.escape(s)}\b|\b{re.escape(s)}\s+and\s+{n}\b", question) for s in sides)
    return bool(titled or joined)
