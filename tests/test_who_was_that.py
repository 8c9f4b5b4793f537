""" "... met the head of cabinet of the President of the European Council. Who was that?": the person the question
describes by office is the answer, named by the readout's meeting sentence, not the lines that say who issued
the readout ("Office of the Spokesperson", "The following is attributable to ...")."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "bernard.txt": (
        "Deputy Secretary Sherman's Meeting with Head of Cabinet of the President of the European Council Bernard",
        "April 25, 2022",
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\n"
        "Deputy Secretary of State Wendy Sherman met today with Frederic Bernard, head of cabinet of the President "
        "of the European Council, in Washington, D.C. Deputy Secretary Sherman welcomed the EU's strong financial, "
        "humanitarian, and military support to Ukraine. The Deputy Secretary also reaffirmed the United States' "
        "continued strong support for Ukraine's European aspirations.",
    ),
}


def test_who_was_that_after_an_office_is_the_person_holding_it_not_the_byline(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    answer = asst.ask(
        "On April 25, 2022, Deputy Secretary Sherman met the head of cabinet of the President of the European "
        "Council. Who was that?"
    )
    assert not answer.abstained, answer.text
    assert "Frederic Bernard" in answer.text
    assert "attributable" not in answer.text and "Office of the Spokesperson" not in answer.text


def test_who_was_the_someone_else_does_not_make_the_office_holder_an_answer():
    from assistant.qa.coverage import names_someone_new

    question = "Who was the journalist whose case Blinken discussed with the Michigan governor?"
    assert not names_someone_new("Governor Whitmer raised the Line 5 pipeline.", question)


def test_who_was_the_office_asks_who_held_it():
    from assistant.qa.coverage import names_someone_new

    # "the CARICOM Secretary General" names an office; the sentence naming its holder answers who held it
    question = "Who was the CARICOM Secretary General on Jake Sullivan's May 2021 call with Caribbean leaders?"
    text = (
        "National Security Advisor Jake Sullivan spoke on May 7 with Caribbean Community (CARICOM) Secretary "
        "General Irwin LaRocque and leaders from the CARICOM member states."
    )
    assert names_someone_new(text, question)
    # a question that does not ask who held the office: its holder is no one new
    assert not names_someone_new(text, "What did the CARICOM Secretary General tell Jake Sullivan in May 2021?")
