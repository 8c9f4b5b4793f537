"""Round 82's rules from the 267th to the 270th sets' dev splits (what round 81 left):

- "On what date, year included, did the Deputy Secretary's stay in Mongolia's capital come to an end?": the last day
  of the span a sentence gives ("from July 23 to July 25"), with the meeting's year; "... begin?": its first;
- "Which readouts are dated the last day of July 2021?": one day, July 31 ("the first day of March 2022": March 1);
- "who else died in the attack": "was killed in the attack" (die, kill, death);
- "Sullivan reviewed progress since the three had sat down together in Washington. On what date had that joint
  session taken place?" asks of the earlier meeting, as "a follow-up to" one does;
- "On the December 6, 2021 call about Russia's troop buildup near Ukraine, which European countries' leaders were on
  the line": the call's topic says which call, as the rest of the clause does; "who did the leaders agree would keep
  in close contact": "their teams will stay in close touch" (teams, staffs and delegations are people);
- "On what date did Biden phone South Carolina's governor about getting the state ready for Hurricane Ian?": the
  readout whose title names the state ("Call with Governor Henry McMaster of South Carolina"), not the one whose
  title names the hurricane ("Calls with Florida Officials on Hurricane Ian Preparation");
- "In a call readout from the last day of July 2022, ...": the day the readout is dated, which may be the day after
  the call (as "the November 7 readout" was);
- "the President's call with three Gulf-state governors": a capitalised word joined to a lower-case one names no one;
- "whom could the federal disaster agency give temporary shelter and housing to?": "for those who have been
  displaced" (whom a thing is given to, and those displaced or affected, are people at large);
- "..., whatever post he held at the time?": a closing clause that says what counts, no topic.

Review mends (a second reader's inputs, each checked to fail before its mend): a span's year over the New Year, and
"the first day of the NATO Summit" a question dates its meeting by asks no span; the state's readout only when its
title names a governor too ("Florida's governor" after Surfside is not the Hurricane Ian call with Florida's mayors);
"progress since" points back only to a meeting ("since the September relaunch of the Dialogue" does not); "from the
first day of March 2022 to the last day of April 2022" is no single day; a "whatever" clause before the question
leaves it whole.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.dates_written import span_day
from assistant.qa.earlier_meeting import earlier_meeting, pointer
from assistant.qa.filters import Filters
from assistant.qa.select import MeetingIndex, select
from assistant.qa.time_phrases import READOUT_DATED
from assistant.qa.times import time_window
from assistant.records import Meeting, Participant
from assistant.text.synonyms import SYNONYMS_OF

_JULY, _DECEMBER = datetime.date(2021, 7, 23), datetime.date(2021, 12, 30)
_MONGOLIA = "Deputy Secretary Sherman met Speaker Zandanshatar during her visit to Ulaanbaatar from July 23 to July 25."


def test_the_end_of_a_span_asked_is_its_last_day_with_the_meetings_year():
    asked = "On what date, year included, did the Deputy Secretary's 2021 stay in Mongolia's capital come to an end?"
    assert span_day(_MONGOLIA, asked, _JULY) == datetime.date(2021, 7, 25)
    begun = "On which day did Counselor Chollet's round of talks in Kyiv begin?"
    said = "He met the Prime Minister in Kyiv, Ukraine, on July 20-21."
    assert span_day(said, begun, _JULY) == datetime.date(2021, 7, 20)
    over_new_year = span_day("She travelled from December 30 to January 2.", "When did her trip end?", _DECEMBER)
    assert over_new_year == datetime.date(2022, 1, 2)


def test_review_a_span_over_the_new_year_and_a_day_of_another_event():
    said = "She traveled from December 28 to January 2."
    assert span_day(said, "When did her trip begin?", datetime.date(2022, 1, 3)) == datetime.date(2021, 12, 28)
    assert span_day("December 30 - January 2, 2022.", "When did it begin?", _JULY) == datetime.date(2021, 12, 30)
    ahead = "When did Biden speak with Sanchez ahead of the first day of the NATO Summit in Madrid?"
    assert span_day("The NATO Summit will be held in Madrid on June 29-30, 2022.", ahead, _JULY) is None
    assert span_day(_MONGOLIA, "What was the last day of her visit?", _JULY) == datetime.date(2021, 7, 25)


def test_no_span_day_without_a_span_or_an_end_asked():
    assert span_day(_MONGOLIA, "On what date did the Deputy Secretary visit Mongolia?", _JULY) is None
    assert span_day("Prices rose from 5 to 7 percent.", "When did the rise end?", _JULY) is None
    assert span_day("She met the Speaker on July 23.", "When did her stay come to an end?", _JULY) is None
    assert span_day(_MONGOLIA, "To what end did the Deputy Secretary visit Mongolia?", _JULY) is None


def test_the_last_or_first_day_of_a_month_is_one_day():
    last = time_window("Which readouts in the collection are dated the last day of July 2021?")
    assert (last.start, last.end) == (datetime.date(2021, 7, 31), datetime.date(2021, 7, 31))
    first = time_window("On the first day of March 2022, what did Biden tell Zelenskyy?")
    assert (first.start, first.end) == (datetime.date(2022, 3, 1), datetime.date(2022, 3, 1))
    early = time_window("In the first days of March 2022, what did Biden tell Zelenskyy?")
    assert (early.start, early.end) == (datetime.date(2022, 3, 1), datetime.date(2022, 3, 12))


def test_dying_is_being_killed():
    assert "kill" in SYNONYMS_OF["die"] and "die" in SYNONYMS_OF["death"]


def test_progress_since_an_earlier_meeting_points_back_to_it():
    asked = (
        "In his separate December 2022 phone calls with Armenia's and Azerbaijan's top security officials, Sullivan "
        "reviewed progress since the three had sat down together in Washington. On what date had that joint session "
        "taken place?"
    )
    start, end = earlier_meeting(asked)
    assert asked[start:end] == "the three had sat down together in Washington"
    assert pointer(asked) == "that joint session"
    assert earlier_meeting("What progress since February did Sullivan review with Grigoryan in December 2022?") is None


def test_who_took_part_in_a_call_about_a_topic_asks_no_topic():
    asked = (
        "On the December 6, 2021 call about Russia's troop buildup near Ukraine, which European countries' leaders "
        "were on the line with the President?"
    )
    (part,) = analyse(asked).parts
    assert "troop" not in part.topic and "buildup" not in part.topic
    (about,) = analyse(
        "On the December 6, 2021 call about Russia's troop buildup, which countries did they name?"
    ).parts
    assert "troop" in about.topic


def test_their_teams_keep_in_close_touch():
    asked = "Who did the leaders agree would keep in close contact afterwards?"
    said = "They agreed that their teams will stay in close touch, including in consultation with NATO allies."
    assert has_answer_type(said, "person", asked) and "touch" in SYNONYMS_OF["contact"]
    assert not has_answer_type("They agreed that diplomacy is the only way forward.", "person", asked)


def _call(source: str, title: str, day: int, counterpart: str, office: str) -> Meeting:
    d = datetime.date(2022, 9, day)
    people = (
        Participant("Biden", "President", "United States", "issuer"),
        Participant(counterpart, office, "United States", "counterpart"),
    )
    return Meeting(source, title, d, d, None, "call", people, ("United States",))


def test_a_state_named_as_someones_picks_the_readout_whose_title_names_it():
    florida = _call(
        "f.txt",
        "President Biden's Calls with Florida Officials on Hurricane Ian Preparation",
        27,
        "Jane Castor",
        "Mayor",
    )
    carolina = _call(
        "s.txt",
        "President Biden's Call with Governor Henry McMaster of South Carolina",
        30,
        "Henry McMaster",
        "Governor",
    )
    index = MeetingIndex.of([florida, carolina])
    asked = analyse(
        "On what date did Biden phone South Carolina's governor about readying the state for Hurricane Ian?"
    )
    assert select(asked, index, Filters(), lambda w: True).rids == (1,)
    other = analyse("On what date did Biden phone officials about readying Florida for Hurricane Ian?")
    assert select(other, index, Filters(), lambda w: True).rids == (0,)


def test_a_readout_from_a_day_is_dated_that_day():
    assert READOUT_DATED.search("In a call readout from the last day of July 2022, the Secretary thanked Oman.")
    assert READOUT_DATED.search("Which readout from July 31, 2022 tells of a furlough?")
    assert not READOUT_DATED.search("In a call from the last day of July 2022, the Secretary thanked Oman.")
    oman = _call(
        "o.txt", "Secretary Blinken's Call with Omani Foreign Minister Al-Busaidi", 30, "Al-Busaidi", "Minister"
    )
    oman = replace(oman, published=datetime.date(2022, 10, 1))
    yemen = _call("y.txt", "Secretary Blinken's Call with Yemeni President Al-Alimi", 30, "Al-Alimi", "President")
    yemen = replace(yemen, date=datetime.date(2022, 10, 1), published=datetime.date(2022, 10, 1))
    index = MeetingIndex.of([oman, yemen])
    asked = analyse("In a call readout from the first day of October 2022, what did the Secretary thank Oman for?")
    assert set(select(asked, index, Filters(), lambda w: True).rids or ()) == {0, 1}


def test_a_capitalised_word_joined_to_a_lower_case_one_is_no_name():
    asked = "On the President's call with three Gulf-state governors in August 2021, which companies were helping?"
    assert analyse(asked).people == ()
    named = analyse("When did Biden call Liz Sherwood-Randall in August 2021?")
    assert "Liz Sherwood-Randall" in named.people
    assert "Moon Jae-in" in analyse("When did Biden call President Moon Jae-in in 2021?").people


def test_those_displaced_are_whom_shelter_is_given_to():
    asked = (
        "Under the emergency declaration, whom could the federal disaster agency give temporary shelter and housing to?"
    )
    said = "The declaration authorizes FEMA to provide temporary shelter and housing for those who have been displaced."
    assert has_answer_type(said, "person", asked)
    assert not has_answer_type("The declaration authorizes FEMA to remove debris.", "person", asked)


def test_whatever_post_he_held_is_no_topic():
    asked = "Which readouts describe Sherman meeting South Korea's Park Jin, whatever post he held then?"
    (part,) = analyse(asked).parts
    assert "post" not in part.topic and "held" not in part.topic and "hold" not in part.topic


def test_review_a_state_title_picks_only_a_governors_call():
    florida = _call(
        "f.txt", "President Biden's Calls with Florida Officials on Hurricane Ian", 27, "Jane Castor", "Mayor"
    )
    desantis = _call("d.txt", "President Biden's Call with Governor Ron DeSantis", 25, "Ron DeSantis", "Governor")
    index = MeetingIndex.of([florida, desantis])
    asked = analyse("In September 2022, when did President Biden speak with Florida's governor?")
    assert set(select(asked, index, Filters(), lambda w: True).rids or ()) == {0, 1}
    lawmakers = _call(
        "l.txt", "Vice President Harris's Meeting with Florida State Legislators", 14, "Ana Diaz", "Senator"
    )
    index = MeetingIndex.of([florida, lawmakers])
    asked = analyse("In September 2022, in which city did the Vice President sit down with Florida state lawmakers?")
    assert select(asked, index, Filters(), lambda w: True).rids == (1,)


def test_review_progress_since_points_back_only_to_a_meeting():
    relaunch = (
        "President Biden and President Lopez Obrador discussed progress since the September relaunch of the "
        "High-Level Economic Dialogue. On what date did that meeting take place?"
    )
    assert earlier_meeting(relaunch) is None


def test_review_a_range_of_days_is_no_single_day():
    asked = "How many calls did Blinken make from the first day of March 2022 to the last day of April 2022?"
    window = time_window(asked)
    assert window.start == datetime.date(2022, 3, 1) and window.end != datetime.date(2022, 3, 1)


def test_review_a_whatever_clause_before_the_question_leaves_it_whole():
    asked = "On the call with Governor DeSantis, whatever else was said, whom did the President express gratitude for?"
    (part,) = analyse(asked).parts
    assert part.answer_type == "person" and part.kinds == ("thanked",)
