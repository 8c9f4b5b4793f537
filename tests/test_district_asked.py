""" "What Texas district number is given for Representative Gina Hinojosa?" asks for a number, which a participant
list writes in a party label ("(D-TX-49)"); a label of that kind is no number for any other question."""

from __future__ import annotations

from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type

Q = "In the participant list, what Texas district number is given for Representative Gina Hinojosa?"


def test_a_district_number():
    assert answer_type(Q) == "number"
    assert answer_type("What number of doses did they pledge?") == "number"
    assert has_answer_type("- Representative Gina Hinojosa (D-TX-49)", "number", Q)
    assert not has_answer_type("- Representative Gina Hinojosa (D-TX-49)", "number", "How many doses were sent?")
