"""Round 64's rules, from dev splits: a "when" question whose subject is one thing pointed back to ("that
fighting") or whose subject names talks ("the parties to the peace talks renewed ...") asks of something the
readout tells of, not of the meeting itself; a country a sum is for is no side of the meeting; "which specific
air-defense system" asks for a name; "Unmanned Aerial Vehicles" names no one."""

from __future__ import annotations

from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.full_names import full_names
from assistant.qa.named_things import NAMED_ASKED


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


def test_a_country_a_sum_is_for_is_no_side_of_the_meeting():
    q = (
        "Through which UN agency was Qatar channelling its $100 million for Yemen, as noted when the Secretary "
        "hosted Qatar's top diplomat on July 22, 2021?"
    )
    assert analyse(q).parties == ("Qatar",), analyse(q).parties
    envoys = analyse("Where did the U.S. and South Korean special envoys for North Korea hold their talks in 2022?")
    assert "North Korea" not in envoys.parties, envoys.parties
    assert "Japan" in analyse("What did Japan and the U.S. agree on in 2022?").parties


def test_a_specific_system_with_a_hyphen_asks_for_its_name():
    assert NAMED_ASKED.search("Which specific air-defense system or model did Biden promise Ukraine?")
    assert NAMED_ASKED.search("Which specific air defense systems did Biden promise Ukraine?")
    assert not NAMED_ASKED.search("Which air-defense topics did they discuss?")


def test_capitalised_words_that_start_a_things_name_name_no_one():
    text = (
        "The two agreed on the threat of Unmanned Aerial Vehicles and Precision Guided Missiles, and thanked "
        "Thomas Davis for his work."
    )
    assert full_names(text) == ["Thomas Davis"]
