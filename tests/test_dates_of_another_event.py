""" "On what dates is the G7 Summit in Puglia, which Biden and Meloni discussed, to be held?" asks the dates of an
event to come, not of the meeting: "dates" asks a date as "date" does, a question opening "On what ..." is no
leading clause to skip, and "to be held" lies ahead. A readout that names the summit without its dates does not
answer it (the meeting's own day is no answer). A small corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import about_meeting, analyse
from assistant.qa.answer_types import day_not_given
from assistant.qa.asked_type import answer_type
from assistant.qa.topics import focus
from tests.fakes import written_corpus

Q = "On what dates is the G7 Summit in Puglia, which Biden and Meloni discussed in March 2024, to be held?"


@pytest.mark.parametrize(
    "question", ["On what dates did they meet?", "What dates were set for the talks?", "Which days did she visit?"]
)
def test_dates_ask_a_date(question):
    assert answer_type(question) == "date"
    assert day_not_given(question, "They met this spring.")


def test_a_question_opening_on_what_is_no_leading_clause():
    assert focus(Q).startswith("what dates is the G7 Summit")
    assert focus("On his March trip, what did he say?") == "what did he say?"


def test_to_be_held_is_not_the_meeting():
    assert about_meeting(Q) is False
    assert analyse(Q).parts[0].answer_type == "date"


def test_the_meeting_day_does_not_date_the_summit(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "meloni.txt": (
                "President Biden's Meeting with Prime Minister Meloni of Italy",
                "March 1, 2024",
                "President Biden welcomed Prime Minister Meloni of Italy to the White House today. President Biden "
                "and Prime Minister Meloni discussed the upcoming G7 Summit in Puglia and the NATO Summit.",
            )
        },
    )
    ans = asst.ask(Q)
    assert ans.abstained, ans.text
    assert "March 1" not in ans.text.split("Not in the readouts")[0]


def test_a_day_beside_the_event_dates_it_whatever_the_tense():
    from assistant.qa.answer_types import day_beside

    part = analyse("On what dates was the Leaders Summit on Climate, which Biden discussed, to be held?").parts[0]
    said = (
        "President Biden spoke with Prime Minister Trudeau regarding preparations for the April 22-23 Leaders Summit."
    )
    assert day_beside(said, part)
    assert not day_beside("President Biden spoke today with Prime Minister Trudeau about the Leaders Summit.", part)
    assert not day_beside("They met on May 3 and discussed trade.", part)
    assert not day_beside("Blinken met Holness Friday about the summit.", part)
    # the words of the clause that says which meeting spoke of it are no words of the event
    chile = analyse("On what dates was the Summit of the Americas, which Zeya discussed in Chile, to be held?").parts[0]
    assert not day_beside("Under Secretary Zeya traveled to Chile, May 3-5, to reaffirm close ties.", chile)


def test_the_event_dated_in_a_meeting_sentence_answers_when_it_was_to_be_held(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "trudeau.txt": (
                "President Biden's Call with Prime Minister Trudeau of Canada",
                "April 22, 2021",
                "President Biden spoke with Canadian Prime Minister Justin Trudeau regarding preparations for the "
                "April 22-23 Leaders Summit on Climate.",
            )
        },
    )
    ans = asst.ask("On what dates was the Leaders Summit on Climate, which Biden and Trudeau discussed, to be held?")
    assert not ans.abstained and "April 22-23" in ans.text, ans.text


def test_what_was_held_that_the_meeting_spoke_of_is_not_the_meeting():
    q = (
        "On what date was the U.S.-India 2+2 Ministerial Dialogue held whose outcomes Biden and Modi affirmed at "
        "their May 2022 meeting in Tokyo?"
    )
    assert about_meeting(q) is False
    assert about_meeting("When was the Quad summit held that they discussed at their meeting?") is False
    # the meeting itself, or a relative clause that does not place the thing in a meeting, still asks the meeting
    assert about_meeting("When was the U.S.-Japan 2+2 held?") is True
    assert about_meeting("When was the meeting held that Biden and Modi had in Tokyo?") is True
