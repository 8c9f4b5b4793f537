"""The clause of a meeting sentence that is about the meeting itself, after a leading clause about another event.

"Following President Biden's conversation with Prime Minister Bennett on April 24, National Security Advisor
Jake Sullivan met today with his Israeli counterpart" records today's meeting of Sullivan with his counterpart:
the date, the people and the place of the leading clause ("Following ...", "After ...", "Building on ...",
"In the wake of ...", "Ahead of ...") belong to the earlier or later event it names. Pure functions.
"""

from __future__ import annotations

import dataclasses
import re

from ..records import Sentence
from ..text.lexicon import MEETING_VERBS
from .people import mentions

_LEAD = re.compile(
    r"\s*(?:following(?:\s+up\s+on)?|after|building\s+on|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|ahead\s+of|"
    r"in\s+advance\s+of|prior\s+to|in\s+follow[-\s]up\s+to|as\s+a\s+follow[-\s]up\s+to|further\s+to)\s",
    re.I,
)
#: a comma inside a date ("April 29, 2021") does not end the clause
_COMMA = re.compile(r",(?!\s*\d{4}\b)")


def own_clause(text: str, sentence: Sentence) -> Sentence:
    """``sentence`` from where its own clause starts: after a leading clause about another event, when what
    follows still names someone and has a meeting verb; otherwise the sentence as it is."""
    lead = _LEAD.match(text, sentence.start, sentence.end)
    comma = _COMMA.search(text, lead.end(), sentence.end) if lead else None
    if comma is None:
        return sentence
    start = comma.end()
    while start < sentence.end and text[start].isspace():
        start += 1
    rest = text[start : sentence.end]
    if not (set(re.findall(r"[a-z]+", rest)) & MEETING_VERBS and mentions(text, start, sentence.end)):
        return sentence
    return dataclasses.replace(sentence, start=start, text=rest)
