""" "When did Blinken and Kuleba talk about the upcoming G20 foreign ministers' meeting in Bali?" asks the day of the
call where they talked about it: an event still ahead in what was talked about is no future meeting asked about, and
its place (Bali) is not where they met; "where will they meet next" still asks about something ahead."""

from __future__ import annotations

from assistant.qa.analyse import about_meeting
from assistant.qa.meeting_place import meeting_place
from tests.fakes import written_corpus

QUESTION = "When did Blinken and Kuleba talk about the upcoming G20 foreign ministers' meeting in Bali?"


def test_an_event_ahead_in_the_topic_is_no_meeting_asked_about():
    assert about_meeting(QUESTION) is True
    assert meeting_place(QUESTION) is None
    assert about_meeting("Where will Blinken and Kuleba meet next?") is False
    assert meeting_place("When did Blinken and Kuleba meet in Berlin?") == "Berlin"
    # an event ahead earlier in the question is not the place's: that is still where they met
    assert meeting_place("Ahead of the next NATO ministerial, when did Sherman meet Geoana in Brussels?") == "Brussels"


def test_the_day_of_the_call_that_talked_about_it(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "july.txt": (
                "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
                "July 6, 2022",
                "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. They "
                "discussed the upcoming G20 Foreign Minister meeting in Bali and the outcomes of the NATO summit.",
            ),
            "may.txt": (
                "Secretary Blinken's Meeting with Ukrainian Foreign Minister Kuleba",
                "May 15, 2022",
                "Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba in "
                "Berlin. The two discussed this week's G7 and NATO Foreign Ministerial meetings.",
            ),
        },
    )
    answer = asst.ask(QUESTION)
    assert not answer.abstained, answer.text
    assert "July 6, 2022" in answer.text and "May 15" not in answer.text, answer.text
