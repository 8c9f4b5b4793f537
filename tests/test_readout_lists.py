"""Readouts that name who took part in other ways than the opening sentence (a list under a heading at the
end, "She was joined by ..."), that date the meeting after naming an earlier one, and that join a name's
particle with a hyphen ("al-Busaidi"); and questions that name a body with a year ("the NATO 2030
initiative"), a side's "line on" a country, or several calls at once. A small corpus written here, with the
hash embedder."""

from __future__ import annotations

import datetime

import pytest

from tests.fakes import meeting_of, written_corpus

READOUTS = {
    "harris-boston.txt": (
        "Readout of Vice President Harris's Meeting with Governor Baker and State Legislators on Health Care",
        "August 4, 2022",
        "Today Vice President Kamala Harris convened state legislators and advocates in Boston to discuss "
        "health care. She was joined by Governor Charlie Baker (R-MA).\n\n"
        "The participants shared the steps their state has taken.\n\n"
        "Meeting Speakers\n\n"
        "1. Governor Charlie Baker (R-MA)\n"
        "2. State Representative Kate Hogan (D-MA)\n"
        "3. Rebecca Holder, Executive Director, Reproductive Equity Now",
    ),
    "biden-groups.txt": (
        "Readout of President Biden's Meeting with Leaders of Civil Rights Organizations",
        "July 8, 2021",
        "President Biden met today with leaders of civil rights organizations to discuss voting rights. "
        "They discussed the state of voting laws.\n\n"
        "Participants\n\n"
        "- Marc Morial, President and CEO of the National Urban League\n"
        "- Gilda Gonzales, CEO, Planned Parenthood NorCal\n"
        "- Derrick Johnson, President and CEO of the NAACP",
    ),
    "house-members.txt": (
        "Readout of the President's Meeting with House Members",
        "October 5, 2021",
        "Following yesterday's virtual meeting with progressive members of the House, this morning the President "
        "met virtually with 11 additional House members about the infrastructure bill.",
    ),
    "blinken-busaidi.txt": (
        "Secretary Blinken's Call with Omani Foreign Minister Al-Busaidi",
        "April 28, 2022",
        "Secretary of State Antony J. Blinken spoke yesterday with Omani Foreign Minister Sayyid Badr "
        "al-Busaidi. The Secretary encouraged further efforts to strengthen the truce in Yemen.",
    ),
    "blinken-busaidi-2021.txt": (
        "Secretary Blinken's Call with Omani Foreign Minister Al Busaidi",
        "June 4, 2021",
        "Secretary of State Antony J. Blinken spoke today with Omani Foreign Minister Sayyid Badr Al Busaidi. "
        "They noted the importance of an immediate ceasefire in Yemen. They also discussed Gaza.",
    ),
    "blinken-korcok.txt": (
        "Secretary Blinken's Call with Slovak Foreign Minister Korcok",
        "March 3, 2022",
        "Secretary of State Antony J. Blinken spoke today with Slovak Foreign Minister Ivan Korcok. "
        "Secretary Blinken thanked Foreign Minister Korcok for Slovakia's protection of refugees.",
    ),
    "blinken-lipavsky.txt": (
        "Secretary Blinken's Call with Czech Foreign Minister Lipavsky",
        "March 9, 2022",
        "Secretary of State Antony J. Blinken spoke today with Czech Foreign Minister Jan Lipavsky. "
        "The Secretary thanked Foreign Minister Lipavsky for the Czech Republic's military assistance to Ukraine.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


def test_a_list_of_speakers_under_a_heading_and_a_joined_by_sentence_name_participants(asst):
    people = {p.name: p.title for p in meeting_of(asst, "harris-boston.txt").participants}
    assert "Charlie Baker" in people and "Kate Hogan" in people
    assert people.get("Rebecca Holder") == "Executive Director, Reproductive Equity Now"  # name, then title


def test_list_lines_give_one_person_each_with_the_body_in_the_title(asst):
    people = {p.name: p.title for p in meeting_of(asst, "biden-groups.txt").participants}
    assert people.get("Gilda Gonzales") == "CEO, Planned Parenthood NorCal"
    assert "National Urban League" in (people.get("Marc Morial") or "") or "Marc Morial" in people
    assert not any(name and "NorCal" in name for name in people)


def test_which_office_or_body_picks_the_participant_it_describes(asst):
    ans = asst.ask("Which governor joined Kamala Harris at her August 2022 Boston meeting?")
    assert not ans.abstained, ans.text
    assert "Charlie Baker" in ans.text and "Kate Hogan" not in ans.text
    ans = asst.ask("Which National Urban League leader attended Biden's July 2021 meeting with civil rights groups?")
    assert not ans.abstained, ans.text
    assert "Marc Morial" in ans.text and "Derrick Johnson" not in ans.text
    assert any("National Urban League" in c.quote for c in ans.citations)


def test_the_meeting_is_dated_by_its_own_words_not_by_the_earlier_one_it_follows(asst):
    assert meeting_of(asst, "house-members.txt").date == datetime.date(2021, 10, 5)


def test_a_particle_joined_by_a_hyphen_stays_in_the_name_and_either_spelling_finds_it(asst):
    names = {p.name for p in meeting_of(asst, "blinken-busaidi.txt").participants}
    assert "Sayyid Badr al-Busaidi" in names
    for who in ("al-Busaidi", "Al-Busaidi", "Busaidi"):
        ans = asst.ask(f"When did Blinken talk to {who} about the Yemen truce in April 2022?")
        assert not ans.abstained, ans.text
        assert "April 27, 2022" in ans.text


def test_a_line_on_a_country_is_the_topic_of_a_comparison_not_a_side():
    from assistant.qa.analyse import analyse

    q = analyse("How did Blinken's line on Yemen differ between his June 2021 and April 2022 calls with Oman's FM?")
    assert "Yemen" not in q.parties and "Oman" in q.parties
    assert "yemen" in q.parts[0].topic and "line" not in q.parts[0].topic


def test_calls_with_two_countries_are_one_call_with_each(asst):
    question = "In his March 2022 calls with the Slovak and Czech foreign ministers, what did Blinken thank each for?"
    ans = asst.ask(question)
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == {"blinken-korcok.txt", "blinken-lipavsky.txt"}
    # one call with both is still asked as one: no readout records a single call with both
    ans = asst.ask("What did Blinken say in his March 2022 call with the Slovak and Czech foreign ministers?")
    assert ans.abstained, ans.text


def test_a_year_after_a_name_is_part_of_the_name_not_the_time():
    from assistant.qa.times import time_window

    assert not time_window("Which readouts mention the NATO 2030 initiative?").bounded
    assert not time_window("Did Agenda 2030 come up?").bounded
    assert time_window("Which readouts mention Agenda 2030 in 2022?").text == "2022"
    for question in ("In 2021, what did Biden say?", "What did Biden's 2021 call cover?", "What did they say in 2021?"):
        assert time_window(question).text == "2021", question


def test_and_what_did_they_agree_on_is_a_question_about_the_same_meeting_not_a_topic():
    from assistant.qa.followup import condense_rule_based

    history = [{"role": "user", "content": "Which leaders joined Biden's video call on February 11, 2022?"}]
    rewritten = condense_rule_based("And what did they agree on?", history)
    assert rewritten.startswith("And what did they agree on") and "February 11, 2022" in rewritten
    assert condense_rule_based("And on Ukraine?", history).endswith("on Ukraine?")


def test_two_verbs_joined_by_or_are_one_thing_asked_about():
    from assistant.qa.analyse import analyse
    from assistant.qa.lists import alternatives

    question = "Which readouts talk about ending or preventing a cycle of violence?"
    alts = alternatives(question, analyse(question).parts[0].topic)
    assert len(alts) == 1 and {"cycl", "violenc"} <= set(alts[0].required + alts[0].optional), alts
    # the verbs are dropped: a readout may say "end" or "stop" instead
    stop = "Which readouts mention stopping or preventing the cycle of violence?"
    (alt,) = alternatives(stop, analyse(stop).parts[0].topic)
    assert not {"stop", "prevent"} & set(alt.required + alt.optional), alt


def test_words_a_list_question_quotes_are_found_as_written(tmp_path):
    readouts = {
        "prices.txt": (
            "Secretary Blinken's Call with German Foreign Minister Baerbock",
            "March 1, 2022",
            "Secretary Blinken spoke with Foreign Minister Baerbock. They discussed rising energy prices in Europe.",
        ),
        "energy.txt": (
            "Secretary Blinken's Call with Norwegian Foreign Minister Huitfeldt",
            "March 2, 2022",
            "Secretary Blinken spoke with Foreign Minister Huitfeldt. They discussed energy security and the prices "
            "of food.",
        ),
    }
    asst = written_corpus(tmp_path, readouts)
    ans = asst.ask("Which readouts explicitly refer to energy prices (using the words 'energy prices')?")
    assert {c.source for c in ans.citations} == {"prices.txt"}, ans.text
    assert ans.text.startswith("1 readout mentions \u201cenergy prices\u201d"), ans.text
