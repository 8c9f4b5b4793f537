""" "What prompted ... call", "What was the purpose of their meeting" ask what a meeting was for, as "why did they
call" does: the meeting sentence that says what it was for answers; one that says only who met does not. A small
corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "le-drian.txt": (
        "Secretary Blinken's Call with French Foreign Minister Le Drian",
        "April 27, 2022",
        "Secretary of State Antony J. Blinken spoke today with French Foreign Minister Jean-Yves Le Drian to "
        "congratulate the French people on their successful election on April 24. They discussed Ukraine.",
    ),
    "kuleba.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "May 3, 2022",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. They "
        "discussed grain exports.",
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "What prompted Blinken's late-April 2022 call to French Foreign Minister Le Drian?",
        "What was the purpose of Blinken's April 2022 call with Le Drian?",
    ],
)
def test_what_a_meeting_was_for_is_its_meeting_sentence(tmp_path, question):
    ans = written_corpus(tmp_path, READOUTS).ask(question)
    assert not ans.abstained, ans.text
    assert "to congratulate the French people" in ans.citations[0].quote, ans.text


def test_a_meeting_sentence_that_says_only_who_met_gives_no_purpose(tmp_path):
    ans = written_corpus(tmp_path, READOUTS).ask("What prompted Blinken's May 2022 call to Kuleba?")
    assert not any(c.quote.startswith("Secretary of State Antony J. Blinken spoke today") for c in ans.citations)


def test_the_aim_or_goal_of_a_meeting_is_what_its_meeting_sentence_says_it_was_for(tmp_path):
    """'How does the readout describe the overall aim of that meeting?': 'met ... today, to advance cooperation on
    a range of bilateral, regional, and global issues'; 'aim' and 'goal' of a meeting are no topic words."""
    from assistant.qa.analyse import analyse

    assert analyse("What was the aim of Biden's May 2022 meeting with Kishida?").parts[0].topic == ("biden", "kishida")
    behind = analyse("What was the objective behind Blinken's call with Bhutto Zardari in May 2022?").parts[0]
    assert "behind" not in behind.topic, behind
    readouts = {
        "kishida.txt": (
            "President Biden's Meeting with Prime Minister Kishida of Japan",
            "May 23, 2022",
            "President Joseph R. Biden, Jr. met with Prime Minister Kishida Fumio of Japan today, to advance "
            "cooperation on a range of bilateral, regional, and global issues. They discussed the Quad.",
        )
    }
    asst = written_corpus(tmp_path, readouts)
    for question in (
        "What was the goal of Biden's May 2022 meeting with Kishida?",
        "How does the readout describe the overall aim of Biden's May 2022 meeting with Kishida?",
    ):
        ans = asst.ask(question)
        assert not ans.abstained, ans.text
        assert "to advance cooperation" in ans.citations[0].quote, ans.text
