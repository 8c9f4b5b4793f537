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
#: a comma inside a date ("April 29, 2021") or a name ("Joseph R. Biden, Jr.") does not end the clause
_COMMA = re.compile(r",(?!\s*(?:\d{4}\b|[JS]r\.))")
_MEETING_VERB = re.compile(r"\b(?:" + "|".join(sorted(MEETING_VERBS)) + r")\b")


def own_clause(text: str, sentence: Sentence) -> Sentence:
    """``sentence`` from where its own clause starts: after a leading clause about another event, at the first comma
    whose words up to the next comma name someone before a meeting verb ("..., National Security Advisor Jake
    Sullivan met today"; not ", Naftali Bennett," nor ", May 2,"); otherwise the sentence as it is."""
    lead = _LEAD.match(text, sentence.start, sentence.end)
    if lead is None:
        return sentence
    commas = [m.end() for m in _COMMA.finditer(text, lead.end(), sentence.end)]
    for k, start in enumerate(commas):
        stop = commas[k + 1] - 1 if k + 1 < len(commas) else sentence.end
        verb = _MEETING_VERB.search(text, start, stop)
        if verb and mentions(text, start, verb.start()):
            while start < sentence.end and text[start].isspace():
                start += 1
            return dataclasses.replace(sentence, start=start, text=text[start : sentence.end])
    return sentence
