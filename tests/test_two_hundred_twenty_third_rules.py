"""Round 70's rules from the 221st and 222nd sets' dev splits: when in the day a call was ("Blinken's evening call of
August 5") and "by the readout's own account" say no topic; a region of the United States ("Which New England
state") is no one's name; words a question and a readout use for one thing ("a broad agenda": "a wide-ranging
agenda"; "standing in its neighbourhood": "its role in the region"; "brokering": "facilitated"; "in common":
"shared")."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.coverage import topic_coverage
from tests.fakes import written_corpus

_KOREA = "state_2021-08-05_secretary-blinkens-call-with-republic-of-korea-foreign-minister-chung.txt"
_COLOMBIA = "state_2022-06-20_secretary-blinkens-call-with-colombian-president-elect-petro.txt"

_READOUTS = {
    _KOREA: (
        "Secretary Blinken's Call with Republic of Korea Foreign Minister Chung",
        "August 5, 2021",
        "Secretary of State Antony J. Blinken spoke with Republic of Korea (ROK) Foreign Minister Chung Eui-yong the "
        "evening of August 5. They discussed the importance of the U.S.-ROK alliance.",
    ),
    _COLOMBIA: (
        "Secretary Blinken's Call with Colombian President-Elect Petro",
        "June 20, 2022",
        "Secretary of State Antony J. Blinken spoke today with Colombian President-Elect Gustavo Petro to "
        "congratulate him on his election and to reiterate the United States' steadfast commitment to the bilateral "
        "relationship. The Secretary noted U.S. support for full implementation of the 2016 Peace Accord. Secretary "
        "Blinken underscored our countries' shared democratic values and pledged to further strengthen the 200-year "
        "U.S.-Colombia friendship.",
    ),
}


def test_when_in_the_day_and_the_readouts_own_account_say_no_topic(tmp_path):
    q = "Who was the South Korean foreign minister on the line for Blinken's evening call of August 5, 2021?"
    assert "evening" not in analyse(q).parts[0].topic
    q = "Which readouts cover U.S. engagements that, by the readout's own account, took place on April 12, 2022?"
    assert "account" not in analyse(q).parts[0].topic
    assert "evening" in analyse("What did they say about the evening news?").parts[0].topic
    asst = written_corpus(tmp_path, _READOUTS)
    answer = asst.ask(
        "Who was the South Korean foreign minister on the line for Blinken's evening call of August 5, 2021?"
    )
    assert not answer.abstained, answer.text
    assert "Chung Eui-yong" in answer.text, answer.text


def test_a_region_of_the_united_states_is_no_ones_name():
    assert analyse("Which New England state is on the Vice President's tally of states?").people == ()
    assert "Ned Lamont" in analyse("Who joined the Northeastern governors' call with Governor Ned Lamont?").people


def test_words_for_one_thing():
    def idf(term):
        return 1.0

    said = "reinvigorating our bilateral cooperation on an ambitious and wide-ranging agenda"
    assert topic_coverage(said, ("broad",), idf) == 1.0
    assert topic_coverage("Jordan's important role in the region", ("neighbourhood",), idf) == 1.0
    assert topic_coverage("the talks mediated by the EU and the United States", ("broker",), idf) == 1.0
    assert topic_coverage("Ukraine's nuclear facilities", ("broker",), idf) == 0.0
    assert topic_coverage("our countries' shared democratic values", ("common",), idf) == 1.0
    assert topic_coverage("the importance of a quick and peaceful resolution", ("broker",), idf) == 0.0


def test_how_many_the_readout_lists_counts_its_list(tmp_path):
    readouts = {
        "wh_2022-08-11_vice-president-meeting-with-california-state-legislators.txt": (
            "Vice President Kamala Harris's Meeting with California State Legislators and Advocates on Reproductive "
            "Rights",
            "August 11, 2022",
            "Today, Vice President Kamala Harris convened California state legislators, local leaders, and advocates "
            "to discuss the fight to protect reproductive health care. With this convening, the Vice President has "
            "met with state legislators from 18 states.\n\nParticipants\n\n"
            "1. Senate pro Tempore Toni Atkins\n"
            "2. Lieutenant Governor Eleni Kounalakis, California (D)\n"
            "3. Attorney General Rob Bonta\n"
            "4. Gilda Gonzales, CEO, Planned Parenthood NorCal\n"
            "5. Shannon Hovis, Director, NARAL Pro-Choice California",
        ),
        **_READOUTS,
    }
    asst = written_corpus(tmp_path, readouts)
    answer = asst.ask(
        "How many people does the readout list as participants in the Vice President's August 2022 session with "
        "California state lawmakers?"
    )
    assert "5 listed" in answer.text, answer.text
    assert "18" not in answer.text.split("5 listed")[0], answer.text  # (not the states she had met lawmakers from)


def test_preparations_for_a_summit_come_before_its_month():
    import datetime

    q = (
        "In which readouts does the Deputy Secretary of State talk over preparations for the June 2022 NATO leaders' "
        "summit in Spain's capital during an in-person meeting?"
    )
    window = analyse(q).window
    assert window.start <= datetime.date(2022, 5, 9) and window.end == datetime.date(2022, 6, 30)
    # (not another meeting's time: "the day before her December 2022 meeting" is that meeting's month)
    window = analyse("What award had the prime minister received the day before her December 2022 meeting?").window
    assert window.start == datetime.date(2022, 12, 1)
    assert analyse("What did they discuss at the June 2022 NATO summit?").window.start == datetime.date(2022, 6, 1)


def test_a_foreign_interlocutor_and_the_situation_in_a_country_say_who_and_where_not_what():
    q = "In which readouts does Jake Sullivan himself take up health security with a foreign interlocutor?"
    assert "interlocutor" not in analyse(q).parts[0].topic
    q = "Which readouts show Deputy Secretary of State Wendy Sherman taking up the situation in Venezuela?"
    assert analyse(q).parts[0].topic[-1:] == ("venezuela",) and "situat" not in analyse(q).parts[0].topic
    assert "situat" in analyse("What did they say about the humanitarian situation?").parts[0].topic


def test_his_countrys_counterpart_is_a_side():
    q = "In a June 2022 phone call, Blinken discussed trade with his Australian counterpart. Who was that counterpart?"
    query = analyse(q)
    assert query.parties == ("Australia",) and query.topic_parties == ()
    q = "What did Sullivan and his Japanese and South Korean counterparts agree to do about North Korea?"
    assert {"Japan", "South Korea"} <= set(analyse(q).parties)
    # (not a country only spoken of: "his engagement with Russian counterparts", "to engage G20 counterparts")
    assert analyse("When did Blinken brief Kuleba on his engagement with Russian counterparts?").parties == ()
    assert "G20" not in analyse("When did John Kerry travel to Italy to engage G20 counterparts?").parties


def test_who_was_that_counterpart_asks_the_other_side():
    q = (
        "In a June 2022 phone call, Blinken went over his Australian counterpart's recent trips to Indonesia, Fiji, "
        "Samoa and Tonga. Who was that counterpart?"
    )
    assert analyse(q).parts[0].about_meeting is True
    assert analyse("Who was the official whose poisoning Blinken condemned?").parts[0].about_meeting is not True


def test_review_mends():
    from assistant.qa.fitting import answer_type_missing
    from assistant.qa.form import plain_question
    from assistant.qa.roster import HOW_MANY_LISTED, _asked_of_named

    # a timetable or a deadline talked about dates the meeting where it was
    q = "When did Blinken and the Sudanese foreign minister discuss the timetable for a civilian-led government?"
    assert analyse(q).parts[0].about_meeting is not False
    # someone only spoken of is no side
    q = "In his January 2021 call with Putin, Biden raised the poisoning of an opposition leader. Who was that leader?"
    assert analyse(q).parts[0].about_meeting is not True
    # how many of one group a readout lists is not its first list's length
    assert not HOW_MANY_LISTED.search("How many governors does the readout list for the wildfire meeting?")
    assert HOW_MANY_LISTED.search("How many participants does the readout list for the wildfire meeting?")
    # "Tell me the leaders who ...": who, as typed
    assert analyse(plain_question("Tell me the leaders who took part in the meeting.")).parts[0].answer_type == "person"
    # a post given under another name is one: the sentence names someone to a post
    q = "Whom did the President intend to name as special envoy for international labor affairs, per Blinken's call?"
    said = (
        "The President intends to name Kelly Fay Rodriguez as Special Representative for International Labor Affairs."
    )
    assert not answer_type_missing(said, analyse(q).parts[0])
    # a joint meeting of two is not two meetings
    q = "In July 2021 Sherman met two counterparts, Japan's Mori and Korea's Choi, together. What did they discuss?"
    assert not analyse(q).compare
    assert _asked_of_named(
        "Which countries did Prime Minister Mia Mottley and Prime Minister Keith Rowley each represent?"
    )
