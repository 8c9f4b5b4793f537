""" "Where did Sullivan meet Pojar?": "... Tomas Pojar, National Security Advisor to the Prime Minister of the Czech
Republic" names an office, not where they met; the readout that says no place says so."""

from __future__ import annotations

from assistant.qa.answer_types import has_answer_type
from tests.fakes import written_corpus

OPENING = (
    "National Security Advisor Jake Sullivan met today with Tomas Pojar, National Security Advisor to the Prime "
    "Minister of the Czech Republic."
)


def test_an_office_after_to_the_is_no_place():
    assert not has_answer_type(OPENING, "place")
    assert not has_answer_type("He spoke with the Advisor to the President of Kenya.", "place")
    assert has_answer_type("They met at the White House.", "place")
    assert has_answer_type("Blinken traveled to Kyiv on Monday.", "place")


def test_where_they_met_is_not_answered_by_an_office(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "pojar.txt": (
                "National Security Advisor Jake Sullivan's Meeting with Tomas Pojar",
                "October 14, 2022",
                OPENING + " They discussed energy security and the Czech Republic's presidency of the Council of the "
                "European Union.",
            )
        },
    )
    ans = asst.ask("In which city did Jake Sullivan meet Tomas Pojar in October 2022?")
    assert ans.abstained, ans.text


def test_where_one_called_from_is_a_place():
    text = "President Biden spoke to Governor Pedro Pierluisi today from Air Force One while returning from London."
    assert has_answer_type(text, "place")
    assert not has_answer_type("President Biden spoke to Governor Pedro Pierluisi today.", "place")
