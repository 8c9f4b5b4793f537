"""A list of the readouts that mention two people joined by "and" ("both Blinken and Raychelle Omamo") holds only
those naming both, while a name of one thing with "and" in it ("the Tokyo Olympic and Paralympic Games") stays one
thing; a count of someone "talking with" another counts their meetings; a readout titled "Meeting with ..." whose
text says "called" fits a question asking whom he "met"; "his contact with her on ... differ in form" compares
how each was held. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "omamo_meeting.txt": (
        "Readout of Secretary Blinken's Meeting with Kenyan Cabinet Secretary for Foreign Affairs Omamo",
        "July 16, 2021",
        "Secretary of State Antony J. Blinken met today with Kenyan Cabinet Secretary for Foreign Affairs Raychelle "
        "Omamo. They discussed the crisis in Ethiopia.",
    ),
    "omamo_call.txt": (
        "Readout of Secretary Blinken's Call with Kenyan Cabinet Secretary for Foreign Affairs Omamo",
        "May 25, 2022",
        "Secretary of State Antony J. Blinken spoke yesterday with Kenyan Cabinet Secretary for Foreign Affairs "
        "Raychelle Omamo. They discussed food security.",
    ),
    "blinken_other.txt": (
        "Readout of Secretary Blinken's Call with Nigerian Foreign Minister Onyeama",
        "June 3, 2022",
        "Secretary of State Antony J. Blinken spoke today with Nigerian Foreign Minister Geoffrey Onyeama. They "
        "discussed regional security.",
    ),
    "juma.txt": (
        "Readout of National Security Advisor Jake Sullivan's Meeting with Kenyan National Security Advisor "
        "Monica Juma",
        "October 21, 2022",
        "National Security Advisor Jake Sullivan called Dr. Monica Juma today to congratulate her on her "
        "appointment as Kenya's first-ever National Security Advisor.",
    ),
    "truss_call.txt": (
        "Readout of President Biden's Call with Prime Minister Truss of the United Kingdom",
        "September 6, 2022",
        "President Biden spoke today with Prime Minister Liz Truss of the United Kingdom to offer his congratulations.",
    ),
    "truss_meeting.txt": (
        "Readout of President Biden's Meeting with Prime Minister Truss of the United Kingdom",
        "September 21, 2022",
        "President Biden met today with Prime Minister Liz Truss of the United Kingdom in New York.",
    ),
}


def test_two_people_joined_by_and_are_both_required(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Which readouts mention both Blinken and Raychelle Omamo?")
    assert {c.source for c in ans.citations} == {"omamo_meeting.txt", "omamo_call.txt"}, ans.text
    ans = asst.ask(
        "How many readouts cover Secretary Blinken talking with Kenya's foreign affairs chief Raychelle Omamo, "
        "whether in person or by phone?"
    )
    assert {c.source for c in ans.citations} == {"omamo_meeting.txt", "omamo_call.txt"}, ans.text
    assert ans.text.startswith("2 readouts"), ans.text


def test_a_readout_titled_meeting_fits_whom_he_met(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Who was the Kenyan national security adviser Jake Sullivan met in October 2022?")
    assert not ans.abstained, ans.text
    assert "Monica Juma" in ans.text, ans.text


def test_his_contact_with_her_compared_in_form(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "How did President Biden's contact with UK Prime Minister Liz Truss on 6 September 2022 differ in form from "
        "his contact with her on 21 September 2022?"
    )
    assert {c.source for c in ans.citations} == {"truss_call.txt", "truss_meeting.txt"}, ans.text
    assert "A call:" in ans.text and "In person:" in ans.text, ans.text


def test_both_of_two_things_are_required_when_the_question_says_both():
    from assistant.qa.analyse import analyse
    from assistant.qa.lists import alternatives

    q = "Which readouts mention both the Quad and AUKUS?"
    (alt,) = alternatives(q, analyse(q).parts[0].topic)
    assert {"quad", "aukus"} <= set(alt.required), alt
    # one thing's name with "and" in it, no one the readouts record by that name and no "both": its second half
    # need only be stated enough, as before
    q = "Which meetings or calls touched on the Tokyo Olympic and Paralympic Games?"
    (alt,) = alternatives(q, analyse(q).parts[0].topic)
    assert set(alt.required) == {"tokyo", "olymp"}, alt
    (alt,) = alternatives(q, analyse(q).parts[0].topic, frozenset({"games"}))  # were "Games" someone's surname
    assert {"paralymp", "game"} <= set(alt.required), alt
