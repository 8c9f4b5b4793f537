"""Time in questions: the window a question names for its meeting ("in May 2022", "since 2023", "their February
call", "the most recent"). Every date it names, in order, is ``dates_named.time_windows``. Pure functions.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass, replace

from ..text.lexicon import SEASONS, STOPWORDS
from ..text.tokenize import fold
from . import time_phrases
from .dates_written import (
    FULL_DATE,
    MONTH_NAME,
    MONTH_YEAR,
    NUMERIC_MONTH,
    YEAR,
    days_written,
    month_number,
)
from .source_clause import SOURCE_CLAUSE
from .time_phrases import before_a_summit, before_an_event, day_named, of_an_event, recency_asked, year_ahead_of


@dataclass(frozen=True)
class TimeWindow:
    """When the question says the meeting was: a date range (inclusive, either end open), a month of any
    year ("their February call"), and whether it asks for the latest or first one."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    month: int | None = None
    recency: str | None = None  # "last" | "first"
    text: str = ""

    def contains(self, day: datetime.date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None and self.month is None
        if self.start and day < self.start or self.end and day > self.end:
            return False
        return self.month is None or day.month == self.month

    @property
    def bounded(self) -> bool:
        return bool(self.start or self.end or self.month)

    def describe(self) -> str:
        """The window in words: "in May 2022", "in 2021", "since 2023", "in February"."""
        if self.start and self.end:
            if self.start == self.end:
                return f"on {_long(self.start)}"
            if self.start.day == 1 and self.end == month_end(self.start.year, self.start.month):
                return f"in {self.start.strftime('%B %Y')}"
            if (self.start.month, self.start.day, self.end.month, self.end.day) == (
                1,
                1,
                12,
                31,
            ) and self.start.year == self.end.year:
                return f"in {self.start.year}"
            return f"between {_long(self.start)} and {_long(self.end)}"
        if self.start:
            return f"since {_long(self.start)}"
        if self.end:  # the window holds its last day: "before" names the day after it
            return f"before {_long(self.end + datetime.timedelta(days=1))}"
        if self.month:
            return f"in {calendar.month_name[self.month]}"
        return ""


def _long(d: datetime.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def month_end(y: int, m: int) -> datetime.date:
    """The last day of month ``m`` of year ``y``."""
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def time_window(question: str) -> TimeWindow:
    """The time the meeting a question is about took place (a year or date that belongs to something the
    readout says will happen - "which anniversaries will they observe in 2025" - or to an event the question
    names - "North Korea's March 24, 2022 ICBM launch" - is not it; nor one beside a clause that says which
    readout answers, and when: "According to the readout of her July 2022 meeting ..., where was she on July 21?")."""
    source = SOURCE_CLAUSE.search(question)  # the time of the readout a clause names, unless the question gives the
    named = _time_window(source.group(1)) if source else TimeWindow()  # meeting's own elsewhere ("on July 25")
    outside = _time_window(_outside(question, source)).text if named.text else ""  # (or a time of the scene set)
    scene = not outside or time_phrases.in_scene_lead(question, outside)
    if named.text and (date_beside_source(question).text or scene):
        return replace(named, recency=named.recency or recency_asked(question))
    window = _time_window(question)
    if _a_stretch(window) and (own := _dating_the_meeting(question, window.text)):
        return replace(own, recency=own.recency or window.recency)
    masked = question
    while window.text:  # a time of what will happen is not the meeting's; a later one may be
        at = masked.find(window.text)
        left = masked[max(0, at - 60) : at]
        before = re.sub(r"\bby (?:phone|telephone|video|videoconference|videolink)\b", " ", left.lower())
        # "LNG deliveries for 2023", "targets through 2030"; "the partnership she had launched in June": done before
        aimed = re.search(
            r"\b(?:for|through|throughout)\s+(?:the\s+(?:year|rest\s+of)\s+)?$|\bhad\s+\w+(?:ed|en|wn)\s+$", before
        )
        to_come = (
            aimed
            or (
                re.search(r"\b(?:will|would|shall|plan|plans|planned|expected|due|scheduled|hoped)\b", before)
                # "by the end of 2022", "reached by the year 2035"; not "hit by a winter storm in late December 2022"
                or re.search(
                    r"\b(?:by|until)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+year\s+|\w+\s+)?$",
                    before,
                )
            )
            and not re.search(
                r"\b(?:met|meet|meeting|meetings|call|calls|called|spoke|speak|talk|talks|talked|visit|visited|summit)\b"
                r"[^,.?]*$",
                before,
            )
        )
        if window.end and _AFTER_OWN.search(left) and _OWN_OCCASION.match(masked, at + len(window.text)):
            # "in the follow-up to his March 2022 trip to Poland": the first meeting after that one
            return TimeWindow(window.end + datetime.timedelta(days=1), None, None, "first", window.text)
        right = masked[at + len(window.text) :]  # ("for the June 2022 NATO summit": before it; a day's, of events)
        summit = not to_come and window.start != window.end and before_a_summit(left, right)
        if summit and (ahead := _ahead_of(window, left, right)):
            return ahead
        # "North Korea's March 24, 2022 ICBM launch": the time of what happened, not of the meeting
        if not to_come and not of_an_event(left, right):
            return window
        if not to_come and window.start and re.search(r"\b(?:after|following|since)\s+(?:\S+\s+){1,3}$", left, re.I):
            # "after North Korea's January 29, 2022 missile launch": the meetings from that day on, first first
            return TimeWindow(window.start, None, None, "first", window.text)
        if not to_come and (ahead := _ahead_of(window, left, right)):
            return ahead
        masked = masked[:at] + " " * len(window.text) + masked[at + len(window.text) :]
        recency = window.recency
        window = _time_window(masked)
        window = replace(window, recency=window.recency or recency)
    return TimeWindow(None, None, None, window.recency, "")


def _ahead_of(window: TimeWindow, left: str, right: str) -> TimeWindow | None:
    """The meeting's time when the time of an event is said right after "ahead of"/"before" (``left``): "ahead
    of the alliance's 2021 summit": that year; "before the June 14, 2021 summit": the last meeting before that day;
    "preparations for the June 2022 summit": that month and the 62 days before it); else None."""
    s, e = window.start, window.end
    if s is None or e is None or not before_an_event(left, right):
        return None
    if s == e:
        return TimeWindow(None, s - datetime.timedelta(days=1), None, "last", window.text)
    whole_year = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year
    return window if whole_year else TimeWindow(s - datetime.timedelta(days=62), e, None, None, window.text)


#: the words after a time that say it dates the meeting ("... November 2022 U.S.-EU energy task force readout")
_BEFORE_MEETING = re.compile(
    r"^(?:\s+[\w.\-\u2019']+){0,5}?\s+(readout|call|meeting|visit|trip|talks|conversation|session|roundtable|"
    r"videoconference)s?\b"
)
#: "which readouts mention the June 2022 Summit of the Americas": the time of what they mention, not the readouts'
_MENTIONED = re.compile(r"\b(?:readouts|mention\w*|refer\w*)\b", re.I)


def _a_stretch(window: TimeWindow) -> bool:
    """Whether a window is a stretch of time ("since February 2022", "between January and October 2022"), not one
    day or month (which a meeting word before it may date: "who spoke at the meeting on July 25, 2022")."""
    if not window.text or window.month:
        return False
    return window.start is None or window.end is None or (window.end - window.start).days > 31


def _dating_the_meeting(question: str, found: str) -> TimeWindow | None:
    """A month or a day written right before the meeting it dates, when the time found first does not ("According
    to the November 2022 U.S.-EU energy task force readout, how much LNG reached the EU between January and October
    2022?": November 2022, not what the figure covers); None when the time found is the meeting's or none is."""
    at = question.find(found)
    if _BEFORE_MEETING.match(question[at + len(found) :]) or _MENTIONED.search(question):
        return None
    for m in sorted((*FULL_DATE.finditer(question), *MONTH_YEAR.finditer(question)), key=lambda m: m.start()):
        noun = _BEFORE_MEETING.match(question[m.end() :])
        if at <= m.start() < at + len(found) or not noun:
            continue
        if not re.search(r"\b(?:since|after|before|until|by|between|from|through)\s+$", question[: m.start()], re.I):
            own = _time_window(m.group(0))  # a readout is published a day or a few after its meeting
            if own.start and noun.group(1) == "readout":
                own = replace(own, start=own.start - datetime.timedelta(days=7))
            return own
    return None


@functools.lru_cache(maxsize=512)
def date_beside_source(question: str) -> TimeWindow:
    """A time the question names outside a clause that names the answering readout with its own time ("According
    to the readout of her July 2022 meeting ..., where had she been on July 21, 2022?": July 21, 2022): the time
    of something the readout tells of, not of its meeting; an empty window (no ``text``) when there is none."""
    source = SOURCE_CLAUSE.search(question)
    if not source or not _time_window(source.group(1)).text:
        return TimeWindow()
    rest = question[: source.start(1)] + " " * len(source.group(1)) + question[source.end(1) :]
    told = _time_window(rest)
    # the meeting's own day ("... spoke at the meeting on July 25, 2022?") or the scene's ("After ... on October 3,")
    scene = time_phrases.in_scene_lead(rest, told.text)
    if told.text and _OWN_DAY.search(rest[: max(0, rest.find(told.text))]) or scene:
        return TimeWindow()
    # "... since the 1991 peace settlement ...": a year that says which thing, not a day the lines tell of
    if told.text.isdigit() and re.search(
        rf"\b(?:the|its|their|his|her|a)\s+{re.escape(told.text)}\s+[a-z]", rest, re.I
    ):
        return TimeWindow()
    return told


def _outside(question: str, clause) -> str:
    return question[: clause.start()] + question[clause.end() :]


def source_clause_timed(question: str) -> re.Match | None:
    """The clause that names the answering readout with a time of its own ("According to the readout of
    Harris's July 2022 meeting with New Jersey legislators"), or None."""
    source = SOURCE_CLAUSE.search(question)
    return source if source and _time_window(source.group(1)).text else None


_OWN_DAY = re.compile(
    r"\b(?:meeting|call|visit|talks|roundtable|session|conversation|trip|event)\s+(?:held\s+)?(?:on|of)\s+$", re.I
)
#: the time of a meeting the one asked about followed ("in the follow-up to his March 2022 trip"; not "after their")
_AFTER_OWN = re.compile(r"\bfollow[-\s]?ups?\s+to\s+(?:the|his|her|their|its|[\w.\-]+['\u2019]s)\s+$", re.I)
_OWN_OCCASION = re.compile(r"\s+(?:[\w\-]+\s+)?(?:trip|visit|travel|meeting|summit|talks)\b", re.I)


def _time_window(question: str) -> TimeWindow:
    """The time a question names: "in May 2022", "on May 3, 2022", "in 2021", "since 2023", "before March
    2022", "between 2021 and 2022", "in February" (any year), "last"/"most recent", "first"."""
    recency = recency_asked(question)
    for find in (
        _day_span,
        _range,
        _day,
        _bound,
        _month_pair,
        _month_of_year,
        _quarter,
        _season,
        _year,
        _month_any_year,
    ):
        found = find(question)
        if found is not None:
            return replace(found, recency=recency)
    return TimeWindow(None, None, None, recency, "")


#: "July 12-15, 2021", "from July 20 to July 26, 2021", "between February 22 and 27, 2022": a span of days (month, day,
#: [year,] [month,] day, year); "May 12 and May 17, 2021" (no "between") is two days, not a span
_DAY_SPAN = re.compile(
    rf"(\bbetween\s+)?\b({MONTH_NAME})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({YEAR}),?)?\s*(?:-|\u2013|\u2014|to|through|"
    rf"until|(?(1)and|(?!)))\s*(?:({MONTH_NAME})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b",
    re.I,
)


def _day_span(q: str) -> TimeWindow | None:
    m = _DAY_SPAN.search(q)
    if not m:
        return None
    y, first = int(m.group(7)), month_number(m.group(2))
    try:
        start = datetime.date(int(m.group(4) or y), first or 1, int(m.group(3)))
        end = datetime.date(y, (month_number(m.group(5)) if m.group(5) else first) or 1, int(m.group(6)))
        if start > end and not m.group(4) and m.group(5) and (end - start.replace(year=y - 1)).days <= 92:
            start = start.replace(year=y - 1)  # "between December 20 and January 5, 2022": the first day a year before
    except ValueError:
        return None
    return TimeWindow(start, end, None, None, m.group(0)) if start <= end else None


def _range(q: str) -> TimeWindow | None:
    """ "between 2021 and 2022", "from March 2021 to June 2022" (both ends in)."""
    m = re.search(
        rf"\b(?:between|from)\s+({MONTH_NAME}\s+)?({YEAR})\s+(?:and|to|until|till|through)\s+({MONTH_NAME}\s+)?({YEAR})",
        q,
        re.I,
    )
    if not m:
        return None
    start = datetime.date(int(m.group(2)), (month_number(m.group(1).strip()) or 1) if m.group(1) else 1, 1)
    end_month = (month_number(m.group(3).strip()) or 12) if m.group(3) else 12
    return TimeWindow(start, month_end(int(m.group(4)), end_month), None, None, m.group(0))


def _month_pair(q: str) -> TimeWindow | None:
    """ "(at the turn of) March and April 2022", "December 2021 or January": both months, the year of the second
    (the first in the year before when it comes later in the calendar)."""
    m = re.search(
        rf"(\b(?:around|at) the turn of\s+)?\b({MONTH_NAME})\s+(?:and|or|to|through|into)\s+({MONTH_NAME})\s+"
        rf"(?:of\s+)?({YEAR})\b",
        q,
        re.I,
    )
    first, second = (month_number(m.group(2)), month_number(m.group(3))) if m else (None, None)
    if not (m and first and second):
        return None
    year, turn = int(m.group(4)), 15 if m.group(1) else None  # "the turn of": the second half and the first half
    start = datetime.date(year - (first > second), first, turn or 1)
    end = datetime.date(year, second, turn) if turn else month_end(year, second)
    return TimeWindow(start, end, None, None, m.group(0))


def _day(q: str) -> TimeWindow | None:
    days = days_written(q)
    if not days:
        return None
    start, end, d = days[0]
    return TimeWindow(d, d, None, None, q[start:end])


#: a month and year of the meeting, then a clause in the perfect of what was said, before "since <year>" ("chaired
#: in August 2021, what had they poured into the subregion since 2015"; not "how many times since 2022, counting the
#: call in December 2022", nor "which calls since 2021 ..., besides the one in May 2022")
_SINCE_OF_WHAT_WAS_SAID = re.compile(
    rf"^(?![^?]*\b(?:how\s+many|which\s+(?:\w+\s+)?(?:readouts|calls|meetings)|counting|including|besides|apart\s+from)\b)"
    rf"[^?]*\b{MONTH_NAME}\s+(?:of\s+)?{YEAR}\b[^?]*\b(?:had|has|have)\b[^?]*$",
    re.I,
)


def _bound(q: str) -> TimeWindow | None:
    """ "since 2023", "after March 2022", "from April 2022 onward", "before 2021", "by mid-2022". "From" alone
    ("the readouts from August 2021") says when they are from, as "in" does."""
    bound = re.search(
        rf"\b(since|after|from|before|prior to|until|by)\s+(?:(early|mid|late)[- ])?({MONTH_NAME}\s+)?({YEAR})\b"
        r"(?:\s+(?:onwards?|on|forward)\b)?",
        q,
        re.I,
    )
    if not bound or (bound.group(1).lower() == "from" and bound.group(0).endswith(bound.group(4))):
        return None
    if bound.group(1).lower() == "since" and not bound.group(3) and _SINCE_OF_WHAT_WAS_SAID.search(q[: bound.start()]):
        # "chaired in August 2021, ... what had they poured into the subregion since 2015": the month is the
        return None  # meeting's, "since" the time of what was said ("since August 2021" stays as it was)
    year = int(bound.group(4))
    mon = month_number(bound.group(3).strip()) if bound.group(3) else None
    if bound.group(1).lower() in ("since", "after", "from"):
        start = datetime.date(year, mon or 1, 1)
        if bound.group(1).lower() == "after":
            start = (month_end(year, mon) if mon else datetime.date(year, 12, 31)) + datetime.timedelta(days=1)
        return TimeWindow(start, None, None, None, bound.group(0))
    end = datetime.date(year, mon or 1, 1) - datetime.timedelta(days=1)
    return TimeWindow(None, end, None, None, bound.group(0))


def _month_of_year(q: str) -> TimeWindow | None:
    """ "May 2022", "May of 2022", "2022-05", "5/2022"."""
    m = MONTH_YEAR.search(q)
    mo = month_number(m.group(1)) if m else None
    if m and mo:
        y = int(m.group(2))
        first, last = _part_of_month(q[max(0, m.start() - 30) : m.start()], month_end(y, mo).day)
        if first == last and re.match(r"\s*(?:to|through|until|and|-)\s", q[m.end() :]):  # "... to the last day of
            first, last = 1, month_end(y, mo).day  # April 2022": a range's end (the month as before)
        return TimeWindow(datetime.date(y, mo, first), datetime.date(y, mo, last), None, None, m.group(0))
    for n in NUMERIC_MONTH.finditer(q):
        y, mo = (int(n.group(1)), int(n.group(2))) if n.group(1) else (int(n.group(4)), int(n.group(3)))
        if 1 <= mo <= 12 and not (n.group(1) and mo == (y + 1) % 100):  # "the 2001-02 season" spans two years
            return TimeWindow(datetime.date(y, mo, 1), month_end(y, mo), None, None, n.group(0))
    return None


def _part_of_month(before: str, days: int) -> tuple[int, int]:
    """The days of a month that "early", "mid" or "late" before it ask for ("at the end of April 2022"), loosely
    (writers round: "late April" may be the 19th); the whole month without one."""
    m = re.search(
        # (hyphened too: "Blinken's end-of-April 2022 phone call")
        r"\b(early|beginning[\s\-]of|start[\s\-]of|first days of|first week of|mid|middle[\s\-]of|late|end[\s\-]of|"
        r"last days of|last week of|(?:first|opening|last|final|closing)\s+day\s+of)[\s\-]+(?:of\s+)?$",
        before,
        re.I,
    )
    if not m:
        return 1, days
    word = m.group(1).lower()
    if re.search(r"\sday\s+of$", word):  # "dated the last day of July 2021": one day
        return (1, 1) if word.startswith(("first", "opening")) else (days, days)
    if word.startswith(("early", "beginning", "start", "first")):
        return 1, 12
    if word.startswith(("mid", "middle")):
        return 8, 23
    return 18, days


def _quarter(q: str) -> TimeWindow | None:
    """ "Q2 2022", "the second quarter of 2022"."""
    m = re.search(rf"\b(?:Q([1-4])|(first|second|third|fourth) quarter)\s+(?:of\s+)?({YEAR})\b", q, re.I)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1) else ("first", "second", "third", "fourth").index(m.group(2).lower()) + 1
    y = int(m.group(3))
    return TimeWindow(datetime.date(y, 3 * n - 2, 1), month_end(y, 3 * n), None, None, m.group(0))


def _season(q: str) -> TimeWindow | None:
    """ "in the spring of 2022", "summer 2021", "the fall of 2022", "winter 2022" (with the December before); "early"
    or "late" its first or last weeks, three past it ("late summer 2021": the calls of August 21 and September 1)."""
    m = re.search(rf"\b(?:(early|late)[- ])?({'|'.join(SEASONS)})\s+(?:of\s+)?({YEAR})\b", q, re.I)
    if not m:
        return None
    y, season = int(m.group(3)), m.group(2).lower()
    start, end = {
        "spring": (datetime.date(y, 3, 1), datetime.date(y, 5, 31)),
        "summer": (datetime.date(y, 6, 1), datetime.date(y, 8, 31)),
        "fall": (datetime.date(y, 9, 1), datetime.date(y, 11, 30)),
        "autumn": (datetime.date(y, 9, 1), datetime.date(y, 11, 30)),
        "winter": (datetime.date(y - 1, 12, 1), datetime.date(y, 3, 15)),
    }[season]
    weeks = datetime.timedelta(weeks=3)
    if (m.group(1) or "").lower() == "late":
        start, end = end - datetime.timedelta(weeks=6), end + weeks
    elif (m.group(1) or "").lower() == "early":
        start, end = start - weeks, start + datetime.timedelta(weeks=6)
    return TimeWindow(start, end, None, None, m.group(0))


def _year(q: str) -> TimeWindow | None:
    """ "in 2021", "early 2022", "the second half of 2023" (not "the 2022 Summit")."""
    if said := day_named(q):  # "on the last day of 2021"
        return TimeWindow(said[0], said[1], None, None, said[2])
    m = re.search(
        rf"\b(?:(early|mid|late|the first half of|the second half of)[- ]?)?({YEAR})\b"
        r"(?!(?-i:\s+[A-Z])|\s+(?:leaders|summit|elections?|games|world cup|meeting of)\b|-)",
        q,
        re.I,
    )
    if not m:  # "ahead of the alliance's 2021 summit": the year the meeting came in
        if (ahead := year_ahead_of(q)) is None:
            return None
        return TimeWindow(datetime.date(ahead[0], 1, 1), datetime.date(ahead[0], 12, 31), None, None, ahead[1])
    if not m.group(1) and _names_it(q[: m.start()]):
        return _year(q[: m.start()] + " " * 4 + q[m.end() :])
    y, part = int(m.group(2)), (m.group(1) or "").lower()
    start, end = datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if part in ("early", "the first half of"):
        end = datetime.date(y, 6, 30)
    elif part in ("late", "the second half of"):
        start = datetime.date(y, 7, 1)
    return TimeWindow(start, end, None, None, m.group(0))


def _names_it(before: str) -> bool:
    """Whether a year is part of the name before it ("the NATO 2030 initiative", "Agenda 2030", "Tokyo 2020"):
    right after a capitalised word that is no month, season, possessive or small word ("In 2021")."""
    w = re.search(r"([A-Za-z][\w.&-]*)\s+$", before)
    if not w or not w.group(1)[0].isupper():
        return False
    word = w.group(1)
    return (
        month_number(word) is None
        and fold(word) not in STOPWORDS
        and fold(word) not in (*SEASONS, "early", "mid", "late")
    )


def _month_any_year(q: str) -> TimeWindow | None:
    """ "in February", "their May call" (any year; "May" only after "in")."""
    m = re.search(rf"\b(?:in|during|of)\s+(?:their\s+|the\s+)?({MONTH_NAME})\b", q)
    if m and month_number(m.group(1)) and not (m.group(1) == "May" and not re.search(r"\bin May\b", q)):
        return TimeWindow(None, None, month_number(m.group(1)), None, m.group(0))
    return None
