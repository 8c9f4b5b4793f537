"""Round 66's rules, from the dev splits: a past-perfect "when/where had ..." that follows a lead telling of
something earlier ("... built on an earlier bilateral rights dialogue — when had that dialogue been held?") asks
about that earlier thing, not the meeting the lead names; a list asking for meetings by who met whom ("... record a
senior U.S. official talking with a member of the Emirati leadership") lists the meetings its names, dates and kind
select, not the readouts that write "member" and "leadership"; "how often are the consultations held" asks how often
a thing is (its readout may say "Annual"), not a count of readouts; "their Tokyo sit-down" puts the meeting in Tokyo;
"Which member of Kuwait's ruling family did Harris phone" asks whom the call was with; "per the readout of her July
18, 2022 meeting" names the readout by its whole date, so a second date ("her July 8, 2022 gathering") is of
something it tells of. From the 199th-200th dev splits: "Israel's head of state" is told apart by the office held
(its President, not its Alternate Prime Minister); "calls that the Secretary of State or the Deputy Secretary of
State held with ..." keeps its long clause of who held them; "Which readouts carry a publication date of April 26,
2022?" lists the meetings of that date."""

from __future__ import annotations

from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.meeting_lists import asks_meetings_by_sides
from tests.fakes import written_corpus


def test_a_past_perfect_question_after_a_lead_telling_of_something_earlier_is_not_the_meeting():
    for q in (
        "When Sherman was in Rabat in March 2022, she and Morocco's foreign minister built on an earlier bilateral "
        "rights dialogue — when had that dialogue been held?",
        "The readout of the August 1 call mentions an earlier conversation in which the Pentagon chief previewed "
        "coming aid. On what day of the week had that conversation happened?",
        "Biden's July 2022 call with Xi came after an earlier talk between the two. On what date had that previous "
        "exchange taken place?",
    ):
        assert about_meeting(q) is False, q
        assert analyse(q).parts[0].about_meeting is False, q
    q = "He backed an agenda the leaders had signed off on earlier. In which month had they done so?"
    assert about_meeting(q) is False
    # no earlier thing told of, nothing pointed back to, or no past perfect: the meeting itself
    lead = "Blinken and Kuleba met in April 2022 on atrocities which had come to light days earlier. "
    assert about_meeting(lead + "In which city had they met?") is not False
    assert about_meeting("When had Blinken and Kuleba met?") is not False
    assert about_meeting("Blinken met Kuleba after an earlier call. When did they meet?") is True
    assert about_meeting("When did Sherman meet Bourita in Rabat?") is True


def test_a_list_of_meetings_by_who_met_whom_lists_the_meetings_selected(tmp_path):
    q = "Which readouts from May 2021 record a senior U.S. official talking with a member of the Emirati leadership?"
    assert asks_meetings_by_sides(q, ("member", "leadership"))
    assert asks_meetings_by_sides("Which readouts have the Secretary talking with either minister?", ("either",))
    assert asks_meetings_by_sides("Which readouts describe a meeting held by one of its officials?", ("one",))
    # a word of a topic, or no meeting with anyone: the readouts that write it
    assert not asks_meetings_by_sides(
        "Which readouts record him talking with a member about trade?", ("member", "trade")
    )
    assert not asks_meetings_by_sides("Which readouts mention a member of the leadership?", ("member", "leadership"))
    assert not asks_meetings_by_sides("Which readouts record him talking with Emirati officials?", ())
    asst = written_corpus(
        tmp_path,
        {
            "state_2021-05-24_call-with-uae-foreign-minister.txt": (
                "Secretary Blinken's Call with UAE Foreign Minister Sheikh Abdullah bin Zayed",
                "May 24, 2021",
                "Secretary of State Antony J. Blinken spoke today with UAE Foreign Minister Sheikh Abdullah bin "
                "Zayed. The Secretary thanked the Foreign Minister for the UAE's support for the ceasefire.",
            ),
            "state_2021-05-12_call-with-jordanian-foreign-minister.txt": (
                "Secretary Blinken's Call with Jordanian Foreign Minister Safadi",
                "May 12, 2021",
                "Secretary of State Antony J. Blinken spoke today with Jordanian Foreign Minister Ayman Safadi. "
                "They discussed regional security.",
            ),
        },
    )
    answer = asst.ask(q)
    assert not answer.abstained, answer.text
    assert {c.source for c in answer.citations} == {"state_2021-05-24_call-with-uae-foreign-minister.txt"}, answer.text


