"""What people type around a question (greetings, thanks, "Q:", "according to the readouts") is not asked."""

import pytest

from assistant.qa.form import plain_question, reads_as_typed

Q = "What did Blinken and Lavrov discuss in January 2022?"


@pytest.mark.parametrize(
    "typed",
    [
        f"Hello! {Q}",
        f"Good afternoon,\n{Q}",
        f"Question: {Q}",
        f"OK so, {Q[0].lower() + Q[1:]}",
        f"Could you please check this for me? {Q}",
        f"According to the official readouts, {Q[0].lower() + Q[1:]}",
        f"{Q} Many thanks!",
        f"{Q}\n\nThank you so much",
        f"{Q} Please quote the readout.",
        f"{Q} (cite the passage please)",
        f"{Q}?!",
        f"   {Q.replace(' ', '   ')}  ",
        f"hey {Q}",
        f"I am preparing a briefing note. {Q} Thanks in advance.",
        Q[:-1],
        Q[:-1].replace(" in January", ", according to the readouts, in January") + "?",
    ],
)
def test_framing_around_a_question_is_dropped(typed):
    if "according to the readouts, in" in typed:  # framing inside the question stays: only its ends are read
        assert plain_question(typed) == typed
    else:
        assert plain_question(typed) == Q


@pytest.mark.parametrize(
    "question",
    [
        Q,
        "In May 2022, what did they say?",  # a time before the question is content
        "After the storm, what did the president tell the governor?",  # so is a topic without a name
        "Did they meet in the U.S.?",  # an abbreviation's point stays
        "What about the Initiative on Critical and Emerging Technologies (iCET)?",  # and a closing bracket
        "Which readouts mention the Artemis Accords? List them by date.",
        "Biden met Meloni in March 2024. Which summits did they look ahead to?",  # a context sentence with names
        "Where did they meet, and what did they launch?",
        "How many calls were there in 2022, per year?",
        "List the calls.",
    ],
)
def test_a_question_without_framing_is_read_as_typed(question):
    assert plain_question(question) == question


def test_a_question_that_is_only_framing_is_left_whole():
    assert plain_question("Thanks!") == "Thanks!"
    assert plain_question("  Hi  there ") == "Hi there"


def test_repeated_marks_become_one_and_a_missing_mark_is_added():
    assert plain_question("Where did they meet??") == "Where did they meet?"
    assert plain_question("Where did they meet?!") == "Where did they meet?"
    assert plain_question("where did they meet") == "Where did they meet?"
    assert plain_question("Where did they meet...") == "Where did they meet?"


def test_what_counts_as_read_as_typed():
    assert reads_as_typed("where did they meet", "Where did they meet?")
    assert reads_as_typed("Where  did they\nmeet?", "Where did they meet?")
    assert not reads_as_typed(f"Hi! {Q}", Q)
    assert not reads_as_typed("what did blinken say?", "What did Blinken say?")
