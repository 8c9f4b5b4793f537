"""Every date a question names, in order ("on February 24 and again on February 28, 2022"; "on August 2, 2021 and
the following day"): for comparisons of meetings and for the dates a part of a question is about. Pure."""

from __future__ import annotations

import datetime
import re

from ..text.lexicon import MEETING_NOUNS, MONTHS, TRIP_NOUNS
from .times import MONTH_NAME, MONTH_YEAR, YEAR, TimeWindow, days_written, month_end, month_number, time_window


def time_windows(question: str) -> list[TimeWindow]:
    """Every date a question names, in order ("on February 24 and again on February 28, 2022" gives both; a
    day without a year takes the year of the next date that has one; days given by number alone, "on the 1st and
    on the 12th", are of the one month the question names; a month that only frames two or more of its days is
    left out): for comparisons of meetings."""
    found: list[tuple[int, TimeWindow]] = []
    taken: list[tuple[int, int]] = []
    for start, end, d in days_written(question):
        found.append((start, TimeWindow(d, d, None, None, question[start:end])))
        taken.append((start, end))
    for m in MONTH_YEAR.finditer(question):
        if not (mo := month_number(m.group(1))) or any(a <= m.start() < b for a, b in taken):
            continue
        y = int(m.group(2))
        found.append((m.start(), TimeWindow(datetime.date(y, mo, 1), month_end(y, mo), None, None, m.group(0))))
        taken.append(m.span())
    years = [(s, w.start.year) for s, w in found if w.start]
    # or, for days after it, a year alone that dates meetings ("In two 2022 calls ...: on August 31 and on October
    # 10", "in autumn 2022: ... on September 6"; not "the 1998 peace settlement", "since 2014", "its 2030 targets")
    alone = [(m.start(), int(m.group(1) or m.group(2))) for m in _YEAR_OF_MEETINGS.finditer(question)]
    # a day without its year: "February 24" or, day first, "24 February" (groups: month, day or day, month)
    unyeared = rf"\b({MONTH_NAME})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAME})\b"
    for m in re.finditer(rf"(?:{unyeared})(?!,?\s+{YEAR})", question):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if any(a <= m.start() < b for a, b in taken) or not month_number(month):
            continue
        earlier = [y for s, y in sorted([*years, *alone]) if s < m.start()][-1:]
        later = [y for s, y in years if s > m.start()] or earlier or [y for _, y in years]
        if not later:
            continue
        try:
            d = datetime.date(later[0], month_number(month) or 1, int(day))
        except ValueError:
            continue
        found.append((m.start(), TimeWindow(d, d, None, None, m.group(0))))
    for m in re.finditer(rf"\b({MONTH_NAME})\s+(?:and|or)\s+(?={MONTH_NAME}\s+({YEAR})\b)", question):
        # "February and July 2022"
        if (mo := month_number(m.group(1))) and not any(a <= m.start() < b for a, b in taken):
            y, said = int(m.group(2)), f"{m.group(1)} {m.group(2)}"
            found.append((m.start(), TimeWindow(datetime.date(y, mo, 1), month_end(y, mo), None, None, said)))
    if days := _days_of_the_month(question, found):  # the month only dates them: "in May 2022, on the 13th and ..."
        found = [(s, w) for s, w in found if not _is_month(w)] + days
    found += _days_after(question, found)
    found += _spans_after(question, found)
    return _without_frames([w for _, w in sorted(found, key=lambda x: x[0])])


#: a year alone that dates the question's meetings ("In 2022, ...", "in autumn 2022", "his two 2022 calls", "Two
#: early-2022 engagements")
_YEAR_OF_MEETINGS = re.compile(
    rf"(?:\b(?:in|during|of)\s+(?:(?:early|late|mid|the\s+\w+\s+of|spring|summer|autumn|fall|winter)[\s\-]+)?|"
    rf"\b(?:early|late|mid)-)({YEAR})\b"
    rf"(?!\s+(?:[a-z\-]+\s+)?(?:peace|agreement|accords?|settlement|targets?|goals?|elections?|act|law|annexation))"
    rf"|\b({YEAR})(?=\s+(?:calls?|meetings?|talks|conversations?|visits?|trips?|readouts?|sessions?)\b)",
    re.I,
)


def names_time(text: str, told: TimeWindow) -> bool:
    """Whether a sentence names a date within the time ``told``, or that time's year when it is a whole year ("...
    good governance in Africa in 2023" for "in 2023"), or says the time in the question's very words ("...
    development assistance to the Mekong subregion since 2015" for "since 2015")."""
    if any(w.start and told.contains(w.start) for w in time_windows(text)):
        return True
    if told.text and re.search(rf"(?<!\w){re.escape(told.text)}(?!\w)", text, re.I):
        return True
    start, end = told.start, told.end
    if not (start and end and start.year == end.year):
        return False
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return whole_year and bool(re.search(rf"\b{start.year}\b", text))


#: a day of a month the question names once ("his two February 2022 calls (on the 1st and on the 12th)")
_DAY_OF_THE_MONTH = re.compile(
    r"\b(?:on|and)\s+(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,;:).?]|and\b|or\b|$))",
    re.I,
)


