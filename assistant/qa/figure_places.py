"""A figure a sentence gives for another place than the one a question asks it for: "How many customers in
Mississippi were still without power?" is not answered by "noting that in Louisiana nearly one million customers
remain without power", nor "How many doses did the U.S. pledge to Panama?" by "one million ... doses to Paraguay,
with additional vaccine donations to Panama in the coming weeks". Pure."""

from __future__ import annotations

import re

from ..text.names import find_parties
from .places_given import US_STATE_NAME

#: a figure asked for, and what follows it up to a clause of when or where ("How many customers in Mississippi
#: were ...", not "... when they saw each other in Italy")
_FIGURE_ASKED = re.compile(
    r"\bhow\s+(?:many|much)\b((?:(?!\b(?:when|while|during|as|after|before|at)\b)[^?,;])*)", re.I
)
#: a place a figure is asked for ("in Mississippi", "to Panama", "for the Philippines")
_FOR_A_PLACE = re.compile(r"\b(?:in|to|for|across|throughout)\s+(?:the\s+)?([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")
#: a clause of a sentence: up to a comma, semicolon, colon, dash or bracket
_CLAUSE = re.compile(r"(?:[^,;:()\u2013\u2014]|,(?=\d{3}\b))+")  # (not a thousands comma: "700,000 refugees")


def _places(text: str) -> set[str]:
    """The countries (not the issuing one; by name or people, "Tunisians") and U.S. states (not Washington, a city
    as often) a text names."""
    out = {p.name for p in find_parties(text) if not p.organisation and p.name != "United States"}
    return out | {m.group(0) for m in US_STATE_NAME.finditer(text) if m.group(0) != "Washington"}


def places_figure_asked_for(question: str) -> set[str]:
    """The countries or U.S. states a question's figure is asked of when it is asked for a place ("how many
    Tunisians in Ukraine": Tunisia and Ukraine); none when it asks no figure, or none for a place."""
    if not (asked := _FIGURE_ASKED.search(question)) or not any(
        _places(m.group(1)) for m in _FOR_A_PLACE.finditer(asked.group(1))
    ):
        return set()
    return _places(asked.group(1))


def without_figures_elsewhere(text: str, question: str) -> str:
    """``text`` with each clause blanked that gives something to, for or in a place, none of them one the question
    asks its figure for (what it counts is another place's); as it is when the question asks a figure for no
    place."""
    if not (asked := places_figure_asked_for(question)):
        return text

    def blank(m: re.Match) -> str:  # (a place the clause gives its figure to or in: not "thanked Kenya for ...")
        said = {p for place in _FOR_A_PLACE.finditer(m.group(0)) for p in _places(place.group(1))}
        return " " * len(m.group(0)) if said and not said & asked else m.group(0)

    return _CLAUSE.sub(blank, text)
