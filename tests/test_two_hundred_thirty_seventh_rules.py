"""Round 73's rules from the 235th and 236th sets' dev splits:

- in a question that dates two meetings, each with its own country ("... when she phoned Ireland's head of government
  in March 2022, and which one when she phoned Israel's head of state in April 2022?"), each date's meeting is with
  the country named nearest it; a country named for one meeting alone, where the other is told by its own "session
  with ..." ("his October 12, 2021 session with G20 leaders ... and his January 20, 2022 session with his science
  advisers"), is that one's; a country named for each ("her March 2022 call with Israel's prime minister and her
  April 2022 call with Israel's president") is each one's, and one named far from every time is no meeting's ("the
  format that joins the United States with Greece, Cyprus and Israel ... his February 1 meeting with Cyprus's
  foreign minister and his April 21 call with Greece's prime minister"); a country named once for both ("his calls
  with Ukraine's foreign minister on March 2 and March 7") is both's;
- a second meeting named after the first ("... and his January 20, 2022 session with ...") makes two meetings, and
  how each was held ("held in person, or did he join remotely?") is from each one's record; two months, when each
  meeting is asked of ("by phone in February 2022 and in person in Seoul in June 2022. How does each readout
  describe ...", "each of those two readouts"), are two meetings; two of one side each meeting someone ("both the
  President and the Secretary of State telephoned members of Israel's new government. Which post did the President
  congratulate Naftali Bennett on, and which did the Secretary congratulate Yair Lapid on?") are two meetings, each
  with its own counterpart;
- synonym groups: blackouts are outages, wishes greetings (and, in records, see
  ``test_title_people``)."""

from __future__ import annotations

import datetime

from assistant.qa.analyse import analyse
from assistant.qa.compare import _own_parties
from assistant.qa.coverage import topic_coverage
from assistant.qa.dates_named import days_of_meetings, time_windows
from tests.fakes import written_corpus

_IRELAND = "wh_2022-03-16_vice-president-harriss-call-with-taoiseach-micheal-martin-of-ireland.txt"
_ISRAEL = "wh_2022-04-14_vice-president-harriss-call-with-president-herzog-of-israel.txt"
_ISRAEL_MARCH = "wh_2022-03-20_vice-president-harriss-call-with-prime-minister-bennett-of-israel.txt"
_BENNETT = "wh_2021-06-13_president-joseph-r-biden-jr-call-with-prime-minister-bennett-of-israel.txt"
_LAPID = "state_2021-06-13_secretary-blinkens-call-with-israeli-alternate-prime-minister-lapid.txt"
_GHANA = "wh_2022-04-20_vice-president-harriss-call-with-president-akufo-addo-of-ghana.txt"
_G20 = "wh_2021-10-12_president-bidens-meeting-with-g20-leaders.txt"
_PCAST = "wh_2022-01-20_president-bidens-meeting-with-the-presidents-council-of-advisors.txt"

_READOUTS = {
    _IRELAND: (
        "Vice President Harris's Call with Taoiseach Micheál Martin of Ireland",
        "March 16, 2022",
        "Vice President Kamala Harris spoke today with Taoiseach Micheál Martin of Ireland and wished him a happy St. "
        "Patrick's Day. The Vice President and the Taoiseach also discussed their support for the Good Friday "
        "Agreement.",
    ),
    _ISRAEL_MARCH: (
        "Vice President Harris's Call with Prime Minister Bennett of Israel",
        "March 20, 2022",
        "Vice President Kamala Harris spoke today with Prime Minister Naftali Bennett of Israel. They discussed "
        "regional security and the talks in Vienna.",
    ),
    _ISRAEL: (
        "Vice President Harris's Call with President Herzog of Israel",
        "April 14, 2022",
        "Vice President Kamala Harris spoke today with President Isaac Herzog of Israel. She extended Passover "
        "greetings to him and the people of Israel.",
    ),
    _BENNETT: (
        "President Joseph R. Biden, Jr. Call with Prime Minister Bennett of Israel",
        "June 13, 2021",
        "President Biden spoke today with Prime Minister Naftali Bennett to offer his warm congratulations on becoming "
        "Prime Minister of the State of Israel. The President conveyed his unwavering commitment to Israel's security.",
    ),
    _LAPID: (
        "Secretary Blinken's Call with Israeli Alternate Prime Minister and Foreign Minister Lapid",
        "June 13, 2021",
        "Secretary of State Antony J. Blinken warmly congratulated Yair Lapid today on his appointment as Alternate "
        "Prime Minister and Foreign Minister. They discussed the importance of maintaining a cessation of hostilities.",
    ),
    _GHANA: (
        "Vice President Harris's Call with President Akufo-Addo of Ghana",
        "April 20, 2022",
        "Vice President Kamala Harris spoke today with President Nana Akufo-Addo of Ghana. They discussed food "
        "security and democracy in West Africa.",
    ),
    _G20: (
        "President Biden's Meeting with G20 Leaders",
        "October 12, 2021",
        "President Biden met virtually with G20 Leaders today to discuss Afghanistan.",
    ),
    _PCAST: (
        "President Biden's Meeting with the President's Council of Advisors on Science and Technology",
        "January 20, 2022",
        "Today, President Joe Biden convened a virtual meeting of the President's Council of Advisors on Science and "
        "Technology to discuss their ongoing work on science and technology priorities.",
    ),
}