def _days_of_the_month(question: str, found: list[tuple[int, TimeWindow]]) -> list[tuple[int, TimeWindow]]:
    """The days a question gives by their number alone in the one month it names, two or more ("the 20th Party
    Congress" is none)."""
    months = [w for _, w in found if _is_month(w)]
    if len(months) != 1 or months[0].start is None:
        return []
    out = []
    for m in _DAY_OF_THE_MONTH.finditer(question):
        try:
            d = datetime.date(months[0].start.year, months[0].start.month, int(m.group(1)))
        except ValueError:
            continue
        out.append((m.start(), TimeWindow(d, d, None, None, m.group(0))))
    return out if len(out) >= 2 else []


def _is_month(w: TimeWindow) -> bool:
    """Whether a time is a whole month ("February 2022")."""
    return bool(w.start and w.end and w.start.day == 1 and w.end == month_end(w.start.year, w.start.month))


_YEAR_IN = re.compile(rf"\b{YEAR}\b")


def _without_frames(windows: list[TimeWindow]) -> list[TimeWindow]:
    """The times without one that only frames two or more others ("his two February 2022 calls, the one on Feb 1
    and the one on Feb 12": the days are the meetings; "his February 2022 call and his February 24 meeting" keeps
    both)."""

    def inside(w: TimeWindow, frame: TimeWindow) -> bool:
        if None in (w.start, w.end, frame.start, frame.end) or (w.start, w.end) == (frame.start, frame.end):
            return False
        if _YEAR_IN.search(w.text):  # "February 24, 2022" names its own year: a meeting beside the month's
            return False
        return frame.start <= w.start and w.end <= frame.end  # type: ignore[operator]

    return [f for f in windows if sum(inside(w, f) for w in windows) < 2]


#: a day given from the day before it ("... on August 2, 2021 and Wendy Sherman the following day", "two days later")
_RELATIVE_DAY = re.compile(
    r"\b(?:the\s+(?:following|next)\s+day|the\s+day\s+after(?=\s*(?:[.,;?]|$|and\b))|(a|one|two|three|four|five|six|"
    r"seven)\s+days?\s+(later|after(?=\s*(?:[.,;?]|$|and\b))|earlier)|the\s+(?:previous|preceding)\s+day|"
    r"the\s+day\s+before(?=\s*(?:[.,;?]|$|and\b)))",
    re.I,
)
_FEW = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_after(question: str, found: list[tuple[int, TimeWindow]]) -> list[tuple[int, TimeWindow]]:
    """The days a question gives by counting from the day it named before them."""
    out = []
    for m in _RELATIVE_DAY.finditer(question):
        before = [w for s, w in sorted(found, key=lambda x: x[0]) if s < m.start() and w.start and w.start == w.end]
        if not before or before[-1].start is None:
            continue
        text = m.group(0).lower()
        back = "previous" in text or "preceding" in text or "before" in text or "earlier" in text
        n = _FEW[m.group(1).lower()] if m.group(1) else 1
        d = before[-1].start + datetime.timedelta(days=-n if back else n)
        out.append((m.start(), TimeWindow(d, d, None, None, m.group(0))))
    return out


#: a week, month or year given from the time named before it ("... in November 2022, compared with Sullivan's
#: meeting with him a month later"); a year only forward ("a year earlier" is mostly of an event: "whose army had
#: seized power a year earlier"); not "the following week", mostly of a plan ("the gathering he would host the
#: following week")
_RELATIVE_SPAN = re.compile(
    r"\b(?:(a|one|two|three|four|five|six)\s+(week|month)s?\s+(later|earlier)|(a|one|two|three)\s+(year)s?\s+"
    r"(later))\b",
    re.I,
)
#: how far either way a span given from one day may fall ("a month later" than November 11 is about December 11)
_SLACK = {"week": 2, "month": 10, "year": 45}


def _spans_after(question: str, found: list[tuple[int, TimeWindow]]) -> list[tuple[int, TimeWindow]]:
    """The times a question gives by counting weeks, months or years from the time it named before them: a
    whole month a month on is that month; a day a month on is the days about it."""
    out = []
    for m in _RELATIVE_SPAN.finditer(question):
        before = [w for s, w in sorted(found, key=lambda x: x[0]) if s < m.start() and w.start and w.end]
        if not before:
            continue
        prev = before[-1]
        count = next((g for g in (m.group(k) for k in (1, 4)) if g), "a")
        unit = next(g for g in (m.group(k) for k in (2, 5)) if g).lower()
        way = (m.group(3) or "later").lower()
        n = _FEW[count.lower()] * (-1 if way == "earlier" else 1)
        start, end = _moved(prev.start, unit, n), _moved(prev.end, unit, n)  # type: ignore[arg-type]
        if prev.start == prev.end:
            slack = datetime.timedelta(days=_SLACK[unit])
            start, end = start - slack, end + slack
        elif _is_month(prev) and unit != "week":
            end = month_end(end.year, end.month)
        out.append((m.start(), TimeWindow(start, end, None, None, m.group(0))))
    return out


