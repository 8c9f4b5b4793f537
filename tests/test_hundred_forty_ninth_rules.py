"""Rules of round 60 (from the dev splits of the hundred-and-forty-seventh to the hundred-and-fiftieth sets, asked in
the analyst's own words)."""

import pytest

from assistant.qa import places_given
from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.coverage import missing_terms, names_someone_new
from assistant.qa.earlier_meeting import earlier_meeting
from assistant.qa.fitting import _AT_IT, tense_mismatch
from assistant.qa.sum_for import sum_asked_of, sum_of_something_else
from assistant.qa.times import time_window
from assistant.qa.topics import focus
from tests.fakes import written_corpus
from tests.test_hundred_forty_first_rules import READOUTS as ROUND_59

READOUTS = {
    "orlando.txt": (
        "Vice President Kamala Harris's Meeting with Florida State Legislators on Reproductive Rights",
        "July 14, 2022",
        "Today, Vice President Kamala Harris convened Florida state legislators who are fighting to protect "
        "reproductive rights. The Vice President was joined by Secretary of Health and Human Services Xavier Becerra "
        "for the meeting which took place in Orlando, Florida. During the meeting, the Vice President encouraged the "
        "legislators to continue fighting to protect reproductive rights in Florida.",
    ),
    "kuleba.txt": (
        "Secretary Blinken's Meeting with Ukrainian Foreign Minister Kuleba and Head of the Presidential Office Yermak",
        "August 5, 2021",
        "Secretary of State Antony J. Blinken met today with Ukrainian Foreign Minister Dmytro Kuleba and Head of the "
        "Presidential Office Andriy Yermak. The Secretary and his Ukrainian counterparts discussed opportunities to "
        "deepen cooperation during President Volodymyr Zelenskyy's planned visit to Washington, D.C. on August 30.",
    ),
    "kuleba2.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "April 14, 2022",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to reinforce "
        "the United States' steadfast commitment to Ukraine's sovereignty.",
    ),
    "kuleba3.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "April 30, 2022",
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba to follow up "
        "on their April 24 meeting in Kyiv.",
    ),
    "belarus.txt": ROUND_59["belarus.txt"],
    "qatar.txt": (
        "President Biden's Meeting with Amir Sheikh Tamim Bin Hamad Al Thani of Qatar",
        "July 16, 2022",
        "President Biden met today with Amir Tamim bin Hamad Al Thani of Qatar in Jeddah. The two leaders reaffirmed "
        "their desire to continue working together on regional challenges. The two leaders also discussed Qatar's "
        "preparations to host the 2022 World Cup, and the importance of continuing to implement labor reforms in the "
        "lead up to this seminal event.",
    ),
    "seibert.txt": (
        "Deputy Secretary Sherman's Call with Chief of Staff for the President of the European Commission Seibert",
        "February 14, 2022",
        "Deputy Secretary of State Wendy Sherman spoke today with Bjoern Seibert, Chief of Staff for European "
        "Commission President Ursula von der Leyen, to follow up on their February 11 call. The Deputy Secretary and "
        "Chief of Staff discussed diplomatic efforts to urge Russia to deescalate.",
    ),
    "lebanon.txt": ROUND_59["qatar.txt"],
    "mirzoyan.txt": (
        "Secretary Blinken's Meeting with Armenian Foreign Minister Mirzoyan",
        "May 2, 2022",
        "Secretary of State Antony J. Blinken met today with Armenian Minister of Foreign Affairs Ararat Mirzoyan. "
        "During their meeting, the Secretary and Foreign Minister signed a Nuclear Cooperation Memorandum of "
        "Understanding, paving the way for increased cooperation on civil nuclear matters.",
    ),
    "stoltenberg.txt": (
        "President Biden and Vice President Harris's Meeting with NATO Secretary General Jens Stoltenberg",
        "June 2, 2022",
        "President Joseph R. Biden, Jr. and Vice President Kamala Harris met today with Secretary General Jens "
        "Stoltenberg of the North Atlantic Treaty Organization (NATO) to prepare for the June 29-30 NATO Summit in "
        "Madrid. The leaders discussed the implications of Russia's war on Ukraine for Transatlantic security.",
    ),
    "caucus.txt": (
        "President Joseph R. Biden, Jr. Call with Senate Democratic Caucus",
        "March 2, 2021",
        "The President joined the Senate Democratic Caucus lunch by phone today. The President urged the caucus to "
        "act swiftly to pass the Rescue Plan before unemployment benefits for around 11 million Americans start "
        "expiring on March 14.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_state_the_question_names_is_no_city():
    question = "In which city did Vice President Harris sit down with Florida state lawmakers in mid-July 2022?"
    assert "Florida" not in places_given.without_places_asked("to protect reproductive rights in Florida.", question)
    assert "Orlando" in places_given.without_places_asked("the meeting which took place in Orlando, Florida.", question)
    # a country the question names by its people is still a place to answer with
    asked = "Where was the presidential visit that Sullivan and the South Korean adviser conferred on to take place?"
    assert "ROK" in places_given.without_places_asked(
        "They conferred on details of the President's visit to the ROK.", asked
    )


def test_the_city_is_quoted_not_the_state_asked_of(asst):
    answer = asst.ask(
        "In which city did Vice President Harris sit down with Florida state lawmakers defending abortion access in "
        "mid-July 2022?"
    )
    assert "Orlando" in answer.text, answer.text
    assert "continue fighting" not in answer.text, answer.text  # "in Florida" is the state asked of, no city


def test_a_trip_pencilled_in_is_something_ahead():
    question = (
        "When Blinken met Dmytro Kuleba and Zelenskyy's chief of staff Andriy Yermak in early August 2021, for what "
        "date was the Ukrainian president's trip to the U.S. capital pencilled in?"
    )
    assert about_meeting(question) is False
    assert about_meeting("When did Blinken meet Kuleba in August 2021?") is True


def test_the_day_of_a_planned_visit_is_quoted(asst):
    answer = asst.ask(
        "When Blinken met Dmytro Kuleba and Zelenskyy's chief of staff Andriy Yermak in early August 2021, for what "
        "date was the Ukrainian president's trip to the U.S. capital pencilled in?"
    )
    assert "August 30" in answer.text, answer.text


def test_workers_are_labor_and_a_tournament_a_cup(asst):
    answer = asst.ask(
        "When Biden met Qatar's emir in Jeddah in mid-July 2022, what did they say the Gulf state needed to keep doing "
        "for its workers before the big football tournament?"
    )
    assert "labor reforms" in answer.text, answer.text


def test_a_year_to_be_reached_is_no_meeting_time():
    assert not time_window("Which readouts mention a goal that is supposed to be reached by the year 2035?").text
    assert time_window("Which calls in the year 2022 mentioned Taiwan?").start.year == 2022


def test_the_end_of_a_month_hyphened_is_its_last_days():
    window = time_window("Blinken's end-of-April 2022 phone call with Dmytro Kuleba")
    assert (window.start.day, window.end.day) == (18, 30)
    assert time_window("Blinken's start-of-May 2022 call with Kuleba").end.day == 12


def test_the_follow_up_at_the_end_of_april_is_found(asst):
    answer = asst.ask(
        "Blinken's end-of-April 2022 phone call with Dmytro Kuleba was meant to build on an in-person session the two "
        "had held in Ukraine's capital. On what date had that session taken place?"
    )
    assert "April 24" in answer.text, answer.text


def test_billed_and_last_are_no_topic():
    part = analyse(
        "Sherman's mid-February 2022 call with the European Commission president's chief of staff was billed as a "
        "follow-up. On what date had the two last spoken?"
    ).parts[0]
    assert "bill" not in part.topic and "last" not in part.topic
    assert "bill" in analyse("Which readouts mention the infrastructure bill?").parts[0].topic


def test_the_day_they_last_spoke_is_quoted(asst):
    answer = asst.ask(
        "Sherman's mid-February 2022 call with the European Commission president's chief of staff was billed as a "
        "follow-up. On what date had the two last spoken?"
    )
    assert "February 11" in answer.text, answer.text


def test_who_dropped_in_on_it_is_who_joined(asst):
    history = [
        {"role": "user", "content": "What did Wendy Sherman discuss with Svyatlana Tsikhanouskaya in late April 2022?"},
        {"role": "assistant", "content": "They discussed the regime's crackdown on democratic voices."},
    ]
    answer = asst.ask("Did anyone more senior from the State Department drop in on it?", history=history)
    assert "Blinken" in answer.text, answer.text


def test_a_leading_clause_may_end_at_a_dash():
    question = (
        "When Biden phoned Justin Trudeau in January 2021 - his first call to any head of government abroad as "
        "president - what did the two settle on about when they would next talk?"
    )
    assert focus(question).startswith("what did the two settle")
    assert analyse(question).parts[0].answer_type != "date"
    # a dash inside the question asked is not a lead
    assert focus("When did Biden - then in Rome - call Trudeau?").startswith("When did")


def test_where_the_two_last_met_is_an_earlier_meeting():
    question = (
        "According to the readout of Jake Sullivan's May 2022 phone call with Yang Jiechi, in which city had the two "
        "last met in person?"
    )
    assert about_meeting(question) is False
    assert about_meeting("In which city did Sullivan and Yang meet in March 2022?") is True


def test_a_town_before_a_state_is_no_person():
    question = (
        "On what day did the State Department's commerce envoy, Dilawar Syed, take a delegation to Frederick, "
        "Maryland to hear from local firms about selling overseas?"
    )
    assert analyse(question).people == ("Dilawar Syed",)
    assert "Frederick" in analyse("When did Biden call Frederick, the Danish crown prince?").people


def test_the_value_put_on_a_pledge_is_not_a_sum_of_another_thing(asst):
    question = (
        "What dollar value did Blinken's July 2021 readouts with Qatar's foreign minister put on Qatar's pledge of "
        "help for Lebanon?"
    )
    assert sum_asked_of(question) == "pledge"
    assert sum_of_something_else(READOUTS["lebanon.txt"][2], question)
    answer = asst.ask(question)
    assert answer.abstained and "$100 million" not in answer.text, answer.text


def test_an_office_is_named_by_its_words_together():
    question = (
        "Which senior official dropped in for a portion of the July 7, 2021 State Department talks that Under "
        "Secretary Nuland and Counselor Chollet held with Saudi deputy defense minister Khalid bin Salman?"
    )
    said = "Secretary of State Antony Blinken joined the group for part of the meeting to discuss Yemen."
    assert names_someone_new(said, question)
    assert not names_someone_new(said, "Did the Secretary of State, Blinken, join Nuland's talks?")


def test_to_ink_and_to_concur_are_to_agree():
    assert "agreed" in analyse("What accord did Blinken and Mirzoyan ink?").parts[0].kinds
    assert "agreed" in analyse("What did Biden and Moon concur had to happen in Burma?").parts[0].kinds


def test_what_was_signed_during_the_meeting_is_dated_by_its_readout(asst):
    answer = asst.ask(
        "On what date did Secretary Blinken and Armenia's foreign minister ink an accord on civil nuclear cooperation?"
    )
    assert not answer.abstained and "May 2, 2022" in answer.text, answer.text


def test_what_they_met_to_prepare_for_lies_ahead(asst):
    part = analyse("For which dates was the NATO Summit in Spain scheduled?").parts[0]
    assert not tense_mismatch(part, READOUTS["stoltenberg.txt"][2].split("Madrid.")[0])
    answer = asst.ask(
        "For which dates was the alliance's top-level gathering in Spain scheduled, according to the readout of "
        "Biden and Harris's early-June 2022 meeting with NATO's secretary general?"
    )
    assert "June 29-30" in answer.text, answer.text


def test_jobless_aid_is_unemployment_benefits(asst):
    assert missing_terms("before unemployment benefits for 11 million Americans start expiring", ("jobless",)) == []
    answer = asst.ask(
        "When the president joined his own party's senators at their weekly lunch in early March 2021, by what date "
        "did he warn that jobless aid for about 11 million people would begin to run out?"
    )
    assert "March 14" in answer.text, answer.text


def test_a_capital_asked_of_is_stated_by_its_name():
    said = "They discussed President Zelenskyy's planned visit to Washington, D.C. on August 30."
    assert missing_terms(said, ("capit",)) == []
    assert missing_terms("They discussed his planned visit to Poland.", ("capit",)) == ["capit"]


def test_the_date_a_trip_to_the_capital_was_pencilled_in_for(asst):
    answer = asst.ask(
        "For what date was the Ukrainian president's trip to the American capital pencilled in, according to "
        "Blinken's early-August 2021 session with Kuleba and Yermak?"
    )
    assert "August 30" in answer.text, answer.text


def test_talks_meant_to_build_on_an_earlier_summit_ask_of_that_summit():
    question = (
        "Sullivan's mid-March 2022 talks in Rome with Beijing's top foreign-policy official were meant to build on an "
        "earlier video summit between the two countries' leaders. On what date had that summit taken place?"
    )
    assert earlier_meeting(question) is not None
    assert earlier_meeting("What did the two agree to build on at their March 2022 meeting?") is None


def test_a_stop_the_readout_recaps_is_an_earlier_meeting():
    question = (
        "The readout of Kamala Harris's mid-July 2022 session in Philadelphia on abortion rights recaps her earlier "
        "stops. On what date had she sat down with Florida lawmakers in Orlando?"
    )
    assert about_meeting(question) is False
    assert about_meeting("On what date did she sit down with Florida lawmakers in Orlando?") is True


def test_the_us_side_keeps_a_question_within_the_conversation(asst):
    history = [
        {"role": "user", "content": "What did Wendy Sherman and Svyatlana Tsikhanouskaya discuss in late April 2022?"},
        {"role": "assistant", "content": "They discussed the regime's crackdown on democratic voices."},
    ]
    answer = asst.ask("Did anyone more senior from the U.S. side drop in on it?", history=history)
    assert "Blinken" in answer.text, answer.text


def test_a_body_of_water_is_no_organisation():
    assert analyse("And which body of water around Italy did they flag as a trouble spot?").parts[0].answer_type != (
        "organisation"
    )
    assert analyse("Which body did they ask to investigate?").parts[0].answer_type == "organisation"


def test_which_two_of_a_sides_members_asks_for_people():
    question = (
        "Which two of Biden's cabinet members sat in on his late-March 2022 meeting with Ukraine's foreign and "
        "defense ministers?"
    )
    assert analyse(question).parts[0].answer_type == "person"
    assert analyse("Which of Biden's proposals did they back?").parts[0].answer_type != "person"


def test_review_mends_of_round_60():
    # building on progress is no earlier meeting; the meeting asked is the one held
    assert (
        earlier_meeting(
            "Biden and Kishida met in May 2022 to build on the Quad's progress. On what date was that meeting held?"
        )
        is None
    )
    # ministers who lined up behind a bid met when the question asks
    assert about_meeting("When did Blinken meet the Baltic ministers who lined up behind Ukraine's EU bid?") is True
    # "earlier" in a lead that recaps nothing leaves the meeting asked about
    lead = "Blinken and Kuleba met in April 2022 on atrocities which had come to light days earlier. "
    assert about_meeting(lead + "In which city had they met?") is not False
    # a person before an apposition that starts with a state's name stays a person
    assert "Sung Kim" in analyse("What did Sung Kim, Washington's North Korea envoy, tell Noh?").people
    assert "Darchiashvili" in analyse("What did Blinken discuss with Darchiashvili, Georgia's top diplomat?").people
    # a treaty inked by others is no agreement asked of the meeting's sides
    kinds = analyse("Which security treaty recently inked by Tokyo and Canberra did Biden hail?").parts[0].kinds
    assert "agreed" not in kinds
    # signed during another's visit is not dated by this readout
    part = analyse("When was the U.S.-Japan semiconductor partnership signed?").parts[0]
    assert not _AT_IT.search("They reviewed the partnership signed during the visit of Prime Minister Kishida.")
    # a meeting held ahead of a summit gives no day of the summit
    part = analyse("On what date is the extraordinary NATO Summit scheduled to be held?").parts[0]
    said = "Blinken met on March 24 with Rau in Brussels ahead of the extraordinary NATO Summit."
    assert tense_mismatch(part, said)
    # a state that is also a city is no place the question gives
    asked = "Where will the clean energy summit that Biden discussed with the Washington governor be held?"
    assert "Washington" in places_given.without_places_asked("It is to be held in Washington next month.", asked)
    # dropping sanctions is not joining them, a voting schedule no plan, workers no Secretary of Labor
    assert missing_terms("welcomed Japan's decision to join sanctions on Russia", ("drop",)) == ["drop"]
    assert missing_terms("urged passage of the Rescue Plan", ("schedul",)) == ["schedul"]
    assert missing_terms("the Secretaries of Treasury, Energy, and Labor", ("worker",)) == ["worker"]
    # a figure put on the table is no sum of "the table"
    assert sum_asked_of("What figure did Blinken put on the table for Ukraine's energy grid?") != "table"
    # a long title is named by its words together
    said = "Secretary of Health and Human Services Xavier Becerra joined the meeting."
    assert not names_someone_new(said, "Besides the Secretary of Health and Human Services, who joined?")
