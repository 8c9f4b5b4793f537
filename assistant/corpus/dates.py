"""Dates written in readouts: publication date lines now; meeting dates resolved against them (records).

Pure functions. ``parse_date`` reads the written forms of a full date
("May 3, 2022", "3 May 2022", "2022-05-03", "Sept. 3rd, 2022").
"""

from __future__ import annotations

import re
from datetime import date

from ..text.lexicon import MONTH_NUMBERS

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(raw: str) -> str | None:
    """Parse the common written forms of a full date to ISO ``YYYY-MM-DD``; None if not a full, valid date."""
    y: int | None = None
    mo: int | None = None
    d: int | None = None
    m = _ISO.fullmatch(raw.strip())
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        s = raw.strip().lower().replace(",", " ").replace(".", " ")
        s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
        for t in s.split():
            if t.isdigit() and len(t) == 4:
                y = int(t)
            elif t.isdigit() and len(t) <= 2:
                d = int(t)
            elif t in MONTH_NUMBERS:
                mo = MONTH_NUMBERS[t]
    if y is None or mo is None or d is None:
        return None
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None
