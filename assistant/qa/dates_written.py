"""Dates as questions write them: a month's name or abbreviation, a year, a day in words or numbers ("May 3,
2022", "3 May 2022", "2022-05-03", "5/3/2022"), a month of a year ("May 2022", "2022-05"). Pure."""

from __future__ import annotations

import datetime
import re

from ..text.lexicon import MONTH_NUMBERS

YEAR = r"(?:19|20)\d\d"
#: a month by its name or its abbreviation, capitalised as written ("March", "Sept.")
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)


def month_number(word: str) -> int | None:
    """The number of a month written out or cut short ("March", "Sept."), else None."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


#: "May 3, 2022", "May 3rd 2022"; "May 2022", "May of 2022" (groups: month, [day,] year).
FULL_DATE = re.compile(rf"\b({MONTH_NAME})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b", re.I)
MONTH_YEAR = re.compile(rf"\b({MONTH_NAME})\s+(?:of\s+)?({YEAR})\b", re.I)
#: the other ways a day is written: "3 May 2022", "the 3rd of May, 2022" (day, month, year); "2022-05-03"
#: (year, month, day); "5/3/2022", "05-03-22", "3.5.2022" (three numbers, read below)
_DAY_FIRST = re.compile(
    rf"(?<![\w+.-])(\d{{1,2}})(?:(?:st|nd|rd|th)\s+of|(?:st|nd|rd|th)?)\s+({MONTH_NAME}),?\s+({YEAR})\b", re.I
)
_ISO_DAY = re.compile(rf"\b({YEAR})-(\d\d)-(\d\d)\b")
_NUMERIC_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d\d)(?![\d/-]|\.\d)")
#: a month in numbers: "2022-05", "5/2022" (not a day, nor a span of years "2021-22", "2001-02")
NUMERIC_MONTH = re.compile(rf"(?<![\d/.-])(?:({YEAR})-(\d\d)|(\d{{1,2}})/({YEAR}))(?![\d/-]|\.\d)")


def _numeric_day(first: str, sep: str, second: str, year: str) -> datetime.date | None:
    """ "5/3/2022" is May 3 (the readouts are American), unless the first number cannot be a month
    ("23/5/2022"); with points ("3.5.2022") the day comes first, unless the second cannot be a month."""
    a, b, y = int(first), int(second), int(year) if len(year) == 4 else 2000 + int(year)
    month, day = (b, a) if (sep == "." and b <= 12) or a > 12 else (a, b)
    try:
        return datetime.date(y, month, day)
    except ValueError:
        return None


def days_written(q: str) -> list[tuple[int, int, datetime.date]]:
    """Every day the question writes, however it is written: (start, end, day), in order."""
    found: list[tuple[int, int, datetime.date]] = []
    for pattern, order in ((FULL_DATE, (3, 1, 2)), (_DAY_FIRST, (3, 2, 1)), (_ISO_DAY, (1, 2, 3))):
        for m in pattern.finditer(q):
            y, mo, d = (m.group(i) for i in order)
            try:
                found.append((m.start(), m.end(), datetime.date(int(y), month_number(mo) or int(mo), int(d))))
            except ValueError:
                continue
    for m in _NUMERIC_DAY.finditer(q):
        day = _numeric_day(*m.groups())
        if day is not None:
            found.append((m.start(), m.end(), day))
    found.sort()
    return [f for i, f in enumerate(found) if not any(s <= f[0] < e for s, e, _ in found[:i])]


#: a deadline asked ("by when", "by what date"), and a day told from the readout's own, or "at once", that a thing
#: looked for or called for is due by ("he expected a significant de-escalation today", "to cease its military action
#: ... immediately"; not the day of the meeting itself, "met with Foreign Minister Marsudi today", nor "immediately
#: following the meeting")
_BY_WHEN = re.compile(r"\bby\s+(?:when|what\s+(?:date|day|time))\b", re.I)
_DUE_TODAY = re.compile(
    r"\b(?:expect\w*|anticipat\w*|due|deadline|ceas\w*|halt\w*|stop\w*|end\w*|withdraw\w*|de-?escalat\w*)\b"
    r"[^.;]{0,80}?\b(?:today|tomorrow|tonight|immediately|without delay|at once)\b",
    re.I,
)


def due_by_day(text: str, asked: str) -> bool:
    """Whether a question asks a deadline ("By when did Biden say he expected ...") and a sentence gives a day told
    from the readout's own that the thing is due by ("he expected a significant de-escalation today")."""
    return bool(_BY_WHEN.search(asked) and _DUE_TODAY.search(text))


#: a when-question for the last day of something that lasted days ("On what date ... did the Deputy Secretary's
#: stay in Mongolia's capital come to an end?", "... ministerial in Naples ... come to a close?", "what was the last
#: day of her visit"), or for its first ("On which day did ... round of talks in Kyiv begin?", "... get under way?");
#: not a day of another event the question dates its meeting by ("speak ... ahead of the first day of the Summit")
_END_ASKED = re.compile(
    r"\b(?:come\s+to\s+(?:an\s+end|a\s+close)|end|conclude|wrap\s+up|finish|close)\b(?:\s*,[^?]*)?\s*\?\s*$"
    r"|\b(?:what|which)\s+(?:was|is)\s+the\s+(?:last|final|closing)\s+day\s+of\b",
    re.I,
)
_START_ASKED = re.compile(
    r"\b(?:begin|start|commence|kick\s+off|get\s+under\s*way|open)\b(?:\s*,[^?]*)?\s*\?\s*$"
    r"|\b(?:what|which)\s+(?:was|is)\s+the\s+(?:first|opening)\s+day\s+of\b",
    re.I,
)
#: days a sentence gives as a span: "from July 23 to July 25", "July 20-26, 2021", "June 28 through July 1"
#: (groups: month, day, [year], [month], day, [year])
_SPAN = re.compile(
    rf"\b({MONTH_NAME})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({YEAR}))?\s*(?:-|\u2013|\u2014|to|through|until|till)\s*"
    rf"(?:({MONTH_NAME})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s+cent))(?:,?\s+({YEAR}))?"
)


def span_day(text: str, question: str, day: datetime.date) -> datetime.date | None:
    """The last (or first) day of the span of days a sentence gives, when the question asks when something that
    lasted days ended (or began); in the year of the meeting's ``day`` where the sentence gives none (a span over
    the New Year begun the year before when the meeting is in its later month). Else None."""
    end = bool(_END_ASKED.search(question))
    if not (end or _START_ASKED.search(question)) or not (m := _SPAN.search(text)):
        return None
    first_month = month_number(m.group(1))
    last_month = month_number(m.group(4)) if m.group(4) else first_month
    if first_month is None or last_month is None:
        return None
    over_new_year = last_month < first_month
    if m.group(3):
        first_year = int(m.group(3))
    elif m.group(6):  # "December 30 - January 2, 2022": the year given is the last day's
        first_year = int(m.group(6)) - over_new_year
    else:
        first_year = day.year - (over_new_year and day.month <= last_month)
    last_year = int(m.group(6)) if m.group(6) else first_year + over_new_year
    try:
        first, last = (
            datetime.date(first_year, first_month, int(m.group(2))),
            datetime.date(last_year, last_month, int(m.group(5))),
        )
    except ValueError:
        return None
    return (last if end else first) if first < last else None
