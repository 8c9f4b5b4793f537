""" "When did Biden speak with Niinistö about the F-35?": among several meetings of the same people, the one whose
readout states the topic is the one asked about, and its record gives the day, with the sentence that says it,
even though no sentence holds both the day and the topic. A date the readout looks ahead to is not the meeting's.
A small corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "jets.txt": (
        "Readout of President Biden's Call with President of Finland Sauli Niinistö",
        "December 13, 2021",
        "President Joseph R. Biden, Jr. spoke today with President of Finland Sauli Niinistö. They discussed "
        "Russia's military buildup along Ukraine's border. President Biden welcomed Finland's selection of the F-35 "
        "for its next fighter jet, noting this procurement would strengthen bilateral defense ties.",
    ),
    "nato.txt": (
        "Readout of President Biden's Call with President of Finland Sauli Niinistö",
        "May 13, 2022",
        "President Joseph R. Biden, Jr. spoke today with President of Finland Sauli Niinistö. President Biden "
        "underscored his support for NATO's Open Door policy and for the right of Finland to decide its own "
        "future. The leaders agreed to meet again at the Madrid summit next month.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_the_meeting_whose_readout_states_the_topic_gives_the_day(asst):
    ans = asst.ask(
        "When did Biden speak with Finnish President Niinistö about Finland selecting the F-35 as its next fighter jet?"
    )
    assert not ans.abstained, ans.text
    assert "December 13, 2021" in ans.text and "May 13, 2022" not in ans.text, ans.text
    assert any("spoke today" in c.quote for c in ans.citations), ans.text


def test_a_day_the_readout_looks_ahead_to_is_not_answered_by_the_meetings_day(asst):
    ans = asst.ask("On what date was Finland expected to take delivery of its F-35 fighter jets?")
    assert "December 13, 2021:" not in ans.text, ans.text


def test_where_the_records_give_no_place_a_sentence_may(tmp_path):
    readouts = {
        "sall.txt": (
            "President Biden's Meeting with President Macky Sall of Senegal",
            "June 28, 2022",
            "At the G7 Summit, President Biden met with President Macky Sall of Senegal. The two presidents "
            "discussed food security in Africa.",
        )
    }
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask("Where did Biden meet Senegal's President Macky Sall in June 2022?")
    assert not ans.abstained and "At the G7 Summit" in ans.text, ans.text


WIDODO = {
    "widodo-2021.txt": (
        "President Joseph R. Biden, Jr.'s Meeting with President Joko Widodo of Indonesia",
        "November 1, 2021",
        "President Joseph R. Biden, Jr. today met with President Joko Widodo of Indonesia. The President welcomed "
        "Indonesia's forthcoming G20 Presidency and expressed support for Indonesia's leadership.",
    ),
    "widodo-2022.txt": (
        "President Joe Biden's Meeting with President Joko Widodo of Indonesia",
        "November 14, 2022",
        "President Joe Biden met today with President Joko Widodo of Indonesia in Bali. President Biden congratulated "
        "Indonesia on a successful G20 Presidency. The two leaders also discussed Indonesia's upcoming 2023 "
        "chairmanship of ASEAN.",
    ),
}


def test_when_they_met_and_did_a_thing_is_dated_by_the_meeting_that_states_it_best(tmp_path):
    """'When did Biden meet Widodo and welcome Indonesia's upcoming G20 presidency?': the 2021 meeting, whose readout
    welcomed the 'forthcoming' presidency; not the 2022 one, by its 'upcoming 2023 chairmanship' (a year ahead
    does not date a meeting that has been held)."""
    from assistant.qa.analyse import analyse
    from assistant.qa.fitting import tense_mismatch

    q = "When did Biden meet Indonesian President Joko Widodo and welcome Indonesia's upcoming G20 presidency?"
    part = analyse(q).parts[0]
    assert tense_mismatch(part, "The two leaders also discussed Indonesia's upcoming 2023 chairmanship of ASEAN.")
    assert not tense_mismatch(part, "President Biden met today with President Widodo.")
    ahead = analyse("When will Biden and Widodo meet next?").parts[0]
    assert tense_mismatch(ahead, "They met on Friday in Bali.")
    ans = written_corpus(tmp_path, WIDODO).ask(q)
    assert "November 1, 2021" in ans.text and "November 14, 2022" not in ans.text, ans.text


INDIANA = {
    "indiana.txt": (
        "Vice President Kamala Harris's Meeting with Indiana State Legislators on Reproductive Rights",
        "July 25, 2022",
        "Today, Vice President Kamala Harris convened state legislators in Indianapolis, Indiana to discuss the fight "
        "to protect reproductive rights.\n\nThe Vice President has convened state legislators on reproductive rights:"
        "\n\n- July 8, 2022 at the White House\n- July 18, 2022 in Atlantic City, New Jersey\n- July 21, 2022 in "
        "Charlotte, North Carolina",
    ),
}


def test_a_day_the_readout_tells_of_is_answered_by_that_day_s_line_or_not_at_all(tmp_path):
    """'According to the readout of her July 2022 Indiana meeting, where had she convened state legislators on
    July 21, 2022?': the line of July 21; for a day no line gives (July 30), no other day's line."""
    asst = written_corpus(tmp_path, INDIANA)
    lead = "According to the readout of Harris's July 2022 Indiana meeting, where had she convened state legislators"
    ans = asst.ask(f"{lead} on reproductive rights on July 21, 2022?")
    assert "Charlotte" in ans.text and "Atlantic City" not in ans.text, ans.text
    none = asst.ask(f"{lead} on reproductive rights on July 30, 2022?")
    assert not any(w in none.text for w in ("Charlotte", "Atlantic City", "White House")), none.text


def test_a_day_asked_that_is_the_date_printed_on_a_readout_of_the_day_before_finds_it(tmp_path):
    """'In his April 26, 2022 call with Polish Foreign Minister Rau ...': the readout dated April 26 says he spoke
    'yesterday'; no meeting was on April 26, so the readout printed that day is the one meant."""
    readouts = {
        "rau.txt": (
            "Secretary Blinken's Call with Polish Foreign Minister Rau",
            "April 26, 2022",
            "Secretary of State Antony J. Blinken spoke yesterday with Polish Foreign Minister Zbigniew Rau. Secretary "
            "Blinken expressed his appreciation for Poland's role in facilitating his travel to Ukraine yesterday. "
            "Secretary Blinken and Foreign Minister Rau discussed the Secretary's meetings in Kyiv and our shared "
            "commitment to Ukraine.",
        ),
        "rau-march.txt": (
            "Secretary Blinken's Call with Polish Foreign Minister Rau",
            "March 22, 2022",
            "Secretary of State Antony J. Blinken spoke today with Foreign Minister Zbigniew Rau about refugees.",
        ),
    }
    ans = written_corpus(tmp_path, readouts, real=True).ask(  # the real model: "recent meetings" is in no word
        "In his April 26, 2022 call with Polish Foreign Minister Rau, Blinken discussed his recent meetings in which "
        "city?"
    )
    assert "Kyiv" in ans.text and not ans.abstained, ans.text


def test_a_day_the_readout_tells_of_as_yesterday_is_that_day(tmp_path):
    """'According to the readout of Blinken's April 2022 call with Rau, where did Blinken travel on April 25, 2022?':
    the readout printed April 26 says he travelled 'yesterday'."""
    readouts = {
        "rau.txt": (
            "Secretary Blinken's Call with Polish Foreign Minister Rau",
            "April 26, 2022",
            "Secretary of State Antony J. Blinken spoke yesterday with Polish Foreign Minister Zbigniew Rau. Secretary "
            "Blinken thanked Poland for facilitating his travel to Kyiv, Ukraine yesterday.",
        ),
    }
    ans = written_corpus(tmp_path, readouts).ask(
        "According to the readout of Blinken's April 2022 call with Rau, where did Blinken travel on April 25, 2022?"
    )
    assert "Kyiv" in ans.text and not ans.abstained, ans.text


def test_names_that_title_the_meeting_among_many_are_who_not_what(tmp_path):
    """'When Biden spoke with FEMA and the National Hurricane Center as Hurricane Ida approached in August 2021,
    which city's voluntary evacuation came up?': of Biden's August meetings, the one titled for FEMA and the
    National Hurricane Center; their names say which meeting, and New Orleans is a place wherever it stands."""
    from assistant.qa.answer_types import has_answer_type

    assert has_answer_type("They discussed the voluntary evacuation of New Orleans.", "place")
    assert not has_answer_type("They discussed the voluntary evacuation of the parishes.", "place")
    day = "August {}, 2021"
    readouts = {
        "fema.txt": (
            "President Biden's Conversations with FEMA and National Hurricane Center",
            day.format(28),
            "President Biden spoke today with FEMA Administrator Criswell and the Director of the National Hurricane "
            "Center about Hurricane Ida. They discussed ongoing evacuation efforts of parishes in the storm's path, "
            "as well as the voluntary evacuation of New Orleans.",
        ),
        "governors.txt": (
            "President Biden's Call with Gulf Coast Governors in Advance of Hurricane Ida",
            day.format(27),
            "President Biden convened a call with the Governors of Louisiana, Alabama, and Mississippi about Hurricane "
            "Ida. FEMA is pre-positioning food and water in the region.",
        ),
        "cabinet.txt": (
            "President Biden's Meeting with his Cabinet",
            day.format(20),
            "President Biden met today with his Cabinet about the economy.",
        ),
    }
    ans = written_corpus(tmp_path, readouts, real=True).ask(
        "When Biden spoke with FEMA and the National Hurricane Center as Hurricane Ida approached in August 2021, "
        "which city's voluntary evacuation came up?"
    )
    assert "New Orleans" in ans.text and not ans.abstained, ans.text


def test_the_day_of_something_ahead_is_given_by_a_day_not_a_season():
    from assistant.qa.analyse import analyse
    from assistant.qa.fitting import tense_mismatch

    said = "Today, they met to announce the intent to hold an Economic Dialogue in Washington, D.C. this fall."
    day = analyse("On what date was the Economic Dialogue scheduled to take place?").parts[0]
    assert tense_mismatch(day, said)  # "this fall" is no date, "today" is the day it was said
    assert not tense_mismatch(day, "They will hold the Economic Dialogue on October 3 in Washington.")
    when = analyse("When was the Economic Dialogue scheduled to take place?").parts[0]
    assert not tense_mismatch(when, said)  # "when" takes a season
