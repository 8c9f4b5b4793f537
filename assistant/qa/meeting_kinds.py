"""Which meeting kinds a question may insist on, and whether a readout's record fits the kind asked for. Pure."""

from __future__ import annotations

import re

from ..records import Meeting

#: Meeting kinds that a question asking about a "meeting" (in person) may mean.
IN_PERSON = {"meeting", "visit", "trilateral", "multilateral", "dialogue"}

#: Meeting kinds a question may insist on; the others ("dialogue", "visit") only describe.
HARD_KINDS = {"call", "virtual_meeting", "meeting"}


#: a question that insists the meeting was in person, not merely that they "met"
IN_PERSON_ASKED = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\bin the same room\b", re.I)


def kind_fits(kind: str | None, m: Meeting, in_person: bool = False) -> bool:
    """Whether a readout's record fits the kind of meeting asked for (the kinds that only describe always do). A
    meeting asked for ("when they met") may have been held by video, unless ``in_person`` is insisted on."""
    if kind is None or kind not in HARD_KINDS:
        return True
    if kind == "meeting":
        return m.kind in IN_PERSON or (not in_person and m.kind == "virtual_meeting")
    if kind == "virtual_meeting":  # a readout titled "Virtual Meetings" ("Video Call") whose text says "spoke
        # with" is a call
        return m.kind == kind or (
            m.kind == "call" and re.search(r"\b(?:virtual|video)", m.title or "", re.I) is not None
        )
    # a call asked for may be a readout titled "Conversations with FEMA ..." whose meeting sentence "convened" them
    return m.kind == kind or (kind == "call" and _CALL_TITLE.search(m.title or "") is not None)


_CALL_TITLE = re.compile(r"\b(?:calls?|conversations?)\b", re.I)
