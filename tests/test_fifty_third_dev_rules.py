"""Rules from the fifty-third set's dev split: "sitting down" is a way of meeting, no topic; a particle inside a
name may be written joined or capitalised ("Al-Thani", "Bin"); "call X an ironclad commitment" names, it is no
phone call; "which earlier meetings did they build on" asks what a readout says, not for a list of readouts; and
"who was the Rhode Island governor" is the governor whose line names Rhode Island."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from assistant.qa.meeting_kinds import meeting_kind
from tests.fakes import written_corpus


def test_sitting_down_is_no_topic():
    q = analyse("Which readouts record Deputy Secretary Sherman sitting down with a German State Secretary?")
    assert "sit" not in q.parts[0].topic


def test_naming_is_no_call():
    q = (
        "In her February 2022 meeting with the Baltic leaders, which numbered article of the NATO Treaty did Vice "
        "President Harris call an ironclad commitment?"
    )
    assert meeting_kind(q) != "call"
    assert meeting_kind("When did Biden call the Prime Minister of Japan?") == "call"


def test_earlier_meetings_are_said():
    assert answer_type("Which earlier meetings did the two of them say they were building on?") != "list"
    assert answer_type("Which meetings did Biden hold with Xi?") == "list"


def test_a_particle_written_either_way(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "jan.txt": (
                "President Biden's Meeting with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar",
                "January 31, 2022",
                "President Biden met today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar.",
            ),
            "jul.txt": (
                "President Biden's Meeting with Amir Sheikh Tamim Bin Hamad Al Thani of Qatar",
                "July 16, 2022",
                "Today in Jeddah, President Biden met with Amir Sheikh Tamim Bin Hamad Al Thani of Qatar.",
            ),
        },
    )
    ans = asst.ask("Which readouts record President Biden meeting Qatar's Amir, Sheikh Tamim bin Hamad Al Thani?")
    assert {c.source for c in ans.citations} == {"jan.txt", "jul.txt"}, ans.text


def test_the_governor_of_the_state_named(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "henri.txt": (
                "President Biden Call with Northeastern Governors in Advance of Hurricane Henri",
                "August 21, 2021",
                "This afternoon, President Biden convened a call with Northeastern Governors to discuss Hurricane "
                "Henri's anticipated landfall.\n\nParticipants:\n- Connecticut Gov. Ned Lamont\n- Massachusetts Gov. "
                "Charlie Baker\n- Rhode Island Gov. Daniel McKee",
            )
        },
    )
    ans = asst.ask("Who was the Rhode Island governor on President Biden's call ahead of Hurricane Henri?")
    assert "McKee" in ans.text, ans.text
    assert [c.quote for c in ans.citations] == ["- Rhode Island Gov. Daniel McKee"], ans.text
