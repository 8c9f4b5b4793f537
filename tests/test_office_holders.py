"""An office a readout writes without a name ("the President had phone calls with Senators Murray and Kaine") is
held by the name the same government's readouts give it at about that time; a body the records took for a name
("Senate") is no name."""

from __future__ import annotations

import datetime

from assistant.qa.holders import name_words, office_holders
from assistant.records import Meeting, Participant


def _meeting(day: int, president: str | None, other: str = "Merkel") -> Meeting:
    people = (
        Participant(president, "President", "United States", "issuer"),
        Participant(other, "Chancellor", "Germany", "counterpart"),
    )
    date = datetime.date(2021, 12, day)
    return Meeting(f"m{day}.txt", "Readout", date, date, None, "call", people, issuer="United States")


def test_an_office_without_a_name_is_held_by_the_name_given_it_then():
    named = [_meeting(d, "Joseph R. Biden, Jr.") for d in (1, 3, 5, 7)]
    assert office_holders([*named, _meeting(9, None)]) == [(4, "Joseph R. Biden, Jr.")]
    # "Senate" taken for the President's name is none: that office too is Biden's
    assert office_holders([*named, _meeting(9, "Senate")]) == [(4, "Joseph R. Biden, Jr.")]
    # too few readouts naming the holder: no guess
    assert office_holders([named[0], _meeting(9, None)]) == []
    assert name_words("Joseph R. Biden, Jr.") == ["Joseph", "R.", "Biden"]
