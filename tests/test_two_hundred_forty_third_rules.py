"""Round 75's rules:

- a time given by counting weeks, months or years on from the time named before it ("... in Biden's November 2022
  meeting with President El-Sisi, compared with Sullivan's meeting with him a month later?") is a time of its own:
  a whole month a month on is the next month, a day a month on the days about it; a year only forward ("whose army
  had seized power a year earlier" tells of an event);
- a capitalised word that opens a later sentence of the question and is written in lower case elsewhere in it is a
  word, not a name ("... said Russia had to pull out completely. Pull out of where?")."""

from __future__ import annotations

import datetime

from assistant.qa.dates_named import time_windows
from assistant.qa.question_names import names_in
from tests.fakes import written_corpus

_NILE = (
    "How did the U.S. side put its backing for Egypt on the Nile water question in Biden's November 2022 meeting "
    "with President El-Sisi at the climate summit, compared with Sullivan's meeting with him a month later?"
)
_BIDEN = "wh_2022-11-11_president-bidens-meeting-with-president-el-sisi-of-egypt.txt"
_SULLIVAN = "wh_2022-12-16_national-security-advisor-jake-sullivans-meeting-with-president-el-sisi.txt"
_SULLIVAN_NOV = "wh_2022-11-20_national-security-advisor-jake-sullivans-call-with-egyptian-minister-shoukry.txt"
_READOUTS = {
    _BIDEN: (
        "President Biden's Meeting with President El-Sisi of Egypt",
        "November 11, 2022",
        "President Biden met today with President Abdel Fattah El-Sisi of Egypt in Sharm el-Sheikh. President Biden "
        "expressed his support for Egypt's water rights. The two leaders reaffirmed their commitment to tackling "
        "the climate crisis.",
    ),
    _SULLIVAN: (
        "National Security Advisor Jake Sullivan's Meeting with President El-Sisi",
        "December 16, 2022",
        "National Security Advisor Jake Sullivan met today with President Abdel Fattah El-Sisi of Egypt. He "
        "affirmed U.S. support for Egypt's water security and for a diplomatic resolution on the Grand Ethiopian "
        "Renaissance Dam.",
    ),
    _SULLIVAN_NOV: (
        "National Security Advisor Jake Sullivan's Call with Egyptian Foreign Minister Shoukry",
        "November 20, 2022",
        "National Security Advisor Jake Sullivan spoke today with Egyptian Foreign Minister Sameh Shoukry. They "
        "discussed water and the outcomes of the climate conference in Sharm el-Sheikh.",
    ),
}


def test_a_month_later_is_the_next_month():
    windows = time_windows(_NILE)
    assert [(w.start, w.end) for w in windows] == [
        (datetime.date(2022, 11, 1), datetime.date(2022, 11, 30)),
        (datetime.date(2022, 12, 1), datetime.date(2022, 12, 31)),
    ]


def test_spans_counted_from_a_day_fall_about_it():
    week = time_windows("He spoke with Mangoush on June 17, 2021 and with Dabaiba a week later.")
    assert week[1].contains(datetime.date(2021, 6, 24)) and not week[1].contains(datetime.date(2021, 6, 17))
    months = time_windows("Biden called him on March 3, 2021 and again two months later.")
    assert months[1].contains(datetime.date(2021, 5, 3)) and not months[1].contains(datetime.date(2021, 4, 3))
    back = time_windows("He met her on May 20, 2022, and she had called him a month earlier.")
    assert back[1].contains(datetime.date(2022, 4, 20))


def test_a_year_earlier_tells_of_an_event():
    asked = "How did the Secretary hold his February 2022 meeting with activists from a country whose army had seized "
    asked += "power a year earlier?"
    assert len(time_windows(asked)) == 1


def test_the_side_a_month_later_is_that_months_meeting(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(_NILE)
    assert not answer.abstained
    assert "Grand Ethiopian Renaissance Dam" in answer.text
    assert "November 11, 2022" in answer.text and "December 16, 2022" in answer.text
    assert "Shoukry" not in answer.text


def test_a_word_opening_a_later_sentence_is_no_name_when_written_lower_case_too():
    asked = (
        "Meeting in the Latvian capital in March 2022, Blinken and Israel's foreign minister said Russia had to pull "
        "out completely. Pull out of where?"
    )
    assert names_in(asked)[0] == ["Blinken"]
    assert "Price" in names_in("Who briefed the press? Price said grain was discussed.")[0]
    assert "Pull" in names_in("Where did Pull meet her? Pull is the envoy.")[0]