def test_how_often_a_thing_is_held_asks_its_frequency_not_a_count_of_readouts():
    from assistant.qa.asked_type import answer_type

    for q in (
        "How often are the U.S.-Tajikistan bilateral consultations held that Blinken hailed in July 2021?",
        "How often does the dialogue meet?",
        "How often is the summit held, according to the readout?",
    ):
        assert answer_type(q) not in ("count", "list"), q
        assert not analyse(q).count_intent, q
    # how often people met, in the past: a count of meetings
    assert answer_type("How often did Blinken speak with Kuleba in 2022?") == "count"
    assert answer_type("How often had they met before?") == "count"


def test_a_city_before_sit_down_is_where_the_meeting_was():
    from assistant.qa.meeting_place import meeting_place

    q = "At their Tokyo sit-down in May 2022, which regional economic initiative did the two hail?"
    assert meeting_place(q) == "Tokyo"
    assert analyse(q).place == "Tokyo"
    assert meeting_place("What did they agree at their Bali sit-downs?") == "Bali"
    # not a city: no place
    assert meeting_place("What did they say at their first sit-down in May 2022?") is None


def test_which_member_of_a_long_described_group_did_someone_phone_is_whom_the_meeting_was_with():
    q = (
        "Which member of Kuwait's ruling family did Vice President Harris phone in September 2021 to thank for "
        "Kuwait's help in evacuating Americans?"
    )
    assert about_meeting(q) is True
    assert about_meeting("Which two Northern Ireland leaders did Vice President Harris meet with in March 2021?")
    # what someone did that is no meeting: not whom the meeting was with
    assert about_meeting("Which member of Kuwait's ruling family did Harris thank for the evacuation?") is not True


def test_the_readout_named_with_a_full_date_keeps_its_date_and_a_second_date_is_of_what_it_tells():
    from assistant.qa.times import date_beside_source

    q = (
        "Per the readout of her July 18, 2022 meeting in Atlantic City, where had the Vice President hosted her "
        "July 8, 2022 gathering of state lawmakers on abortion rights?"
    )
    assert date_beside_source(q).text == "July 8, 2022"
    query = analyse(q)
    assert query.window.text == "July 18, 2022"
    assert query.parts[0].about_meeting is False
    # the source's own words are no topic ("Biden's June 25, 2021 call with Senator Sinema": not what is asked)
    q = "How many bills did Biden look forward to signing, per the readout of his June 25, 2021 call with Sinema?"
    assert "sinema" not in analyse(q).parts[0].topic
    # one date only, in the source: the meeting's own
    assert date_beside_source("Per the readout of her July 18, 2022 meeting, where did she meet them?").text == ""


def test_a_head_of_state_or_of_government_is_told_apart_by_the_office_held(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "state_2021-05-25_meeting-with-israeli-alternate-prime-minister-gantz.txt": (
                "Secretary Blinken's Meeting with Israeli Alternate Prime Minister Gantz",
                "May 25, 2021",
                "Secretary of State Antony J. Blinken met today in Jerusalem with Israeli Alternate Prime Minister "
                "and Minister of Defense Benjamin Gantz. They discussed security cooperation.",
            ),
            "state_2022-03-27_meeting-with-israeli-president-herzog.txt": (
                "Secretary Blinken's Meeting with Israeli President Herzog",
                "March 27, 2022",
                "Secretary of State Antony J. Blinken met with Israeli President Isaac Herzog today in Jerusalem. "
                "They discussed regional integration.",
            ),
        },
    )
    answer = asst.ask("On what date did Blinken sit down with Israel's head of state in Jerusalem?")
    assert not answer.abstained, answer.text
    assert "March 27, 2022" in answer.text and "May 25, 2021" not in answer.text, answer.text
    answer = asst.ask("On what date did Blinken sit down with Israel's head of government in Jerusalem?")
    assert "March 27, 2022" not in answer.text, answer.text
    # both named: each a meeting of its own, neither left out
    from assistant.qa.titled import counterpart_office

    meetings = asst.meetings()
    both = "How did Blinken's talks with Israel's head of state and with its head of government differ?"
    assert counterpart_office({0, 1}, both, meetings) == {0, 1}
    assert len(counterpart_office({0, 1}, "What did Blinken tell Israel's head of state?", meetings)) == 1


