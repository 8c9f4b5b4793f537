"""Who issued a readout, and which issuer a question asks the readouts of ("Which White House readouts ...",
"the State Department's readout of ..."). Pure.

A readout's issuing office is read from what the corpus gives: its file name's publisher ("wh_2022-06-08_...",
"state_2021-07-26_...") or the office line of its text ("Office of the Spokesperson": the State Department's).
A readout whose issuer neither shows is never ruled out by one asked."""

from __future__ import annotations

import re
from pathlib import PurePath

from ..records import Meeting

#: who issued the readouts asked about ("Which State Department readouts ...", "the White House's readout"): every
#: readout has an issuer, and few name it, so it is no topic
_OFFICE = (
    r"(?:U\.S\.\s+)?(?:State\s+Department|Department\s+of\s+State|White\s+House|National\s+Security\s+Council|NSC|"
    r"State\s+Dept\.?)"
)
ISSUER_OF_READOUTS = re.compile(
    rf"\b(?:({_OFFICE})(?:['\u2019]s)?\s+(?:(?:call|meeting|press)\s+)?(?:readouts?|statements?|accounts?)"
    # "readouts from the White House", "... issued by the State Department"
    rf"|(?:readouts?|statements?|accounts?)\s+(?:from|issued\s+by|published\s+by|released\s+by|put\s+out\s+by)\s+"
    rf"(?:the\s+)?({_OFFICE}))\b",
    re.I,
)

WHITE_HOUSE, STATE_DEPARTMENT = "White House", "State Department"
#: the publisher a file name opens with
_PUBLISHERS = {"wh": WHITE_HOUSE, "whitehouse": WHITE_HOUSE, "state": STATE_DEPARTMENT}


def asked_issuer(question: str) -> str | None:
    """The office whose readouts the question asks about, or None (none named, or two: "White House and State
    Department readouts")."""
    named = {
        STATE_DEPARTMENT if re.search(r"\bState\b", m.group(1) or m.group(2), re.I) else WHITE_HOUSE
        for m in ISSUER_OF_READOUTS.finditer(question)
    }
    return named.pop() if len(named) == 1 else None


def issuing_office(m: Meeting) -> str | None:
    """The office that issued the readout of ``m``, or None where neither its file name nor its text shows it."""
    publisher = PurePath(m.source).name.split("_", 1)[0].lower()
    if publisher in _PUBLISHERS:
        return _PUBLISHERS[publisher]
    return STATE_DEPARTMENT if m.office and "Spokesperson" in m.office else None
