"""Round 66's rules, from the dev splits: a past-perfect "when/where had ..." that follows a lead telling of
something earlier ("... built on an earlier bilateral rights dialogue — when had that dialogue been held?") asks
about that earlier thing, not the meeting the lead names; a list asking for meetings by who met whom ("... record a
senior U.S. official talking with a member of the Emirati leadership") lists the meetings its names, dates and kind
select, not the readouts that write "member" and "leadership"; "how often are the consultations held" asks how often
a thing is (its readout may say "Annual"), not a count of readouts; "their Tokyo sit-down" puts the meeting in Tokyo;
"Which member of Kuwait's ruling family did Harris phone" asks whom the call was with; "per the readout of her July
18, 2022 meeting" names the readout by its whole date, so a second date ("her July 8, 2022 gathering") is of
something it tells of."""

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
