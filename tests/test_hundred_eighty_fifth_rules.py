"""Round 64's rules, from dev splits: a "when" question whose subject is one thing pointed back to ("that
fighting") or whose subject names talks ("the parties to the peace talks renewed ...") asks of something the
readout tells of, not of the meeting itself; a country a sum is for is no side of the meeting; "which specific
air-defense system" asks for a name; "Unmanned Aerial Vehicles" names no one."""

from __future__ import annotations

from assistant.qa.about_meeting import about_meeting
from assistant.qa.analyse import analyse
from assistant.qa.full_names import full_names
from assistant.qa.named_things import NAMED_ASKED
from tests.fakes import written_corpus


def test_fighting_that_happened_is_no_meeting():
    assert about_meeting("In what month had that fighting happened?") is False
    assert about_meeting("In what month had that heavy fighting happened?") is False
    # the meeting, pointed back to by any of its names, still is
    for q in (
        "When did that meeting happen?",
        "When did it happen?",
        "When did the talks happen?",
        "When did that summit happen?",
        "When did that discussion happen?",
        "When did this dialogue happen?",
    ):
        assert about_meeting(q) is True, q


def test_talks_inside_a_phrase_of_the_subject_are_no_meeting_verb():
    q = "On what date had the parties to the four-nation peace talks renewed their pledge to the July 2020 truce?"
    assert about_meeting(q) is None
    assert about_meeting("On what date did the parties to the peace talks renew their pledge?") is None
    # the talks as the subject are the meeting
    assert about_meeting("When were the talks conducted in Doha?") is True
    assert about_meeting("Where were the talks staged in 2022?") is True
    assert about_meeting("When did the two leaders hold talks?") is True
    assert about_meeting("When did the peace talks take place?") is True


def test_a_country_a_sum_is_for_is_no_side_of_the_meeting():
    q = (
        "Through which UN agency was Qatar channelling its $100 million for Yemen, as noted when the Secretary "
        "hosted Qatar's top diplomat on July 22, 2021?"
    )
    assert analyse(q).parties == ("Qatar",), analyse(q).parties
    envoys = analyse("Where did the U.S. and South Korean special envoys for North Korea hold their talks in 2022?")
    assert "North Korea" not in envoys.parties, envoys.parties
    # a side someone speaks or negotiates for is a side
    assert analyse("When did the chief negotiator for Ukraine meet Blinken?").parties == ("Ukraine",)
    assert analyse("Where did the negotiators for Israel and Lebanon meet in 2022?").parties == ("Israel", "Lebanon")


def test_a_specific_system_with_a_hyphen_asks_for_its_name():
    assert NAMED_ASKED.search("Which specific air-defense system or model did Biden promise Ukraine?")
    assert NAMED_ASKED.search("Which specific counter-drone system did the U.S. send?")
    assert NAMED_ASKED.search("Which specific surface-to-air systems did they discuss?")
    assert not NAMED_ASKED.search("Which air-defense topics did they discuss?")


def test_capitalised_words_that_start_a_things_name_name_no_one():
    text = (
        "The two agreed on the threat of Unmanned Aerial Vehicles and Precision Guided Missiles, and thanked "
        "Thomas Davis for his work."
    )
    assert full_names(text) == ["Thomas Davis"]
    assert full_names("They discussed Multiple Launch Rocket Systems and the Build Back Better Act.") == []
    # a meeting word after a name is no thing's name
    title = "Readout of Vice President Kamala Harris Meeting with First Minister Arlene Foster"
    assert full_names(title) == ["Kamala Harris", "Arlene Foster"]


def test_a_meeting_dated_only_last_week_gets_no_exact_day(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "state_2021-07-23_call-with-governor-whitmer.txt": (
                "Secretary Blinken's Call with Michigan Governor Whitmer",
                "July 23, 2021",
                "Secretary of State Antony J. Blinken spoke with Governor Gretchen Whitmer last week about the case "
                "of a journalist detained in Burma. They also discussed the Line 5 pipeline.",
            )
        },
    )
    exact = asst.ask("On exactly which day did Blinken and Governor Whitmer talk about the Line 5 pipeline?")
    assert exact.abstained, exact.text
    assert "last week" in exact.text and "no exact day" in exact.text, exact.text
    rough = asst.ask("When did Blinken speak with Governor Whitmer about the Line 5 pipeline?")
    assert not rough.abstained, rough.text
    assert '"Last week", before the readout\'s date' in rough.text, rough.text
    assert 'about July 16, 2021 ("last week")' in rough.text, rough.text
    issued = asst.ask("What date was the readout of Blinken's call with Governor Whitmer issued?")
    assert "July 23, 2021" in issued.text and "no exact day" not in issued.text, issued.text


def test_last_week_said_beside_the_day_or_of_another_event_is_no_rough_day(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "state_2021-07-23_call-with-foreign-minister-tanaka.txt": (
                "Secretary Blinken's Call with Japanese Foreign Minister Tanaka",
                "July 23, 2021",
                "Secretary of State Antony J. Blinken spoke last week, on July 14, with Japanese Foreign Minister "
                "Taro Tanaka about the Quad.",
            ),
            "state_2021-08-20_call-with-kenyan-foreign-minister-odinga.txt": (
                "Secretary Blinken's Call with Kenyan Foreign Minister Odinga",
                "August 20, 2021",
                "Secretary of State Antony J. Blinken spoke with Kenyan Foreign Minister Amina Odinga. They discussed "
                "the floods that struck Mombasa last week and the coffee harvest.",
            ),
            "state_2021-09-10_call-with-ghanaian-foreign-minister-mensah.txt": (
                "Secretary Blinken's Call with Ghanaian Foreign Minister Mensah",
                "September 10, 2021",
                "Earlier this week, Secretary of State Antony J. Blinken spoke with Ghanaian Foreign Minister Kofi "
                "Mensah about cocoa exports.",
            ),
        },
    )
    for q in (
        "On what day did Blinken speak with Foreign Minister Tanaka?",
        "On what day did Blinken speak with Foreign Minister Odinga?",
    ):
        answer = asst.ask(q)
        assert "no exact day" not in answer.text and '"Last week"' not in answer.text, (q, answer.text)
    week = asst.ask("On what date did Blinken speak with Foreign Minister Mensah?")
    assert week.abstained and 'says only "earlier this week"' in week.text, week.text
