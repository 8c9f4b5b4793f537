""" "What else was on the agenda of the call" is answered by the meeting's own sentence when it says what the call
was to discuss; a signature line under the title ("Antony J. Blinken, Secretary of State") says who issues the
readout and answers nothing else."""

from __future__ import annotations

from assistant.qa.answer_types import BYLINE
from tests.fakes import written_corpus

BODY = (
    "Antony J. Blinken, Secretary of State\n\n"
    "The below is attributable to State Department Spokesperson Ned Price:\n\n"
    "Secretary of State Antony J. Blinken spoke with Canadian Minister of Foreign Affairs Marc Garneau today to "
    "discuss collaboration to defeat the COVID-19 pandemic and the Foreign Minister's trip to the Middle East. "
    "Noting our shared democratic values, they also discussed efforts to promote democracy throughout the Western "
    "Hemisphere."
)


def test_a_signature_line_is_a_byline():
    assert BYLINE.match("Antony J. Blinken, Secretary of State")
    assert BYLINE.match("Ned Price, Department Spokesperson")
    assert not BYLINE.match("Steve Pacala, Princeton University")  # a line of a list of members


def test_the_agenda_is_the_meeting_sentence_and_never_the_signature(tmp_path):
    asst = written_corpus(
        tmp_path,
        {"garneau.txt": ("Secretary Blinken's Call with Canadian Foreign Minister Garneau", "July 14, 2021", BODY)},
    )
    answer = asst.ask(
        "Apart from beating the pandemic, what else was on the agenda of Blinken's July 14, 2021 phone call with "
        "Canadian Foreign Minister Marc Garneau?"
    )
    quotes = [c.quote for c in answer.citations]
    assert any("trip to the Middle East" in q for q in quotes), answer.text
    assert not any(q.startswith("Antony J. Blinken, Secretary of State") for q in quotes), answer.text
