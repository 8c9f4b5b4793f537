""" "his Oct 4, 2021 call with Japan's Kishida and his Dec 10, 2021 call with Germany's Scholz": a month cut short
before its day is a date, neither a person's name nor a topic ("No readout mentions Oct and Dec"); "Jan" before a
surname is still a name."""

from __future__ import annotations

from assistant.qa.analyse import analyse

Q = (
    "What did Biden congratulate each leader on in his Oct 4, 2021 call with Japan's Kishida and his Dec 10, 2021 "
    "call with Germany's Scholz?"
)


def test_a_short_month_is_a_date():
    q = analyse(Q)
    assert "Oct" not in q.people + q.topic_people and "Dec" not in q.people + q.topic_people
    assert not {"oct", "dec"} & set(q.parts[0].topic)
    assert "Jan Lipavsky" in analyse("What did Blinken and Czech Foreign Minister Jan Lipavsky discuss?").people
