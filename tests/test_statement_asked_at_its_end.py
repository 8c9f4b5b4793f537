"""A statement asked as a question at its end ("The roundtable was timed to which anniversary?", "Their call was
held on which day?") asks what its last question word asks, not yes or no; the noun after it is the answer's word,
so the meeting's own sentence may give it ("Today, on the 32nd anniversary of ...")."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from assistant.qa.topics import focus

ROUNDTABLE = "The Vice President's July 2022 roundtable with disability rights leaders was timed to which anniversary?"


def test_the_question_word_at_the_end_is_what_is_asked():
    assert focus(ROUNDTABLE) == "which anniversary?"
    assert answer_type("Their call was held on which day?") == "date"
    assert answer_type("The summit took place in which city?") == "place"
    # a question that asks with its auxiliary first is still a yes/no
    assert answer_type("Was the meeting held in Rome?") == "yesno"
    assert answer_type("Did they discuss which way to go?") == "yesno"


def test_the_noun_after_it_describes_the_answer():
    assert analyse(ROUNDTABLE).parts[0].hints == ("anniversari",)
    # a list question's object is no answer word
    assert analyse("Which readouts mention Vienna?").parts[0].hints == ()
