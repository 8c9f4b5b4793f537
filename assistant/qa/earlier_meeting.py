"""The earlier meeting a question's meeting followed up on, when the question goes on to ask about that one
("Sullivan's March 2022 meeting with Yang in Rome was billed as a follow-up to a virtual summit between Presidents
Biden and Xi. On what date had that virtual meeting taken place?"): the people, kind, time and place of the earlier
one are what the readout tells of, not who met, how or when. Pure."""

from __future__ import annotations

import re

from .meeting_kinds import meeting_kind
from .times import time_window

#: "a follow-up to ...", "followed up on ...", "meant to build on an earlier video summit" (not "to build on the
#: Quad's progress"): the earlier meeting, to the clause's end (a stop inside "U.S.-China" ends nothing)
_FOLLOWED_UP = re.compile(
    r"\b(?:follow[-\s]?ups?\s+(?:to|on)|follow(?:ed|s|ing)?\s+up\s+on|(?:build(?:s|ing)?|built)\s+on(?=\s+(?:[\w\-]+\s+)"
    r"{0,4}?(?:meeting|call|summit|talks|visit|session|conversation|encounter)s?\b)"
    # "reviewed progress since the three had sat down together in Washington" (a meeting: not "since the relaunch of
    # the Dialogue", "since these engagements")
    r"|progress(?:\s+(?:made|achieved))?\s+since(?=[^.;?:]{0,80}?\b(?:sat\s+down|met|meeting|summit|call|talks)\b))\s+"
    r"(?P<earlier>(?:[^.;?:]|\.(?![\s]|$))+?)(?=\s*(?:[;?:]|\.(?:\s|$))|$)",
    re.I,
)
#: the earlier meeting pointed back to ("that virtual meeting", "each of those meetings", "the earlier call")
_POINTED_BACK = re.compile(
    r"\b(?:that|this|those|these|the\s+earlier|each\s+of\s+(?:those|these|them))\s+(?:[\w\-]+\s+){0,2}?"
    r"(?P<noun>meetings?|calls?|summits?|visits?|sessions?|talks|ministerials?|conversations?|exchanges?|"
    r"conferences?|dialogues?|trips?|roundtables?)\b(?P<after>\s+(?:in|at)\s+[A-Z][\w\-]+)?",
    re.I,
)
#: verbs after which "that" starts what was said ("say that visits by U.S. diplomats would begin"): no pointer
_SAID_THAT = re.compile(
    r"\b(?:say|says|said|note|noted|stress|stressed|agree|agreed|add|added|announce|announced)\s+$", re.I
)


#: a task given at the meeting asked about ("tasked their teams to follow up on ...", "agreed to follow up on ...")
_TASKED = re.compile(
    r"\b(?:task|ask|agree|direct|instruct|commit|pledge|decide|promise|vow)\w*\s+(?:[\w\-]+\s+){0,3}?to\s*$"
    r"|\b(?:will|would)\s*$",
    re.I,
)


def earlier_meeting(question: str) -> tuple[int, int] | None:
    """The span of the earlier meeting the question's meeting followed up on, when a later sentence or clause asks
    about that one by pointing back to it; None otherwise ("Sullivan's meeting followed up on which earlier
    exchange?" asks which one; "... to follow up on their talks. What did they agree?" asks of the meeting)."""
    found = _told_and_pointer(question)
    return found[0].span("earlier") if found else None


def pointer(question: str) -> str:
    """The words that point back to the earlier meeting ("that virtual meeting"), or "" when there are none."""
    found = _told_and_pointer(question)
    return found[1].group(0) if found else ""


def _told_and_pointer(question: str) -> tuple[re.Match, re.Match] | None:
    """The earlier meeting told of and the words pointing back to it; none when the follow-up is a task given at the
    meeting asked about ("tasked their teams to follow up on their July 2022 call"), when the earlier one is dated
    to the day (the question knows its day), or when the words point to the meeting asked about instead ("that
    meeting in Zurich", met in Zurich; "that meeting" after "a phone call")."""
    told = _FOLLOWED_UP.search(question)
    if not told or _TASKED.search(question[: told.start()]):
        return None  # "tasked their teams to follow up on their July call": a task after the meeting asked about
    when = time_window(told.group("earlier"))
    if when.start and when.start == when.end:
        return None  # "their April 24 meeting": its day is known, the question asks of the one that followed
    for back in _POINTED_BACK.finditer(question, told.end("earlier")):
        if _SAID_THAT.search(question[: back.start()]):
            continue
        place = back.group("after")
        if place and place.split()[-1] in question[: told.start("earlier")]:
            return None  # "that meeting in Zurich": where the meeting asked about was
        kinds = meeting_kind(told.group("earlier")), meeting_kind(back.group(0))
        generic = back.group("noun").lower().startswith("meeting") and not kinds[1]
        remote = [k in ("call", "virtual_meeting") for k in kinds]  # "the video call ... that call": one kind
        if None not in kinds and remote[0] != remote[1] or remote[0] and generic:
            return None  # "a phone call ... that meeting": the one asked about
        return told, back
    return None


def before_earlier(question: str, span: tuple[int, int] | None) -> str:
    """The question up to the earlier meeting it tells of at ``span`` (``earlier_meeting``'s; the words that say how
    the asked-about one was held), or all of it when it tells of none."""
    return question if span is None else question[: span[0]]


def without_earlier(question: str, span: tuple[int, int] | None) -> str:
    """The question with the earlier meeting it tells of at ``span`` blanked (same length, so places in it stay)."""
    return question if span is None else question[: span[0]] + " " * (span[1] - span[0]) + question[span[1] :]
