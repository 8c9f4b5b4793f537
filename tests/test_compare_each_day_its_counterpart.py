"""A comparison of two days, each with its own counterpart and country ("Biden's August 20 call with Italy's
Draghi and his August 23 call with Britain's Boris Johnson"): no one meeting has all of them, so each day's
meeting is the one with as many of its people and countries as took part, not "no readout records a meeting
between Biden, Draghi, Boris Johnson, Italy and the United Kingdom". The selection is a stand-in that fits a
meeting only when it has every person and every country asked (as the records of the 941 shared readouts did)."""

from __future__ import annotations

import datetime
from dataclasses import replace
from types import SimpleNamespace

from assistant.qa import compare
from assistant.qa.analyse import analyse
from assistant.qa.dates_named import time_windows
from assistant.qa.filters import Filters
from assistant.qa.select import Selection

Q = (
    "Biden's August 20, 2021 call with Italy's Draghi and his August 23 call with Britain's Boris Johnson both "
    "looked ahead to the G7 virtual leaders' meeting on Afghanistan. How did the two readouts differ on when that "
    "meeting would happen?"
)
MEETINGS = {  # rid: (day, people, countries)
    0: (datetime.date(2021, 8, 20), {"Biden", "Draghi"}, {"Italy"}),
    1: (datetime.date(2021, 8, 23), {"Biden", "Boris Johnson"}, {"United Kingdom"}),
    2: (datetime.date(2021, 8, 20), {"Biden", "Tamim"}, {"Qatar"}),
}


def _select(q, index, filters, known):
    fits = tuple(
        r
        for r, (day, people, countries) in MEETINGS.items()
        if q.window.contains(day) and set(q.people) <= people and set(q.parties) <= countries
    )
    return Selection(fits) if fits else Selection((), missing="no meeting")


def test_each_day_is_the_meeting_of_its_own_counterpart(monkeypatch):
    monkeypatch.setattr(compare, "select", _select)
    query = analyse(Q)
    assert set(query.parties) == {"Italy", "United Kingdom"}
    found = []
    for w in time_windows(Q)[:2]:
        q = replace(query, window=w, parties=tuple(p for p in query.parties if p in query.titled_parties))
        s = compare._most_named(SimpleNamespace(index=None, known=None), q, Filters())
        found.append(s.rids if s else None)
    assert found == [(0,), (1,)]


def test_a_meeting_with_them_all_is_still_first(monkeypatch):
    monkeypatch.setattr(compare, "select", _select)
    q = replace(analyse("How did Biden's August 20, 2021 call with Italy's Draghi differ from another?"))
    w = time_windows(Q)[0]
    s = compare._most_named(SimpleNamespace(index=None, known=None), replace(q, window=w), Filters())
    assert s is not None and s.rids == (0,)
