""" "Which federal law did participants say still has a promise left to fulfill?" asks for a law by its name (the
Americans with Disabilities Act), and "a promise left to fulfill" is a thing to fulfil, not a pledge made: the
question asks for no commitment."""

from __future__ import annotations

from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.kinds_asked import asked_kinds

Q = "which federal law did participants say still has a promise left to fulfill?"


def test_a_law_by_its_name():
    assert answer_type(Q) == "document"
    assert answer_type("What act of aggression did they condemn?") != "document"
    assert answer_type("Which UC Irvine law professor joined the roundtable?") != "document"  # a person
    said = (
        "The participants discussed the work to be done to fulfill the promise of the Americans with Disabilities Act."
    )
    assert has_answer_type(said, "document")
    assert not has_answer_type("The participants discussed access to reproductive health care.", "document")


def test_a_promise_to_fulfil_is_no_pledge():
    assert "committed" not in asked_kinds(Q)
    assert "committed" not in asked_kinds("What did they say about the promise of the new partnership?")
    assert "committed" in asked_kinds("What did Biden promise President Zelenskyy?")
