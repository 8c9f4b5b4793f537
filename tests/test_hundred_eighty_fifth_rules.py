"""Round 64's rules, from dev splits: a "when" question whose subject is one thing pointed back to ("that
fighting") or whose subject names talks ("the parties to the peace talks renewed ...") asks of something the
readout tells of, not of the meeting itself."""

from __future__ import annotations

from assistant.qa.about_meeting import about_meeting


def test_a_thing_pointed_back_to_that_happened_is_no_meeting():
    assert about_meeting("In what month had that fighting happened?") is False
    assert about_meeting("When did the incident happen?") is False
    # the meeting itself, pointed back to or named, still is
    assert about_meeting("When did that meeting happen?") is True
    assert about_meeting("When did it happen?") is True
    assert about_meeting("When did the talks happen?") is True


def test_talks_in_the_subject_are_no_meeting_verb():
    q = "On what date had the parties to the four-nation peace talks renewed their pledge to the July 2020 truce?"
    assert about_meeting(q) is not True
    assert about_meeting("When did the two leaders hold talks?") is True
    assert about_meeting("When did the peace talks take place?") is True
