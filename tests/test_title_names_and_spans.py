"""A name in a readout's title cased as titles are ("... John Kerry Meetings in Moscow", "... Antony Blinken Travel
to Peru") ends before the word for what was done; a span of days ("July 12 to 15, 2021") is a time window. A small
corpus written here, with the hash embedder."""

from __future__ import annotations

import datetime

import pytest

from assistant.corpus.people import mentions
from assistant.qa.dates_named import time_windows
from assistant.qa.times import time_window
from tests.fakes import written_corpus

READOUTS = {
    "kerry-moscow.txt": (
        "Special Presidential Envoy for Climate John Kerry Meetings in Moscow, Russia",
        "July 16, 2021",
        "Special Presidential Envoy for Climate John Kerry traveled to Moscow, Russia, July 12-15, 2021. While in "
        "Moscow, he met with Russian Foreign Minister Lavrov to discuss the climate crisis.",
    ),
    "kerry-putin.txt": (
        "Special Presidential Envoy for Climate John Kerry's Call with Russian President Putin",
        "July 14, 2021",
        "Special Presidential Envoy for Climate John Kerry spoke by phone today with Russian President Vladimir Putin "
        "about the climate crisis.",
    ),
}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Special Presidential Envoy for Climate John Kerry Meetings in Moscow, Russia", "John Kerry"),
        ("Special Presidential Envoy for Climate John Kerry Visit to Moscow", "John Kerry"),
        ("Secretary Antony Blinken Travel to Peru", "Antony Blinken"),
        ("Deputy Secretary Wendy Sherman Call with Foreign Minister Kuleba", "Wendy Sherman"),
    ],
)
def test_a_name_in_a_title_ends_before_the_word_for_what_was_done(title, name):
    assert mentions(title)[0].name == name


def test_an_event_named_in_a_title_is_still_no_one():
    assert mentions("the UN General Assembly Meeting") == []


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Where did John Kerry travel from July 12 to 15, 2021?", (2021, 7, 12), (2021, 7, 15)),
        ("Where was Kerry on July 12-15, 2021?", (2021, 7, 12), (2021, 7, 15)),
        ("Whom did he meet from July 20 to July 26, 2021?", (2021, 7, 20), (2021, 7, 26)),
        ("What did they discuss May 3 through 5, 2022?", (2022, 5, 3), (2022, 5, 5)),
    ],
)
def test_a_span_of_days_is_the_window(question, start, end):
    w = time_window(question)
    assert (w.start, w.end) == (datetime.date(*start), datetime.date(*end)), w


def test_two_days_joined_by_and_stay_two_days_of_a_comparison():
    windows = time_windows("How did their May 12 and May 17, 2021 calls differ?")
    assert [w.start for w in windows] == [datetime.date(2021, 5, 12), datetime.date(2021, 5, 17)]


