"""A follow-up stays in the readout the conversation is about, when the day it names holds several meetings of
the same person: the one whose title says what the earlier question said of it. A small corpus written here,
with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "transatlantic.txt": (
        "President Biden's Video Call with Transatlantic Leaders",
        "February 11, 2022",
        "President Biden convened a video call with transatlantic leaders on Russia's military build-up. The "
        "leaders agreed on the importance of imposing massive consequences should Russia escalate.",
    ),
    "trudeau.txt": (
        "President Biden's Call with Prime Minister Justin Trudeau of Canada",
        "February 11, 2022",
        "President Biden spoke with Prime Minister Justin Trudeau of Canada about the blockade of bridges. The two "
        "leaders agreed to stay in close touch in the days ahead.",
    ),
    "adams.txt": (
        "Deputy Secretary Sherman's Call with Australia Department of Foreign Affairs and Trade Secretary Adams",
        "July 14, 2022",
        "Deputy Secretary Wendy Sherman spoke with Secretary Jan Adams of Australia. She highlighted the Quad.",
    ),
    "delattre.txt": (
        "Deputy Secretary Sherman's Call with French Foreign Ministry Secretary General Delattre",
        "July 15, 2022",
        "Deputy Secretary Wendy Sherman spoke with Secretary General Francois Delattre of France about Ukraine.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def _turn(question: str, answer: str) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def test_a_follow_up_stays_in_the_meeting_the_earlier_question_described(asst):
    history = _turn("Which leaders joined Biden's transatlantic video call on February 11, 2022?", "Many leaders.")
    ans = asst.ask("And what did they agree on?", history=history)
    # the answer is sought in that readout alone (which of its sentences answers is for a real model)
    assert "Transatlantic Leaders" in ans.text and "Trudeau" not in ans.text, ans.text
    assert {c.source for c in ans.citations} <= {"transatlantic.txt"}, ans.text


def test_a_country_named_in_any_form_says_which_meeting(asst):
    history = _turn("Who did Sherman call at Australia's foreign ministry in July 2022?", "Jan Adams.")
    ans = asst.ask("Which regional grouping did she single out?", history=history)
    # answered, or not, from the call with Australia's secretary alone (an abstention names the readout it read)
    assert "Adams" in ans.text and "Delattre" not in ans.text, ans.text
    assert {c.source for c in ans.citations} <= {"adams.txt"}, ans.text


def test_a_follow_up_that_names_its_own_counterpart_is_not_narrowed_to_the_earlier_one(asst):
    history = _turn("Which leaders joined Biden's transatlantic video call on February 11, 2022?", "Many leaders.")
    ans = asst.ask("What did he agree with Canada's prime minister?", history=history)
    assert "Trudeau" in ans.text, ans.text


def test_that_call_points_back_and_its_purpose_is_what_the_meeting_was_for(asst):
    """A follow-up of more than nine words pointing back at "that call" stays in its readout, and asking what
    the call was for quotes the sentence saying so, not the earlier question's topic."""
    from assistant.qa.followup import is_follow_up

    assert is_follow_up("And what did the readout say was the point of making that call?")
    history = _turn("What did Biden and Trudeau say of the days ahead in their February 11, 2022 call?", "In touch.")
    ans = asst.ask("And what did the readout say was the point of making that call?", history=history)
    assert {c.source for c in ans.citations} == {"trudeau.txt"}, ans.text
    assert any("about the blockade of bridges" in c.quote for c in ans.citations), ans.text
