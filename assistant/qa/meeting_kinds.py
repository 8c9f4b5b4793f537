"""Which meeting kinds a question may insist on, and whether a readout's record fits the kind asked for. Pure."""

from __future__ import annotations

import re

from ..records import Meeting

#: Meeting kinds that a question asking about a "meeting" (in person) may mean.
IN_PERSON = {"meeting", "visit", "trilateral", "multilateral", "dialogue"}

#: Meeting kinds a question may insist on; the others ("dialogue", "visit") only describe.
HARD_KINDS = {"call", "virtual_meeting", "meeting"}


def kind_fits(kind: str | None, m: Meeting) -> bool:
    """Whether a readout's record fits the kind of meeting asked for (the kinds that only describe always do)."""
    if kind is None or kind not in HARD_KINDS:
        return True
    if kind == "meeting":
        return m.kind in IN_PERSON
    if kind == "virtual_meeting":  # a readout titled "Virtual Meetings" whose text says "spoke with" is a call
        return m.kind == kind or (m.kind == "call" and re.search(r"\bvirtual", m.title or "", re.I) is not None)
    # a call asked for may be a readout titled "Conversations with FEMA ..." whose meeting sentence "convened" them
    return m.kind == kind or (kind == "call" and _CALL_TITLE.search(m.title or "") is not None)


_CALL_TITLE = re.compile(r"\b(?:calls?|conversations?)\b", re.I)
