"""Round 70's rules, from the dev splits: what a list line gives of people a question names ("which countries did
Prime Minister Mia Mottley and Prime Minister Keith Rowley represent", "what state Senate roles did A and B hold",
"which schools were headed by A and by B", "which state's legislature does she sit in") is each one's line; a
name with a middle initial ("Philip J. Hanlon") is a full name; a question asked of the assistant around its own
words ("Could you tell me who ...", "Remind me of the name of ...") asks what it wraps."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.form import plain_question
from assistant.qa.full_names import full_names
from tests.fakes import meeting_of, written_corpus

_CARIBBEAN = "wh_2022-04-29_vice-president-meeting-with-caribbean-leaders.txt"
_CAMPUS = "wh_2022-08-08_vice-president-meeting-with-higher-education-leaders.txt"
_TURKEY = "state_2022-02-08_secretary-blinkens-call-with-turkish-foreign-minister.txt"

_READOUTS = {
    _CARIBBEAN: (
        "Vice President Harris's Meeting with Caribbean Leaders",
        "April 29, 2022",
        "Vice President Kamala Harris met virtually today with leaders representing Caribbean nations to advance "
        "cooperation on economic recovery, the climate crisis, and security.\n\n"
        "The Vice President proposed an annual meeting of this group.\n\n"
        "The Leaders that participated:\n\n"
        "- Prime Minister Gaston Browne of Antigua and Barbuda\n"
        "- Prime Minister Mia Mottley of Barbados\n"
        "- Prime Minister Roosevelt Skerrit of Dominica\n"
        "- Prime Minister Phillip Pierre of Saint Lucia\n"
        "- Prime Minister Dr. Keith Rowley of Trinidad and Tobago",
    ),
    _CAMPUS: (
        "Vice President Kamala Harris's Meeting with Higher Education Leaders on Reproductive Rights",
        "August 8, 2022",
        "Today, Vice President Kamala Harris convened college and university presidents to discuss the impact of "
        "abortion bans on students.\n\nParticipants:\n\n"
        "1. Wallace D. Loh, Former President, University of Maryland\n"
        "2. Philip J. Hanlon, President, Dartmouth College\n"
        "3. Carmen Twillie Ambar, President, Oberlin College\n"
        "4. Sen. Katie Muth, Senate Democrats Chair of the Policy Committee\n"
        "5. Sen. Maria Collett, Senate Democrats Caucus Secretary",
    ),
    _TURKEY: (
        "Secretary Blinken's Call with Turkish Foreign Minister Cavusoglu",
        "February 8, 2022",
        "Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Mevlut Cavusoglu. They "
        "discussed Turkey-Armenia normalization and the steps the United States could take to support it.",
    ),
}


def test_each_named_participant_gets_their_list_line(tmp_path):
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "At the Vice President's April 2022 virtual meeting with Caribbean leaders, which countries did Prime "
        "Minister Mia Mottley and Prime Minister Keith Rowley represent?"
    )
    assert "Barbados" in answer.text and "Trinidad and Tobago" in answer.text, answer.text
    answer = asst.ask(
        "On the Vice President's April 29, 2022 virtual meeting with Caribbean leaders, which countries were led by "
        "participants Roosevelt Skerrit and Phillip Pierre?"
    )
    assert "Dominica" in answer.text and "Saint Lucia" in answer.text, answer.text
    answer = asst.ask(
        "Which schools were headed by Philip J. Hanlon and by Carmen Twillie Ambar at the Vice President's August "
        "2022 roundtable on reproductive rights?"
    )
    assert "Dartmouth College" in answer.text and "Oberlin College" in answer.text, answer.text
    answer = asst.ask(
        "At the Vice President's August 2022 roundtable on reproductive rights, what state Senate roles did Katie "
        "Muth and Maria Collett hold?"
    )
    assert "Policy Committee" in answer.text and "Caucus Secretary" in answer.text, answer.text


def test_a_middle_initial_is_part_of_a_full_name():
    assert "Philip J. Hanlon" in full_names("Which school was headed by Philip J. Hanlon at the roundtable?")
    assert full_names("spoke with President Joseph R. Biden about it") == []  # (a title, not a first name)


def test_a_question_asked_of_the_assistant_is_what_it_wraps(tmp_path):
    assert plain_question("Could you tell me who the Turkish minister on that call was?").startswith("Who ")
    assert plain_question("Can you remind me when Blinken met Kuleba?") == "When Blinken met Kuleba?"
    assert plain_question("Do you know where Blinken met Kuleba?") == "Where Blinken met Kuleba?"
    assert analyse(plain_question("Could you tell me who the Turkish minister was?")).parts[0].answer_type == "person"
    # whether: a yes or no, kept as typed
    assert plain_question("Can you tell me if Blinken met Kuleba?") == "Can you tell me if Blinken met Kuleba?"
    assert plain_question("Tell me about the call between Blinken and Kuleba.").startswith("Tell me about")
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask("Remind me of the name of the Turkish minister on Blinken's February 8, 2022 call?")
    assert not answer.abstained, answer.text
    assert "Cavusoglu" in answer.text, answer.text


def test_what_job_the_readout_gives_someone_is_their_line():
    from assistant.qa.roster import _asked_of_named

    q = (
        "Alongside Ukraine's foreign minister, Andriy Yermak also sat in on Blinken's August 5, 2021 meeting. What "
        "job did the readout give him?"
    )
    assert _asked_of_named(q)
    assert "Alongside" not in analyse(q).people  # (a preposition opening the question, no one's name)
    assert analyse(q).people == ("Andriy Yermak",)


def test_the_white_house_national_security_adviser_is_the_issuers():
    q = "Which readouts cover meetings that the White House national security adviser held in November 2022?"
    query = analyse(q)
    assert query.principal == "national security adviser"
    assert "white" not in query.parts[0].topic and "hous" not in query.parts[0].topic
    assert analyse("What did they say about the White House?").parts[0].topic == ("white", "hous")


def test_a_rough_count_of_refugees_is_no_count_of_troops():
    from assistant.qa.counted import counts_something_else

    asked = "How many U.S. troops did Vice President Harris say would be permanently based in Poznan?"
    said = "The Vice President recognized Poland's generosity in hosting millions of Ukrainian refugees."
    assert counts_something_else(said, asked)
    assert counts_something_else("They discussed the 4,000 refugees in Poland.", asked)
    assert not counts_something_else("They discussed tens of thousands of troops in Poland.", asked)
    assert not counts_something_else(said, "How many refugees did Poland take in?")
    assert not counts_something_else("Over 4,000 Afghans were evacuated.", "How many evacuees did the airlift carry?")


def test_spoke_to_before_a_verb_is_no_meeting_with(tmp_path):
    readouts = {
        "wh_2021-08-20_president-bidens-call-with-amir-of-qatar.txt": (
            "President Joe Biden's Call with Amir Tamim bin Hamad Al Thani of Qatar",
            "August 20, 2021",
            "President Joe Biden and Amir Tamim bin Hamad Al Thani of Qatar spoke to reaffirm the longstanding "
            "friendship between the United States and Qatar. The President expressed appreciation for Qatar's "
            "support for the evacuation from Afghanistan of U.S. citizens and vulnerable Afghan nationals.",
        )
    }
    asst = written_corpus(tmp_path, readouts)
    sides = {p.name: p.side for p in meeting_of(asst, next(iter(readouts))).participants}
    assert sides.get("Tamim bin Hamad Al Thani") == "counterpart", sides


def test_meetings_told_one_by_one_are_compared():
    q = (
        "In February 2022 Blinken had two phone calls: one with France's foreign minister about the eastern flank, "
        "and one thanking Qatar's foreign minister for help with Afghanistan. On what dates did the two calls take "
        "place, and which came first?"
    )
    assert analyse(q).compare
    q = (
        "The Secretary of State phoned two newly installed South American figures in 2022: Chile's foreign minister "
        "in early May and Colombia's president-elect on June 20. What was each of them being congratulated on?"
    )
    assert analyse(q).compare
    assert not analyse("What did Blinken and France's foreign minister discuss on their two calls?").compare


def test_late_and_early_in_a_season_reach_past_it():
    import datetime

    late = analyse("Whom did Biden phone in late summer 2021 about the airlift?").window
    assert late.start <= datetime.date(2021, 8, 21) and late.end >= datetime.date(2021, 9, 1)
    assert late.start > datetime.date(2021, 6, 30)  # (its last weeks only)
    whole = analyse("Whom did Biden phone in summer 2021 about the airlift?").window
    assert (whole.start, whole.end) == (datetime.date(2021, 6, 1), datetime.date(2021, 8, 31))


def test_someone_to_be_named_to_a_post_is_answered_by_that_post():
    from assistant.qa.fitting import answer_type_missing

    q = (
        "Whom did the President intend to name as the State Department's special envoy for international labor "
        "issues, according to Blinken's July 9, 2021 session with the AFL-CIO leadership?"
    )
    part = analyse(q).parts[0]
    said = "Secretary of State Antony J. Blinken met this afternoon with the AFL-CIO Executive Council, including "
    assert answer_type_missing(said + "AFL-CIO President Richard L. Trumka.", part)
    named = "The President intends to name Kelly Fay Rodriguez as Special Representative for International Labor "
    assert not answer_type_missing(
        named + "Affairs.", analyse(q.replace("special envoy", "special representative")).parts[0]
    )


def test_a_target_date_or_a_deadline_asks_a_date():
    for q in (
        "What target date did the Deputy Secretary and the foreign minister set for wrapping up the talks?",
        "What target date did they agree for the negotiations?",
    ):
        assert analyse(q).parts[0].answer_type == "date", q
    assert analyse("What day-to-day work did they discuss?").parts[0].answer_type != "date"


def test_share_as_a_verb_asks_no_percentage():
    assert analyse("At the roundtable, what did participants share stories about?").parts[0].answer_type != "percentage"
    assert analyse("What share of the aid went to Ukraine?").parts[0].answer_type == "percentage"


def test_a_north_american_head_of_government_is_canadas_or_mexicos(tmp_path):
    readouts = {
        "wh_2022-02-18_president-bidens-call-with-transatlantic-leaders.txt": (
            "President Biden's Call with Transatlantic Leaders",
            "February 18, 2022",
            "President Biden convened a call today with transatlantic leaders to discuss Russia's continued military "
            "build-up. Participants in the call included Prime Minister Justin Trudeau of Canada, President Emmanuel "
            "Macron of France, Chancellor Olaf Scholz of Germany, and Prime Minister Boris Johnson of the United "
            "Kingdom.",
        )
    }
    asst = written_corpus(tmp_path, readouts)
    answer = asst.ask(
        "Which North American head of government besides Biden took part in the February 18, 2022 call of "
        "transatlantic leaders?"
    )
    assert not answer.abstained, answer.text
    assert "Trudeau" in answer.text, answer.text