def test_a_long_subject_before_held_keeps_the_clause_of_who_held_the_calls():
    from assistant.qa.text_parts import without_relative_clause

    q = (
        "Which readouts cover phone calls that the Secretary of State or the Deputy Secretary of State held with "
        "foreign counterparts on March 30, 2022?"
    )
    assert without_relative_clause(q) == q
    # a clause describing the thing mentioned still goes
    q = "Which readouts mention the 3+1 format that links the United States with Greece, Cyprus and Israel?"
    assert without_relative_clause(q) == "Which readouts mention the 3+1 format?"


def test_a_list_of_the_readouts_of_a_date_lists_the_meetings_of_that_date():
    from assistant.qa.meeting_lists import asks_readouts_by_date

    assert asks_readouts_by_date("Which readouts carry a publication date of April 26, 2022?", ("carri", "public"))
    assert asks_readouts_by_date("Which readouts are dated May 3, 2022?", ("date",))
    assert not asks_readouts_by_date("Which readouts dated May 3 mention Ukraine?", ("ukrain",))
    assert not asks_readouts_by_date("Which readouts mention the date of the election?", ("date", "elect"))


def test_review_mends_of_round_66():
    from assistant.qa.asked_type import answer_type
    from assistant.qa.meeting_place import meeting_place
    from assistant.qa.times import date_beside_source

    # how often the readouts say a thing: still a count; how often a body meets: its frequency
    for q in (
        "How often do the readouts mention Taiwan?",
        "How often is Taiwan raised in Biden's calls with Xi?",
        "How often does climate change come up in Harris's meetings?",
    ):
        assert answer_type(q) == "count", q
    assert answer_type("How often will the Strategic Dialogue meet?") != "count"
    # the lead's own meeting, pointed back to, is the meeting asked about
    lead = "Blinken and Kuleba met in April 2022 on atrocities which had come to light days earlier. "
    assert about_meeting(lead + "In which city had these talks taken place?") is not False
    assert (
        about_meeting("Blinken met Kuleba in Kyiv earlier this month. Who else had been at that meeting?") is not False
    )
    q = "Biden's July 2022 call with Xi came after an earlier talk. On what date had that previous exchange happened?"
    assert about_meeting(q) is False
    # someone raised or praised during a call is no side of it
    for q in (
        "Which jailed Russian opposition leader did Biden raise during his call with Putin?",
        "Which former prime minister did Biden pay tribute to during the call?",
        "Which senior Saudi official did Blinken commend on the call?",
    ):
        assert about_meeting(q) is not True, q
    # a topic after who met, or calls "in May": the readouts that say it
    q = "Which readouts of Blinken's May 2021 calls with Egyptian officials mention Egypt's leadership?"
    assert not asks_meetings_by_sides(q, ("leadership",))
    q = "Which readouts of Blinken's calls in May 2021 mention the role of senior officials?"
    assert not asks_meetings_by_sides(q, ("role", "senior", "offici"))
    # another event in a capital, a country, Washington: no place of the meeting
    for q in (
        "What did Blinken and Stoltenberg say about next week's Berlin meeting on Libya?",
        "Ahead of the planned Paris meeting, what did Blinken and Le Drian discuss?",
        "When did Blinken and Kuleba discuss the Minsk meetings?",
        "What did they agree at their Mexico meeting?",
        "What did they agree at their Washington sit-down?",
    ):
        assert meeting_place(q) is None, q
    assert meeting_place("What aid did Blinken describe at their Berlin meeting on May 15, 2022?") == "Berlin"
    # a year starting the main clause is no part of the source's date
    q = "According to the readout of Biden's call with Lula, 2023 marks the 200th anniversary of what?"
    assert "anniversari" in analyse(q).parts[0].topic
    # "according to <name>'s <full date> meeting" keeps its date too
    q = "According to Harris's July 18, 2022 meeting with legislators, where had she hosted her July 8, 2022 gathering?"
    assert date_beside_source(q).text == "July 8, 2022"
