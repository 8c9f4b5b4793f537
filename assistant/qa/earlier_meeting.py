"""The earlier meeting a question's meeting followed up on, when the question goes on to ask about that one
("Sullivan's March 2022 meeting with Yang in Rome was billed as a follow-up to a virtual summit between Presidents
Biden and Xi. On what date had that virtual meeting taken place?"): the people, kind, time and place of the earlier
one are what the readout tells of, not who met, how or when. Pure."""

from __future__ import annotations

import re

#: "a follow-up to ...", "followed up on ...", "following up on ...": the earlier meeting, to the clause's end
_FOLLOWED_UP = re.compile(
    r"\b(?:follow[-\s]?ups?\s+(?:to|on)|follow(?:ed|s|ing)?\s+up\s+on)\s+(?P<earlier>[^.;?:]+?)(?=\s*[.;?:]|$)",
    re.I,
)
#: the earlier meeting pointed back to ("that virtual meeting", "each of those meetings", "the earlier call")
_POINTED_BACK = re.compile(
    r"\b(?:that|this|those|these|the\s+earlier|each\s+of\s+(?:those|these|them))\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:meetings?|calls?|summits?|visits?|sessions?|talks|ministerials?|conversations?|exchanges?|"
    r"conferences?|dialogues?|trips?)\b",
    re.I,
)


def earlier_meeting(question: str) -> tuple[int, int] | None:
    """The span of the earlier meeting the question's meeting followed up on, when a later sentence or clause asks
    about that one by pointing back to it; None otherwise ("Sullivan's meeting followed up on which earlier
    exchange?" asks which one; "... to follow up on their talks. What did they agree?" asks of the meeting)."""
    told = _FOLLOWED_UP.search(question)
    if not told or _POINTED_BACK.search(question, told.end("earlier")) is None:
        return None
    return told.span("earlier")


def before_earlier(question: str) -> str:
    """The question up to the earlier meeting it tells of (the words that say how the asked-about one was held),
    or all of it when it tells of none."""
    span = earlier_meeting(question)
    return question if span is None else question[: span[0]]


def without_earlier(question: str) -> str:
    """The question with the earlier meeting it tells of blanked (same length, so places in it stay)."""
    span = earlier_meeting(question)
    return question if span is None else question[: span[0]] + " " * (span[1] - span[0]) + question[span[1] :]
