"""Two meetings compared "in form" ("How did the two contacts differ in form?", "differ in format from the one on
18 May") are each told by how they were held; a video call the records keep as a call is held "By video"; an
envoy's portfolio ("the Special Representative for the DPRK") is no side of the meeting; "which exact day" asks a
date and "the full name of" a person. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.asked_type import answer_type
from tests.fakes import written_corpus

READOUTS = {
    "kuleba_meeting.txt": (
        "Readout of Secretary Blinken's Meeting with Ukrainian Foreign Minister Kuleba",
        "August 5, 2021",
        "Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba. The "
        "Secretary emphasized the United States' commitment to Ukraine's sovereignty.",
    ),
    "kuleba_call.txt": (
        "Readout of Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "March 11, 2022",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. They "
        "discussed the costs imposed on Russia.",
    ),
    "transatlantic.txt": (
        "Readout of President Biden's Video Call with Transatlantic Leaders",
        "February 11, 2022",
        "President Joseph R. Biden, Jr. held a secure video call with transatlantic leaders today. The leaders "
        "discussed the build-up of Russian troops on the border of Ukraine.",
    ),
}


def test_two_contacts_compared_in_form_are_each_told_by_how_they_were_held(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Blinken dealt with Ukraine's foreign minister Kuleba on 5 August 2021 and again on 11 March 2022. How did "
        "the two contacts differ in form?"
    )
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"kuleba_meeting.txt", "kuleba_call.txt"}, ans.text
    assert "In person:" in ans.text and "A call:" in ans.text, ans.text
    ans = asst.ask(
        "How did Blinken's engagement with Foreign Minister Kuleba on 5 August 2021 differ in format from the one "
        "on 11 March 2022?"
    )
    assert {c.source for c in ans.citations} == {"kuleba_meeting.txt", "kuleba_call.txt"}, ans.text


def test_a_video_call_kept_as_a_call_was_held_by_video(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "Was President Biden's 11 February 2022 session with transatlantic leaders held in person, or how was it held?"
    )
    assert "By video:" in ans.text and "By phone" not in ans.text, ans.text


def test_an_envoys_portfolio_is_no_side_of_the_meeting():
    q = analyse(
        "After North Korea's February 26, 2022 missile launch, how many counterparts did the U.S. Special "
        "Representative for the DPRK hold calls with?"
    )
    assert "North Korea" not in q.parties, q.parties
    assert "Japan" in analyse("What did the Special Representative for the DPRK discuss with Japan?").parties


def test_the_exact_day_and_the_full_name_are_what_is_asked():
    assert answer_type("And which exact day was that meeting?") == "date"
    assert answer_type("On what precise date did they meet?") == "date"
    q = analyse("What is the full name of the Qatari foreign minister that Blinken phoned on 16 February 2022?")
    assert q.parts[0].answer_type == "person"
    assert "full" not in q.parts[0].topic, q.parts[0].topic


def test_a_sentence_that_sets_the_scene_describes_the_meeting_not_the_topic():
    from assistant.qa.topics import scene_words

    q = analyse(
        "In June 2022 the Deputy Secretary of State sat down with a treaty ally's newly elected president, shortly "
        "before he took office. What did the two sides discuss about the future of their countries' relationship?"
    )
    assert set(q.parts[0].topic) == {"futur", "relationship"}, q.parts[0].topic
    q = analyse(
        "In May 2021 the national security adviser hosted the visiting foreign minister of a Middle Eastern kingdom. "
        "Apart from voicing strong support for that kingdom, what did the two sides say they were committed to?"
    )
    assert not q.parts[0].topic, q.parts[0].topic
    scene = scene_words(
        "When the deputy secretary met the delegation sent by an Asian president-elect in April 2022, what did she "
        "stress about the war in Europe?",
        True,
    )
    assert "asian" in scene, scene