def test_each_dated_meeting_is_with_the_country_named_nearest_it(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "Which holiday did the Vice President send seasonal good wishes for when she phoned Ireland's head of "
        "government in March 2022, and which one when she phoned Israel's head of state in April 2022?"
    )
    assert not answer.abstained
    assert "Passover greetings" in answer.text  # the April call is Israel's, not one with Ireland
    assert "No indexed readout records" not in answer.text


def test_a_meeting_told_by_its_own_session_with_someone_is_not_the_first_ones_country(tmp_path):
    asked = (
        "Were the President's October 12, 2021 session with G20 leaders on Afghanistan and his January 20, 2022 "
        "session with his outside science and technology advisers held in person, or did he join remotely?"
    )
    assert days_of_meetings(asked)
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert not answer.abstained
    assert "G20 Leaders" in answer.text and "Council of Advisors" in answer.text
    assert answer.text.count("By video:") == 2
    assert "No indexed readout records" not in answer.text


def test_one_country_named_for_both_dates_is_both_ones(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "What did Vice President Harris discuss in her calls with Israel's leaders on March 20, 2022 and April 14, "
        "2022?"
    )
    assert "Vienna" in answer.text and "Passover" in answer.text


def test_more_synonym_groups():
    assert topic_coverage("the potential for widespread power outages", ("blackout",), lambda t: 1.0) == 1.0
    assert topic_coverage("She extended Passover greetings to him", ("wish",), lambda t: 1.0) == 1.0
    # (review) "legislators" are no law, and another side's proposals no recommendation
    assert topic_coverage("They reaffirmed their commitment to the rule of law", ("legisl",), lambda t: 1.0) == 0.0
    assert (
        topic_coverage("the U.S. written response to Russia's security proposals", ("recommend",), lambda t: 1.0) == 0
    )


def test_a_country_named_for_each_meeting_is_each_ones(tmp_path):
    asked = (
        "How did the Vice President's March 2022 call with Israel's prime minister and her April 2022 call with "
        "Israel's president differ?"
    )
    windows = time_windows(asked)
    assert [_own_parties(analyse(asked), asked, windows, k) for k in (0, 1)] == [("Israel",), ("Israel",)]
    # a country named far from every time names the topic, not a meeting
    far = (
        "The four-way format that joins the United States with Greece, Cyprus and Israel came up in two of the "
        "Secretary's 2022 conversations: his February 1 meeting with Cyprus's foreign minister and his April 21 call "
        "with Greece's prime minister. How was that format framed in each?"
    )
    windows = time_windows(far)
    assert [_own_parties(analyse(far), far, windows, k) for k in (0, 1)] == [("Cyprus",), ("Greece",)]
    answer = written_corpus(tmp_path, _READOUTS).ask(asked)
    assert "Vienna" in answer.text and "Passover" in answer.text
    assert "Ghana" not in answer.text


def test_two_months_are_two_meetings_when_each_is_asked_of():
    asked = (
        "Deputy Secretary Sherman talked with Japan's vice foreign minister by phone in February 2022 and in person "
        "in Seoul in June 2022. How does each readout describe what three-way cooperation is meant to do?"
    )
    assert days_of_meetings(asked)
    assert days_of_meetings(asked.replace("each readout", "both calls"))
    # not when no meeting is asked of each ("between February 2022 and June 2022": a stretch)
    assert not days_of_meetings("What did Sherman's calls in February 2022 and June 2022 stress about Japan?")

    assert days_of_meetings(asked.replace("each readout", "each of those two readouts"))


