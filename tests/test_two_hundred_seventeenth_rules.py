"""Round 69's second rules, from the 215th-216th dev splits (and older): a span of days across a new year that gives
only its last year ("between December 20 and January 5, 2022") starts in the year before; readouts asked by the date
they carry are those published that day, not those of meetings that day; "which organizations were A and B there
for" gives each one's list line; "How did Blinken confer with ..." asks how the meeting was held; a share asked is
answered by one in words ("equal measures")."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.times import time_window
from tests.fakes import meeting_of, written_corpus

_READOUTS = {
    "state_2021-07-16_kerry-meetings-in-moscow.txt": (
        "Special Presidential Envoy for Climate John Kerry Meetings in Moscow, Russia",
        "July 16, 2021",
        "Special Presidential Envoy for Climate John Kerry traveled to Moscow from July 12 to 15, 2021. While in "
        "Moscow, "
        "he met with Russian Foreign Minister Lavrov.",
    ),
    "state_2021-07-16_blinken-meeting-with-chilean-foreign-minister.txt": (
        "Secretary Blinken's Meeting with Chilean Foreign Minister Allamand",
        "July 16, 2021",
        "Secretary of State Antony J. Blinken met today with Chilean Foreign Minister Andres Allamand.",
    ),
    "state_2021-07-20_blinken-call-with-michigan-governor.txt": (
        "Secretary Blinken's Call with Michigan Governor Whitmer",
        "July 20, 2021",
        "Secretary of State Antony J. Blinken spoke on July 16 with Michigan Governor Gretchen Whitmer.",
    ),
    "wh_2021-08-05_meeting-with-aanhpi-leaders.txt": (
        "President and Vice President's Meeting with Asian American, Native Hawaiian, and Pacific Islander Leaders",
        "August 5, 2021",
        "Today, the President and Vice President met with Asian American, Native Hawaiian, and Pacific Islander "
        "leaders.\n\nParticipants included:\n\n- Quyen Dinh, Executive Director, Southeast Asia Resource Action "
        "Center\n- Neil Makhija, Executive Director, Indian American Impact",
    ),
}


def test_a_span_across_a_new_year_starts_the_year_before():
    w = time_window("Which readouts are from between December 20 and January 5, 2022?")
    assert (w.start, w.end) == (datetime.date(2021, 12, 20), datetime.date(2022, 1, 5))
    # both years given, and a span inside one year, as before
    w = time_window("Which readouts are from between December 20, 2021 and January 5, 2022?")
    assert (w.start, w.end) == (datetime.date(2021, 12, 20), datetime.date(2022, 1, 5))
    w = time_window("What did they discuss between February 22 and February 27, 2022?")
    assert (w.start, w.end) == (datetime.date(2022, 2, 22), datetime.date(2022, 2, 27))
    # (not a span of most of a year written backwards)
    w = time_window("between March 5 and February 2, 2022")
    assert w.start != datetime.date(2021, 3, 5)


def test_readouts_of_a_date_are_those_published_that_day(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Which State Department readouts carry the date July 16, 2021?")
    assert {c.source for c in answer.citations} == {
        "state_2021-07-16_kerry-meetings-in-moscow.txt",  # (meetings of July 12-15, told on the 16th)
        "state_2021-07-16_blinken-meeting-with-chilean-foreign-minister.txt",
    }, answer.text  # (not the call of July 16 told on the 20th)


def test_each_of_two_named_people_there_for_an_organization(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "At the President and Vice President's August 5, 2021 session with Asian American, Native Hawaiian and "
        "Pacific Islander leaders, which organizations were Quyen Dinh and Neil Makhija there for?"
    )
    assert "Southeast Asia Resource Action Center" in answer.text, answer.text
    assert "Indian American Impact" in answer.text, answer.text


def test_how_someone_conferred_asks_how_the_meeting_was_held():
    assert answer_type("How did Blinken confer with NATO's secretary general on February 1, 2022?") == "kind"
    assert answer_type("How did Blinken describe the talks?") != "kind"


def test_a_share_asked_is_answered_in_words():
    asked = "In what proportion did they say Israelis and Palestinians should enjoy security?"
    said = "a reality where Israelis and Palestinians alike can enjoy equal measures of security"
    assert has_answer_type(said, "percentage", asked)
    assert not has_answer_type(said, "percentage", "What rate of growth did they expect?")


def test_a_list_keeps_its_date_after_the_examples_it_gives():
    from assistant.qa.text_parts import without_relative_clause

    q = (
        "Which readouts record President Biden talking with another country's president, either by phone or face "
        "to face, on June 28, 2022?"
    )
    assert without_relative_clause(q) == (
        "Which readouts record President Biden talking with another country's president on June 28, 2022?"
    )
    q = "Which readouts mention Nicaragua as a concern, whether its democratic crisis or Ortega's conduct?"
    assert without_relative_clause(q) == "Which readouts mention Nicaragua as a concern?"


def test_readouts_that_report_a_meeting_record_it(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Which readouts report Secretary Blinken personally meeting foreign officials on July 16, 2021?")
    assert not answer.abstained, answer.text
    assert "state_2021-07-16_blinken-meeting-with-chilean-foreign-minister.txt" in {
        c.source for c in answer.citations
    }, answer.text
    assert answer.text.startswith("2 readouts record a meeting with Blinken on July 16, 2021"), answer.text


def test_the_main_subject_of_a_meeting_is_what_it_was_held_for():
    from assistant.qa.meeting_sentence import WHY_MEETING

    assert WHY_MEETING.search("What was the main subject of the phone conversation Biden held on February 18, 2022?")
    assert not WHY_MEETING.search("What was the main subject of the report they discussed?")


def test_the_secretaries_of_state_and_defense_are_who_not_what():
    q = "When the Secretaries of State and Defense visited Kyiv, what kind of heroism did they say they admired?"
    topic = analyse(q).parts[0].topic
    assert not {"secretari", "state", "defens"} & set(topic), topic


# ----------------------------------------------------------------------------- the review's mends

_LISTED = {
    "wh_2021-06-30_biden-wildfire-meeting.txt": (
        "President Biden's Wildfire Preparedness Meeting",
        "June 30, 2021",
        "Today, President Biden convened a meeting with Governors from Western States. The President emphasized the "
        "importance of investments. He highlighted actions. The President also shared how the Administration is "
        "improving. The President announced a grant. The Governors talked about coordination. The members of the "
        "Cabinet discussed their efforts. Secretary Haaland highlighted DOI's wildfire preparedness.\n\nJoining "
        "President Biden in the meeting were the following members of the administration:\n\n- Secretary of the "
        "Interior Deb Haaland\n- Administrator of the Environmental Protection Agency Michael Regan",
    ),
    "wh_2022-09-16_harris-meeting-in-chicago.txt": (
        "Vice President Kamala Harris's Meeting with Health Care Providers and Advocates in Chicago",
        "September 16, 2022",
        "Today, Vice President Kamala Harris convened health care providers and advocates in Chicago. She discussed "
        "reproductive rights. She thanked the participants.\n\nParticipants included:\n\n1. Governor J.B. Pritzker\n"
        "2. Mayor Lightfoot (D-Chicago)\n3. Congressman Danny Davis (D-IL-07)",
    ),
    "state_2022-04-21_blinken-meeting-with-jordan.txt": (
        "Secretary Blinken's Meeting with King Abdullah II of Jordan",
        "April 21, 2022",
        "Secretary Blinken met today with King Abdullah II bin Al-Hussein of Jordan. They discussed regional issues. "
        "The Secretary thanked the King. They reviewed the bilateral relationship. They discussed Syria. They "
        "discussed Iraq. They discussed Lebanon. They discussed Gaza. The two leaders agreed on the following next "
        "steps:\n\n- Secretary of Defense Lloyd Austin will visit Amman\n- Foreign Minister Ayman Safadi will travel",
    ),
}


def test_a_list_of_the_issuers_own_people_is_its_side_and_a_list_of_steps_names_no_one(tmp_path):
    asst = written_corpus(tmp_path, _LISTED)
    fire = meeting_of(asst, "wh_2021-06-30_biden-wildfire-meeting.txt")
    haaland = next(p for p in fire.participants if p.name == "Deb Haaland")
    assert haaland.side == "issuer", fire.participants  # (the members of the administration joining Biden)
    jordan = meeting_of(asst, "state_2022-04-21_blinken-meeting-with-jordan.txt")
    names = {p.name for p in jordan.participants}
    assert "Lloyd Austin" not in names and "Ayman Safadi" not in names, names  # (next steps, not who met)
    assert "Abdullah II bin Al-Hussein" in names or "Abdullah II" in names, names  # (a regnal number is no body)


def test_whether_someone_listed_took_part_quotes_their_line(tmp_path):
    asst = written_corpus(tmp_path, _LISTED)
    answer = asst.ask("Did Congressman Danny Davis attend the Vice President's Chicago meeting on September 16, 2022?")
    assert "Congressman Danny Davis (D-IL-07)" in answer.text, answer.text


def test_a_head_of_state_asked_is_of_the_other_side():
    from assistant.qa.participants import _heads_asked
    from assistant.records import Participant

    people = [
        Participant(name="Joseph R. Biden, Jr.", title="President", country="United States", side="issuer"),
        Participant(name="Ursula von der Leyen", title="President", country="European Union", side="counterpart"),
        Participant(name="Olaf Scholz", title="Chancellor", country="Germany", side="counterpart"),
        Participant(name="Andrzej Duda", title="President", country="Poland", side="counterpart"),
    ]
    got = _heads_asked("Which heads of state or government joined Biden's February 11, 2022 call?", people)
    assert [p.name for p in got] == ["Olaf Scholz", "Andrzej Duda"], got


def test_a_share_in_words_is_a_share_of_something():
    asked = "What share of the aid did Japan cover?"
    assert not has_answer_type("Majority Leader Schumer joined the President for the call.", "percentage", asked)
    assert not has_answer_type("the Quad Leaders Meeting in the first half of 2022", "percentage", asked)
    assert has_answer_type("more than half of all humanitarian funding to the region", "percentage", asked)
