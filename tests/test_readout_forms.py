"""Readouts and questions written in ways the first sets did not use: an office written without its holder's
name, a place written "Washington, D.C.," before the speaker, a country under another of its names, bylines,
the date of an event rather than of the meeting. A small corpus written here, with the hash embedder."""

from __future__ import annotations

import pytest

from assistant.qa.lists import alternatives
from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "biden-kishida-1.txt": (
        "Readout of President Biden's Call with Prime Minister Kishida",
        "July 12, 2021",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Kishida Fumio of Japan about the alliance.",
    ),
    "biden-moon.txt": (
        "Readout of President Biden's Call with President Moon",
        "July 20, 2021",
        "President Biden spoke today with President Moon Jae-in of the Republic of Korea about vaccines.",
    ),
    "harris-giammattei.txt": (
        "Readout of Vice President Harris's Call with President Giammattei",
        "July 22, 2021",
        "Vice President Kamala Harris spoke today with President Alejandro Giammattei of Guatemala about migration.",
    ),
    "harris-lopez.txt": (
        "Readout of Vice President Harris's Call with President Lopez Obrador",
        "July 28, 2021",
        "Vice President Harris spoke today with President Andres Manuel Lopez Obrador of Mexico about the border.",
    ),
    "harris-hernandez.txt": (
        "Readout of Vice President Harris's Meeting with President Hernandez",
        "July 30, 2021",
        "Vice President Harris met today with President Juan Orlando Hernandez of Honduras on corruption.",
    ),
    "biden-merkel.txt": (
        "Readout of President Biden's Meeting with Chancellor Merkel",
        "August 1, 2021",
        "President Biden met today with Chancellor Angela Merkel of Germany to discuss the pipeline.",
    ),
    "leaders.txt": (
        "Readout of the President and Vice President's Meeting with Community Leaders",
        "August 3, 2021",
        "Today, the President and Vice President met with 12 community leaders to discuss rural broadband. "
        "The leaders asked for faster permits for fiber lines in farming counties.",
    ),
    "blinken-kamilov.txt": (
        "Secretary Blinken's Meeting with Uzbekistan Foreign Minister Kamilov",
        "July 1, 2021",
        "Today in Washington, D.C., Secretary of State Antony J. Blinken met with Uzbekistan's Foreign Minister "
        "Abdulaziz Kamilov. The Secretary noted that the two countries mark 30 years of diplomatic relations.",
    ),
    "blinken-kuleba-1.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "February 4, 2022",
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\n"
        "Secretary of State Antony J. Blinken spoke today by phone with Ukrainian Foreign Minister Dmytro Kuleba. "
        "They discussed the military buildup along Ukraine's borders and steps to encourage diplomacy.",
    ),
    "blinken-kuleba-2.txt": (
        "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba",
        "February 25, 2022",
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Ned Price:\n\n"
        "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. "
        "The Secretary condemned the strikes on Kyiv and pledged continued support for Ukraine's defense.",
    ),
    "kim-funakoshi.txt": (
        "Special Representative Kim's Call with Japanese Director General Funakoshi",
        "March 25, 2022",
        "Special Representative Sung Kim spoke today with Director General Funakoshi Takehiro. They condemned the "
        "DPRK's March 24 ICBM launch as a violation of multiple UN Security Council resolutions.",
    ),
    "sherman-cho.txt": (
        "Deputy Secretary Sherman's Call with Vice Foreign Minister Cho",
        "March 24, 2022",
        "Deputy Secretary Wendy Sherman spoke today with Vice Foreign Minister Cho Hyun-dong. They condemned "
        "North Korea's ICBM launch earlier today.",
    ),
    "blinken-hayashi.txt": (
        "Secretary Blinken's Meeting with Foreign Minister Hayashi",
        "January 7, 2022",
        "Secretary Blinken met today with Foreign Minister Hayashi Yoshimasa. They discussed North Korea and "
        "regional security in the Indo-Pacific.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_place_written_with_its_state_is_not_the_speaker(asst):
    people = {p.name for p in meeting_of(asst, "blinken-kamilov.txt").participants}
    assert "Antony J. Blinken" in people and "D.C." not in people


def test_an_office_written_without_a_name_is_held_by_the_name_the_readouts_give_it_then(asst):
    # the meeting is found (the hash embedder of these tests is too coarse to judge its sentences)
    ans = asst.ask("What did Biden and Harris discuss about rural broadband in August 2021?")
    assert "No indexed readout records" not in ans.text
    assert "Meeting with Community Leaders · August 3, 2021" in ans.text
    assert {c.source for c in ans.citations} <= {"leaders.txt"}


def test_a_holder_is_not_guessed_from_too_few_readouts(asst):
    # Merkel's office appears once with a name: no nameless "Chancellor" could be read as her; and a name the
    # readouts never give an office stays unknown
    ans = asst.ask("What did Obama and the community leaders discuss in August 2021?")
    assert "leaders.txt" not in {c.source for c in ans.citations}


def test_a_country_under_another_name_still_counts_for_a_list(asst):
    ans = asst.ask("Which readouts mention North Korea's ICBM launch?")
    assert {c.source for c in ans.citations} == {"kim-funakoshi.txt", "sherman-cho.txt"}  # not "blinken-hayashi"
    assert ans.text.startswith("2 readouts")


def test_the_date_of_an_event_does_not_restrict_the_list_to_meetings_of_that_day(asst):
    ans = asst.ask("Which readouts mention North Korea's March 24, 2022 ICBM launch?")
    assert {c.source for c in ans.citations} == {"kim-funakoshi.txt", "sherman-cho.txt"}


def test_an_owner_before_a_name_is_no_part_of_it():
    (alt,) = alternatives("Which readouts mention North Korea's ICBM launch?", ("north", "korea", "icbm"))
    assert alt.required == ("icbm",) and alt.countries == ("North Korea",)


def test_a_comparison_without_a_topic_quotes_what_each_readout_says_not_its_byline(asst):
    ans = asst.ask(
        "How did the focus of Blinken's February 4, 2022 call with Kuleba differ from his February 25, 2022 call?"
    )
    assert not ans.abstained and not ans.missing, ans.text
    assert {c.source for c in ans.citations} == {"blinken-kuleba-1.txt", "blinken-kuleba-2.txt"}
    quotes = " ".join(c.quote for c in ans.citations)
    assert "attributable" not in quotes and "Office of the" not in quotes
    assert "buildup" in quotes and "condemned the strikes" in quotes
    # the passages an answer carries (what a caller ranks or checks retrieval by) start with the compared readouts
    assert {p.source for p in ans.passages[:2]} == {"blinken-kuleba-1.txt", "blinken-kuleba-2.txt"}


def test_a_byline_answers_nothing_but_who_speaks(asst):
    ans = asst.ask("What did Blinken and Kuleba discuss in their February 4, 2022 call?")
    assert all("attributable" not in c.quote and "Office of the" not in c.quote for c in ans.citations)


def test_a_byline_carries_no_answer_of_any_kind_but_its_speaker():
    from assistant.qa.answer_types import has_answer_type

    for line in ("The following is attributable to Spokesperson Ned Price:", "Office of the Spokesperson"):
        assert not any(has_answer_type(line, t) for t in ("free", "yesno", "date", "amount", "list"))
        assert not has_answer_type(line, "person")  # "Who was that?" of someone the question describes
        asked = "Which spokesperson issued the readout?"
        assert has_answer_type(line, "person", asked) or has_answer_type(line, "organisation", asked)
    assert has_answer_type("The office of the President said the talks were useful.", "free")