def _moved(day: datetime.date, unit: str, n: int) -> datetime.date:
    """``day`` moved ``n`` weeks, months or years (the day kept within its month)."""
    if unit == "week":
        return day + datetime.timedelta(days=7 * n)
    months = day.year * 12 + day.month - 1 + n * (12 if unit == "year" else 1)
    y, mo = divmod(months, 12)
    return datetime.date(y, mo + 1, min(day.day, month_end(y, mo + 1).day))


def dated_parts(parts) -> bool:
    """Whether each of two or more parts of a question names one time of its own, each another ("Who represented
    Italy on the call on February 9, 2022, and who on the same-format call on February 15, 2022?"): each part is
    a meeting of its own."""
    if len(parts) < 2:
        return False
    days = [time_windows(p.text) for p in parts]
    return all(len(d) == 1 for d in days) and _each_its_own([d[0] for d in days], whole_days=False)


def _each_its_own(windows: list[TimeWindow], whole_days: bool) -> bool:
    """Whether every time is another (with ``whole_days``, every one a single day)."""
    if whole_days and not all(w.start is not None and w.start == w.end for w in windows):
        return False
    return len({(w.start, w.end) for w in windows}) == len(windows)


_ONE_MEETING = "|".join((*MEETING_NOUNS, *TRIP_NOUNS))
#: meetings spoken of in the plural ("Sherman's calls with her counterparts on February 9 and on April 21, 2022"),
#: or as one a day ("phoned one European leader on August 19 and another on August 20. Who was on the line each
#: day?", "thanked him in a call on May 27 and again on August 12 ... on each occasion")
_MEETINGS = re.compile(
    rf"\b(?:{'|'.join(w for w in (*MEETING_NOUNS, *TRIP_NOUNS) if w.endswith('s'))}|sessions|readouts)\b"
    r"|\b(?:each|both)\s+(?:day|days|time|times|occasion|occasions|readout)\b|\band\s+(?:another|again)\s+on\b"
    # or a second one named after the first, by its own time ("the President's October 12, 2021 session with G20
    # leaders ... and his January 20, 2022 session with his science advisers"; not "and the President's upcoming trip")
    rf"|\band\s+(?:his|her|their|the)\s+(?:(?:early|mid|late)[\s\-]+)?{MONTH_NAME}\s+[\d,\s]{{0,10}}"
    rf"(?:{_ONE_MEETING}|session|sit-down)\b",
    re.I,
)


def days_of_meetings(question: str) -> bool:
    """Whether a question speaks of meetings in the plural and names two or more days, each a day of its own: each
    day is a meeting of its own; or months, when it asks of each meeting ("by phone in February 2022 and in person
    in Seoul in June 2022. How does each readout describe ...")."""
    if _MEETINGS.search(question) is None:  # (the cheap test first: most questions speak of one meeting)
        return False
    days = time_windows(question)
    return len(days) >= 2 and _each_its_own(days, whole_days=_EACH_ASKED.search(question) is None)


#: each meeting asked of ("each readout", "in both calls", "on each occasion", "each of those two readouts")
_EACH_ASKED = re.compile(
    r"\b(?:each|both)\s+(?:of\s+(?:the|those|these|their|his|her)\s+(?:two\s+)?)?(?:readouts?|calls?|meetings?|"
    r"conversations?|engagements?|visits?|trips?|sessions?|occasions?)\b"
    # or each one met ("which cabinet post did each man hold according to those readouts")
    r"|\beach\s+(?:man|woman|leader|counterpart|minister|official|one|of\s+them|of\s+the\s+two)\b",
    re.I,
)


#: a leading clause of what came before the meeting ("Following the alliance's emergency summit at the end of
#: February 2022, ...", "After the NATO summit in late February 2022, ...")
AFTER_LEAD = re.compile(r"^\s*(?:following|after|in the wake of|on the heels of)\b[^?]{3,160}?,\s*", re.I)
#: a day without its year ("on March 1"; not "on March 1, 2022")
_BARE_DAY = re.compile(rf"\bon\s+({'|'.join(MONTHS)})\s+(\d{{1,2}})\b(?!(?:st|nd|rd|th)?,?\s*\d{{4}})", re.I)


def day_after_lead(question: str) -> TimeWindow | None:
    """The day the meeting was held when a question opens by dating what came before it and then gives the day
    without its year ("Following the alliance's emergency summit at the end of February 2022, what did the Vice
    President go over ... in separate phone calls on March 1?": March 1, 2022): that day in the lead's year, or the
    next when it would fall before the lead's time begins; None when the question gives no such day."""
    lead = AFTER_LEAD.match(question)
    before = time_window(lead.group(0)).start if lead else None
    if lead is None or before is None or (m := _BARE_DAY.search(question, lead.end())) is None:
        return None
    month = MONTHS[m.group(1).lower()]
    try:  # (the lead's year from its first day on: "in July 2021 ... on July 29" is July 29, 2021)
        day = datetime.date(before.year, month, int(m.group(2)))
        day = day if day >= before else datetime.date(before.year + 1, month, int(m.group(2)))
    except ValueError:
        return None
    return TimeWindow(day, day, None, None, m.group(0)[3:])