def test_two_of_one_side_each_meeting_someone_are_two_meetings(tmp_path):
    answer = written_corpus(tmp_path, _READOUTS).ask(
        "On June 13, 2021, both the President and the Secretary of State telephoned members of Israel's newly "
        "sworn-in government. Which post did the President congratulate Naftali Bennett on, and which did the "
        "Secretary congratulate Yair Lapid on?"
    )
    assert not answer.abstained
    assert "Call with Prime Minister Bennett" in answer.text and "Alternate Prime Minister" in answer.text


def test_review_mends_of_dates_and_comparisons():
    """The second reader's defects, each on an input of its own."""
    from assistant.qa.dates_named import day_after_lead
    from assistant.qa.who_when_where import READOUT_ISSUED

    # a day after a dated lead keeps the lead's year from its first day on, and a whole year's
    geneva = day_after_lead("After the opening round of talks in July 2021, where were officials due to go on July 29?")
    assert geneva is not None and geneva.start == datetime.date(2021, 7, 29)
    petro = day_after_lead("After the elections in Colombia in 2022, what did Biden say to Petro on June 21?")
    assert petro is not None and petro.start == datetime.date(2022, 6, 21)
    # a question for the meeting's day, "according to the readout issued by ...", asks no publication day
    assert not READOUT_ISSUED.search(
        "On what date did Sherman meet Biruta, according to the readout issued by the State Department?"
    )
    assert not READOUT_ISSUED.search(
        "The State Department put out its readout on May 4, 2022. On what day did the meeting itself take place?"
    )
    assert READOUT_ISSUED.search("When were the readouts of Blinken's calls with Kuleba published?")
    # a year that dates a thing, not the meetings, dates no day
    days = time_windows(
        "How did the 1998 peace settlement come up in Biden's call with Truss on September 6, 2022 and in their "
        "meeting on September 21?"
    )
    assert [w.start for w in days] == [datetime.date(2022, 9, 6), datetime.date(2022, 9, 21)]
    days = time_windows(
        "In 2022, Blinken spoke with Kuleba on March 2 and March 7. What did each say of Crimea since 2014?"
    )
    assert [w.start for w in days] == [datetime.date(2022, 3, 2), datetime.date(2022, 3, 7)]
    # a topic noun after "and the" is no second meeting
    assert not days_of_meetings(
        "Which minister did Blinken call on May 5, 2022 to discuss the summit a week later and the President's "
        "upcoming trip to Seoul?"
    )
    # a meeting going on ahead of one to come is no past meeting
    assert (
        analyse("Where are Biden and Kishida meeting ahead of the upcoming Quad summit?").parts[0].about_meeting
        is False
    )


def test_review_mend_a_country_named_in_another_sentence_is_the_topic():
    asked = (
        "Blinken spoke with Greece's prime minister on April 21, 2022 and met its foreign minister on May 17, 2022. "
        "How did the energy format with Cyprus and Israel come up in each of those conversations?"
    )
    windows = time_windows(asked)
    assert [_own_parties(analyse(asked), asked, windows, k) for k in (0, 1)] == [("Greece",), ("Greece",)]


def test_review_mend_a_country_that_sets_the_scene_and_times_written_twice():
    scene = (
        "Cambodia's foreign minister was also the bloc's envoy on Burma. In May 2022 he met both Deputy Secretary "
        "Sherman (May 11) and Secretary Blinken (at the U.S.-ASEAN summit). What did each press him to do?"
    )
    windows = time_windows(scene)
    assert all("Cambodia" in _own_parties(analyse(scene), scene, windows, k) for k in range(len(windows)))
    twice = (
        "How did Biden's early-November 2022 phone call with Germany's chancellor and his mid-November 2022 sit-down "
        "with China's president each deal with Moscow?"
    )
    windows = time_windows(twice)
    got = [_own_parties(analyse(twice), twice, windows, k) for k in (0, 1)]
    assert got[0] == ("Germany",) and "China" in got[1] and "Germany" not in got[1]
    early = "Two early-2022 engagements: Blinken's February 28 call and Sherman's April 7 meeting. How many years?"
    assert [w.start for w in time_windows(early)] == [datetime.date(2022, 2, 28), datetime.date(2022, 4, 7)]
