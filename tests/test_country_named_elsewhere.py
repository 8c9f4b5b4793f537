"""A counterpart a readout files under the United States for want of another country ("Biden's Call with
Governor Pedro Pierluisi") is of the one country every other readout gives that name ("Puerto Rico Governor
Pedro R. Pierluisi"), so "Puerto Rico's governor" finds the call; a name the readouts give several countries
(an extraction slip) lends none."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.filters import Filters
from assistant.qa.select import MeetingIndex, select
from assistant.records import Meeting, Participant

US = "United States"


def _meeting(source, title, day, counterpart, country, kind="call"):
    d = datetime.date(*day)
    people = (
        Participant("Biden", "President", US, "issuer"),
        Participant(counterpart, "Governor", country, "counterpart"),
    )
    return Meeting(source, title, d, d, None, kind, people, tuple(dict.fromkeys((US, country))))


def test_a_governor_filed_under_the_united_states_is_of_the_territory_another_readout_names():
    graves = _meeting(
        "g.txt",
        "Deputy Secretary Graves' Meeting with Puerto Rico Governor Pedro R. Pierluisi",
        (2022, 8, 11),
        "Pedro R. Pierluisi",
        "Puerto Rico",
        "meeting",
    )
    call = _meeting(
        "c.txt", "President Biden's Call with Governor Pedro Pierluisi", (2022, 9, 19), "Pedro Pierluisi", US
    )
    q = analyse("When Biden phoned Puerto Rico's governor after the hurricane, where was he calling from?")
    sel = select(q, MeetingIndex.of([graves, call]), Filters(), lambda w: True)
    assert sel.rids == (1,) and not sel.missing, sel


def test_a_name_given_several_countries_lends_none():
    a = _meeting("a.txt", "Call with Governor Ana Lopez", (2022, 1, 3), "Ana Lopez", "Mexico")
    b = _meeting("b.txt", "Call with Governor Ana Lopez", (2022, 2, 3), "Ana Lopez", "Peru")
    c = _meeting("c.txt", "Call with Governor Ana Lopez", (2022, 3, 3), "Ana Lopez", US)
    index = MeetingIndex.of([a, b, c])
    assert 2 not in index.by_country["Mexico"] and 2 not in index.by_country["Peru"]
