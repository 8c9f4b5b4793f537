"""A body by its initials answers "which agency" ("via FEMA"), not a country's or a thing's initials; a question
led by two clauses asks from its question word on ("After the tornadoes, when he phoned them, through which agency
..."); "his March 21, 2022 call on the war" is a call, not an appeal."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.fitting import answer_type_missing
from assistant.qa.topics import focus


def test_a_body_by_its_initials():
    part = analyse("Through which federal agency did the President say help would be delivered?").parts[0]
    assert part.answer_type == "organisation"
    assert not answer_type_missing("He committed to delivering assistance quickly via FEMA.", part)
    assert answer_type_missing("He committed to fighting COVID and helping the DPRK's people.", part)


def test_two_leading_clauses():
    question = (
        "After the deadly tornadoes of December 2021, when the President phoned the governors of the hardest-hit "
        "states, through which federal agency did he say help would be delivered?"
    )
    assert focus(question).startswith("which federal agency")
    assert analyse(question).parts[0].answer_type == "organisation"


def test_a_dated_call_on_a_topic_is_no_appeal():
    question = "How many leaders took part in President Biden's March 21, 2022 call on Russia's war in Ukraine?"
    assert "urged" not in analyse(question).parts[0].kinds
    assert "urged" in analyse("What did Biden call on Russia to do?").parts[0].kinds