def test_where_someone_travelled_over_a_span_of_days(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask("Where did climate envoy John Kerry travel from July 12 to 15, 2021?")
    assert not ans.abstained, ans.text
    assert "Moscow" in ans.text and {c.source for c in ans.citations} == {"kerry-moscow.txt"}, ans.text


def test_a_span_of_days_of_what_was_talked_about_is_not_the_meetings():
    assert not time_window("What did Blinken say about the June 28-30, 2022 NATO Summit?").bounded
    w = time_window("What did Biden and Stoltenberg say in their June 2022 call about the June 28-30, 2022 Summit?")
    assert (w.start, w.end) == (datetime.date(2022, 6, 1), datetime.date(2022, 6, 30)), w


def test_the_place_a_later_sentence_gives_todays_meeting_is_recorded(tmp_path):
    from tests.fakes import meeting_of

    asst = written_corpus(
        tmp_path,
        {
            "harris-pa.txt": (
                "Vice President Kamala Harris's Meeting with Pennsylvania State Legislators on Reproductive Rights",
                "July 16, 2022",
                "Today, Vice President Kamala Harris convened more than 30 Pennsylvania state legislators. Today's "
                "meeting in Philadelphia, Pennsylvania follows engagements with health care providers.",
            )
        },
    )
    assert meeting_of(asst, "harris-pa.txt").place == "Philadelphia"


def test_a_place_the_readout_recounts_from_days_earlier_is_not_the_meetings():
    from assistant.qa.analyse import about_meeting

    assert about_meeting("Where had she convened Florida state legislators two days earlier?") is False
    assert about_meeting("Where did Harris meet the state legislators?") is True


def test_the_country_of_the_person_a_title_says_was_met_is_a_side(tmp_path):
    from assistant.qa.titled import title_sides
    from tests.fakes import meeting_of

    asst = written_corpus(
        tmp_path,
        {
            "harris-castro.txt": (
                "Readout of Vice President Kamala Harris's Call with Presumptive Honduran President-Elect Xiomara "
                "Castro",
                "December 11, 2021",
                "Yesterday, Vice President Kamala Harris called and congratulated Xiomara Castro on her victory. They "
                "committed to working together and deepening the partnership between the United States and Honduras.",
            ),
            "blinken-kishida.txt": (
                "Secretary Blinken's Meeting with Japanese Prime Minister Kishida on Ukraine",
                "March 3, 2022",
                "Secretary Blinken met today with Prime Minister Kishida. They discussed support for Ukraine.",
            ),
        },
    )
    assert "Honduras" in title_sides(meeting_of(asst, "harris-castro.txt"))
    assert "Ukraine" not in title_sides(meeting_of(asst, "blinken-kishida.txt"))  # what it was on
    question = "What did Harris and Honduras's president-elect Xiomara Castro commit to on their December 2021 call?"
    ans = asst.ask(question)
    assert not ans.abstained and "working together" in ans.text, ans.text


def test_a_committee_is_no_one(tmp_path):
    from assistant.qa.analyse import analyse
    from tests.fakes import meeting_of

    asst = written_corpus(
        tmp_path,
        {
            "epw.txt": (
                "President Biden, Vice President Harris, and Secretary Buttigieg's Meeting with Senators on "
                "Infrastructure",
                "February 11, 2021",
                "Today, President Biden and Vice President Harris met in the Oval Office with a bipartisan group of "
                "Senators from the Environment and Public Works (EPW) Committee, and Transportation Secretary Pete "
                "Buttigieg joined virtually, to discuss investing in sustainable infrastructure.",
            )
        },
    )
    # (reading "Buttigieg joined virtually" as one person's way in, the meeting in person, was tried and dropped:
    # questions about the mode itself, "Was it held virtually?", then found no meeting)
    assert meeting_of(asst, "epw.txt").kind == "virtual_meeting"
    q = analyse("When Biden, Harris and Buttigieg met Senate Environment and Public Works members, what was said?")
    assert q.people == ("Biden", "Harris", "Buttigieg"), q


def test_a_country_joined_by_a_hyphen_in_a_title_is_no_side(tmp_path):
    from assistant.qa.titled import title_sides
    from tests.fakes import meeting_of

    asst = written_corpus(
        tmp_path,
        {
            "alinejad.txt": (
                "National Security Advisor Jake Sullivan's Call with Iranian-American Human Rights Activist Masih "
                "Alinejad",
                "September 23, 2022",
                "National Security Advisor Jake Sullivan spoke today with Masih Alinejad about the protests.",
            )
        },
    )
    assert "Iran" not in title_sides(meeting_of(asst, "alinejad.txt"))


def test_amir_is_a_title_but_not_inside_a_hyphenated_surname():
    tamim = mentions("Readout of President Joe Biden's Call with Amir Tamim bin Hamad Al Thani of Qatar")[-1]
    assert (tamim.name, tamim.title, tamim.country) == ("Tamim bin Hamad Al Thani", "Amir", "Qatar"), tamim
    fm = mentions("Iranian Foreign Minister Hossein Amir-Abdollahian said")[0]
    assert fm.name == "Hossein Amir-Abdollahian", fm


def test_the_issuers_of_a_joint_readout_are_its_sides(tmp_path):
    from assistant.qa.titled import title_sides
    from tests.fakes import meeting_of

    asst = written_corpus(
        tmp_path,
        {
            "eu.txt": (
                "Joint Readout by the United States and the European Council",
                "March 24, 2022",
                "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States. The "
                "leaders discussed the response to Russia's aggression in Ukraine.",
            )
        },
    )
    assert "European Union" in title_sides(meeting_of(asst, "eu.txt"))
    ans = asst.ask("What did Biden and the European Council discuss in March 2022 about Russia's aggression?")
    assert not ans.abstained, ans.text
