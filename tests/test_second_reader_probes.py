"""Mends from the second reader's probes of round 43: "sit down with" is an in-person meeting; "leaving out group
calls" and "counting group meetings" say how to count, no topic; "a promise to fulfill" asks for no commitment;
a name asked for as written still needs the question's other names ("Which ASEAN readouts refer to Burma by the
name Myanmar?"), but not who issued the readouts ("Which White House readouts ...")."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.kinds_asked import asked_kinds
from assistant.qa.lists import alternatives
from assistant.qa.meeting_kinds import meeting_kind


def test_sitting_down_is_meeting():
    assert meeting_kind("When did Secretary Blinken sit down with Qatar's Foreign Minister in 2022?") == "meeting"
    assert meeting_kind("When did Secretary Blinken speak with Qatar's Foreign Minister in 2022?") == "call"


def test_group_meetings_are_no_topic():
    left = analyse("Leaving out group calls, which calls did Secretary Blinken have with Stoltenberg?")
    assert not {"leav", "group", "leaving"} & set(left.parts[0].topic)
    counted = analyse("How many meetings did Sherman hold in Brussels on April 20, 2022, counting group meetings?")
    assert not {"count", "group"} & set(counted.parts[0].topic)


def test_a_promise_to_fulfil():
    assert "committed" not in asked_kinds("Which law did participants say still had a promise to fulfill?")
    assert "committed" in asked_kinds("What did Biden promise to deliver to Ukraine?")


def test_other_names_still_needed():
    (alt,) = alternatives("Which ASEAN readouts refer to Burma by the name Myanmar?", ())
    assert alt.literal == ("Myanmar",)
    assert alt.required == ("asean",)
    assert alt.states("They discussed Myanmar.", lambda t: 1.0, 0.5) == 0.0
    # who issued the readouts is no name they must state (round 49: "Which State Department readouts ...")
    (issued,) = alternatives("Which White House readouts refer to Burma by the name Myanmar?", ())
    assert issued.required == ()
    assert issued.states("They discussed Myanmar.", lambda t: 1.0, 0.5) == 1.0
    (plain,) = alternatives("Which readouts refer to Burma by the name Myanmar?", ())
    assert plain.states("They discussed Myanmar.", lambda t: 1.0, 0.5) == 1.0
