"""People named in a sentence without a title ("Thomas Davis had ..."), and whether a sentence names someone a
question does not (when a question asks for a person's name). Pure."""

from __future__ import annotations

import re

from ..corpus.people import mentions
from ..text.lexicon import (
    INSTITUTION_WORDS,
    NOT_NAME_WORDS,
    NOT_PEOPLE_WORDS,
    OFFICE_WORDS,
    PUBLIC_NAME_ENDS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
)
from ..text.names import find_parties
from ..text.question_words import NOT_SURNAME_ENDS, THING_NAME_ENDS

_FULL_NAME = re.compile(
    r"\b[A-Z][a-z\u00C0-\u024F'\-]+(?:\s+(?:de|da|van|von|bin|al|del|der|la|le)\b|\s+[A-Z]\.)?"
    r"\s+[A-Z][a-z\u00C0-\u024F'\-]+\b"
)


#: a run of capitalised words, and the last words that make one a thing's name ("... Vehicles", "... Act")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)*")
_THING_ENDS = THING_NAME_ENDS | NOT_SURNAME_ENDS
#: a title cut short before a name ("New York Gov. Andrew Cuomo"): no sentence ends there
_TITLE_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(TITLE_ABBREVIATIONS)})\.$")


def full_names(text: str) -> list[str]:
    """Names of people without a title ("Thomas Davis had ..."): two capitalised words that are not a country,
    an organisation, a month or the sentence's opening words."""
    out = []
    for m in _FULL_NAME.finditer(text):
        before = text[: m.start()].rstrip()
        if m.start() == 0 or (before.endswith((".", "!", "?", ":")) and not _TITLE_ABBREVIATION.search(before)):
            continue
        if find_parties(m.group(0)) or any(
            w in NOT_NAME_WORDS or w in OFFICE_WORDS or w in TITLE_HEADS for w in m.group(0).split()
        ):
            continue  # "National Security", "Advisor Jake": words of an office, not a name
        run = _CAPITALISED_RUN.match(text, m.start())  # (the pair itself at least)
        if run and any(w in _THING_ENDS for w in run.group(0).split()):
            continue  # "Unmanned Aerial Vehicles", "Build Back Better Act", "Rocket Systems": in a thing's name
        out.append(m.group(0))
    return out


_NOT_SURNAMES = PUBLIC_NAME_ENDS | INSTITUTION_WORDS | NOT_PEOPLE_WORDS | THING_NAME_ENDS | NOT_SURNAME_ENDS


def names_new(text: str, said: set[str]) -> bool:
    """Whether a sentence names someone whose surname is not in the words ``said`` ("what was the name of the
    British national killed, according to Blinken's call with Raab": not "Blinken spoke with Dominic Raab"), the
    sentence's opening words among them ("Adrian Underwood, a British national, was killed")."""
    names = [m.name for m in mentions(text) if m.name and not all(w in OFFICE_WORDS for w in m.name.split())]
    opening = _FULL_NAME.match(text)
    found = full_names(text) + ([opening.group(0)] if opening else [])
    names += [n for n in found if not any(w in NOT_NAME_WORDS or w in TITLE_HEADS for w in n.split())]
    surnames = [re.sub(r"['\u2019]s$", "", n.split()[-1]) for n in names]  # ("the Mercer Street's crew")
    return any(s not in _NOT_SURNAMES and s.lower() not in said and not find_parties(s) for s in surnames)
