"""A place the body of a readout leaves out but its title gives ("Call with Colorado Governor Jared Polis") answers
"In which state did Polis serve as governor?", the title line quoted; "which state" asks a U.S. state (or a
country), not "Which State Department officials" nor "which state senator"."""

from __future__ import annotations

from assistant.qa.analyse import answer_type
from tests.fakes import written_corpus

READOUTS = {
    "polis.txt": (
        "Readout of President Biden's Call with Colorado Governor Jared Polis",
        "December 31, 2021",
        "The President spoke this morning with Governor Jared Polis to discuss the wildfires that have caused "
        "significant damage. Governor Polis described the impacts and the need for additional Federal support, and "
        "the President assured him that everything possible would be done.",
    ),
    "holness.txt": (
        "Readout of Vice President Harris's Call with Prime Minister Holness of Jamaica",
        "August 8, 2022",
        "The Vice President informed Prime Minister Holness that the United States will provide $2 million in "
        "support of a Cyber Center of Excellence, and they discussed greater investment in cybersecurity.",
    ),
}


def test_which_state_asks_a_state_and_not_a_department_or_a_state_senator():
    assert answer_type("In which state did Polis serve as governor?") == "state"
    assert answer_type("Governor of which state did the President call one-on-one?") == "state"
    assert answer_type("Which State Department officials sat down with the minister?") != "state"
    assert answer_type("Which state senator is listed among the speakers?") != "state"


def test_the_title_gives_the_state_the_body_leaves_out(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask("On December 31, 2021 Biden phoned Governor Jared Polis. In which state did Polis serve?")
    assert not answer.abstained, answer.text
    assert any(c.source == "polis.txt" and c.start == 0 and "Colorado" in c.quote for c in answer.citations)


def test_a_title_without_the_place_asked_is_not_quoted(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask(
        "In Harris's August 8, 2022 call with Jamaica's prime minister Holness, in which city will the cyber "
        "center be built?"
    )
    assert all(c.start != 0 for c in answer.citations), answer.text
