"""Round 78's rules from the 253rd and 254th sets' dev splits:

- a day known by name is the meeting's time, never a name the readout must give ("around Bastille Day 2021": three
  days either side of July 14, 2021; "on Independence Day 2021");
- a takeover is a coup, and a strike a bombing;
- "which people did the two leaders promise to help get out safely" is answered by people told as a group ("safe
  passage for foreign nationals and Afghans"), and "who were the departments to team up with" by those worked with
  ("in close coordination with State and local governments");
- "which capital did they urge to halt ..." is answered by a capital that stands for its government ("called upon
  Pyongyang");
- "in what year were the next national elections due" by "in advance of the 2023 national elections";
- "which regional grouping's leaders did they sit down with" asks the body;
- "what did he offer his condolences for" by the meeting's own sentence "... to express his condolences for the
  lives lost", before what else was asked or pledged there;
- "how many customers in Mississippi were still without power" is not answered by a figure told of Louisiana;
- "On February 21, 2022, the day Moscow recognized ..." tells when, not what is asked about;
- "What did Biden and Colorado's governor discuss on December 10, 2021" is not answered by that day's call with
  Germany's chancellor: a readout that never names Colorado says nothing of it."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from assistant.qa.asked_type import answer_type
from assistant.qa.coverage import topic_coverage
from assistant.qa.fitting import answer_type_missing, tense_mismatch
from assistant.qa.places_given import states_of_someone
from assistant.qa.said_of_people import gives_people_said_of
from assistant.qa.topics import scene_words
from tests.fakes import written_corpus

_LE_DRIAN = "state_2021-07-14_secretary-blinkens-meeting-with-french-foreign-minister-le-drian.txt"
_STORMS = "wh_2021-12-11_president-bidens-call-with-governors-of-states-impacted-by-severe-weather.txt"
_SCHOLZ = "wh_2021-12-10_president-bidens-call-with-chancellor-olaf-scholz-of-germany.txt"
_IDA = "wh_2021-08-31_president-bidens-call-with-energy-sector-leaders-on-restoring-power.txt"
_READOUTS = {
    _LE_DRIAN: (
        "Secretary Blinken's Meeting with French Foreign Minister Le Drian",
        "July 14, 2021",
        "Secretary Blinken met today with French Foreign Minister Jean-Yves Le Drian in Washington. They agreed on "
        "the need for joint U.S.-European efforts to stand up to Russian aggression and to address the People's "
        "Republic of China's human rights abuses and coercive trade practices.",
    ),
    _STORMS: (
        "President Biden's Call with Governors of States Impacted by Severe Weather",
        "December 11, 2021",
        "President Biden spoke with Kentucky Governor Andy Beshear and Tennessee Governor Bill Lee to express his "
        "condolences for the lives lost and the damage caused by the tornadoes overnight. The President asked each "
        "Governor what his state needs. The President committed to deliver assistance as quickly as possible.",
    ),
    _SCHOLZ: (
        "President Biden's Call with Chancellor Olaf Scholz of Germany",
        "December 10, 2021",
        "President Biden spoke today with Chancellor Olaf Scholz of Germany. The leaders discussed our work together "
        "on the full range of global challenges, including the threat of climate change.",
    ),
    _IDA: (
        "President Biden's Call with Energy Sector Leaders on Restoring Power",
        "August 31, 2021",
        "President Biden spoke with utility executives about power restoration efforts in Louisiana and "
        "Mississippi, noting that in Louisiana nearly one million customers remain without power. They discussed "
        "the damage to the grid.",
    ),
}


def test_a_day_known_by_name_is_when_they_met(tmp_path):
    asked = (
        "When America's top diplomat sat down with France's foreign minister around Bastille Day 2021, whose human "
        "rights abuses and coercive trade did they want to address?"
    )
    query = analyse(asked)
    assert (query.window.start, query.window.end) == (datetime.date(2021, 7, 11), datetime.date(2021, 7, 17))
    assert not query.topic_people and not query.people
    assert analyse("Whom did Biden call on Independence Day 2021?").topic_people == ()
    assert analyse("What did Biden say about Christmas in 2021?").topic_people == ("Christmas",)  # not its time
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained and "China" in answer.text


def test_a_takeover_is_a_coup_and_a_strike_a_bombing():
    assert topic_coverage("They voiced concern about the military coup in Burma.", ("takeov",), lambda _: 1.0) == 1
    assert topic_coverage("They discussed today's bombing near Babyn Yar.", ("strike",), lambda _: 1.0) == 1


def test_people_asked_for_as_such_and_those_worked_with():
    safe = "They also pledged safe passage for foreign nationals and Afghans and humanitarian assistance."
    assert gives_people_said_of(safe, "Which people did the two leaders promise to help get out safely?")
    assert not gives_people_said_of(safe, "Which official did the two leaders name as envoy?")
    assert not gives_people_said_of("They met today.", "Which people did the two leaders promise to help?")
    planned = "The meeting will focus on how agencies, in close coordination with State and local governments, can act."
    assert gives_people_said_of(planned, "Who were the federal departments supposed to team up with?")
    assert not gives_people_said_of(planned, "Who hosted the meeting?")
    assert not gives_people_said_of("They discussed the storms.", "Who were they supposed to team up with?")


def test_a_capital_asked_may_stand_for_its_government():
    said = "They called upon Pyongyang to immediately cease its unlawful behavior and return to dialogue."
    asked = "Which capital did the envoys urge to halt its reckless conduct and come back to talks?"
    assert answer_type(asked) == "city"
    assert has_answer_type(said, "city", asked)
    assert not has_answer_type(said, "city", "Which city did the envoys meet in?")
    assert not has_answer_type("They called upon Russia to stop.", "city", asked)


def test_a_vote_due_ahead_is_one_to_come():
    part = analyse("In what year were Cambodia's next national elections due, according to Sherman's readout?").parts[0]
    assert not tense_mismatch(part, "She pressed the government in advance of the 2023 national elections.")
    assert tense_mismatch(part, "She recalled the 2018 national elections.")


def test_a_bodys_leaders_asked_ask_the_body():
    assert (
        answer_type("Which regional grouping's leaders did Biden and Harris sit down with at the Summit?")
        == "organisation"
    )
    assert answer_type("Which regional leaders did Biden and Harris sit down with at the Summit?") == "person"


def test_condolences_in_the_meeting_sentence_come_first(tmp_path):
    asked = (
        "After the December 2021 tornadoes, what did the President offer his condolences for when he phoned governors?"
    )
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained
    assert answer.text.index("lives lost") < answer.text.index("asked each Governor")


def test_a_figure_told_of_another_place_does_not_answer(tmp_path):
    said = (
        "President Biden spoke with utility executives about power restoration efforts in Louisiana and "
        "Mississippi, noting that in Louisiana nearly one million customers remain without power."
    )
    mississippi = "How many customers in Mississippi were still without power when Biden spoke with utility executives?"
    louisiana = "How many customers in Louisiana were still without power when Biden spoke with utility executives?"
    assert answer_type_missing(said, analyse(mississippi).parts[0])
    assert not answer_type_missing(said, analyse(louisiana).parts[0])
    answer = written_corpus(tmp_path, _READOUTS).ask(mississippi)
    assert answer.abstained
    # (seen in the seed's integration test: a place the clause names but gives nothing to is no figure's place)
    kenya = (
        "The Deputy Secretary thanked Kenya for its willingness to lead the mission and confirmed that the United "
        "States would provide $200 million in logistical support."
    )
    haiti = analyse("How much will the United States give in logistical support for the Haiti mission?").parts[0]
    assert not answer_type_missing(kenya, haiti)


def test_the_day_something_happened_tells_when():
    asked = (
        "On February 21, 2022, the day Moscow recognized the breakaway republics in eastern Ukraine, which Ukrainian "
        "minister did the Secretary phone?"
    )
    assert {"recogn", "breakaway"} <= scene_words(asked)
    assert not scene_words("On February 21, 2022, which Ukrainian minister did the Secretary phone about sanctions?")


def test_a_state_asked_of_must_be_named(tmp_path):
    asked = (
        "What did President Biden and Colorado's governor discuss about the wildfires on their December 10, 2021 call?"
    )
    assert states_of_someone(asked) == ["Colorado"]
    assert states_of_someone("What did Biden and the governor of New York discuss?") == ["New York"]
    assert states_of_someone("Whom did Blinken meet in New York in September 2021?") == []
    assert states_of_someone("What did Blinken and Washington's allies discuss?") == []
    assistant = written_corpus(tmp_path, _READOUTS)
    assert assistant.ask(asked).abstained
    plain = "What did President Biden and Colorado's governor discuss on their December 10, 2021 call?"
    assert assistant.ask(plain).abstained
    assert not assistant.ask(plain.replace("Colorado's governor", "Chancellor Scholz")).abstained
