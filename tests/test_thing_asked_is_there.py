"""A readout that never names the thing a question asks about by its initials ("the AUKUS partnership") says
nothing of it, however close its other sentences; a city asked for is not a country; "the dollar size" asks an
amount."""

from __future__ import annotations

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.answer_types import has_answer_type
from tests.fakes import written_corpus

BODY = (
    "National Security Advisor Jake Sullivan met today with Prime Minister Frank Bainimarama of the Republic of "
    "Fiji at the White House. They reaffirmed the long-lasting ties between our nations as the foundation of our "
    "strong partnership. They emphasized the need to work in close partnership on climate change."
)


def _asked(tmp_path, body: str, question: str):
    asst = written_corpus(
        tmp_path, {"fiji.txt": ("Jake Sullivan's Meeting with Prime Minister Bainimarama", "August 3, 2022", body)}
    )
    return asst.ask(question)


def test_a_readout_that_never_names_the_acronym_asked_about_says_nothing_of_it(tmp_path):
    answer = _asked(tmp_path, BODY, "What did Jake Sullivan and Frank Bainimarama say about the AUKUS partnership?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "added,asked,quoted",
    [
        ("and under the AUKUS partnership", "the AUKUS partnership", "AUKUS"),
        # initials the readout spells out are there
        ("under the Caribbean Basin Security Initiative", "CBSI", "Caribbean Basin Security Initiative"),
    ],
)
def test_initials_the_readout_names_or_spells_out_are_answered(tmp_path, added, asked, quoted):
    body = BODY.replace("on climate change", f"on climate change {added}")
    answer = _asked(tmp_path, body, f"What did Jake Sullivan and Frank Bainimarama say about {asked}?")
    assert not answer.abstained, answer.text
    assert any(quoted in c.quote for c in answer.citations), answer.text


def test_a_country_is_no_city():
    said = "President Biden spoke today with Prime Minister Naftali Bennett of Israel about attacks in three cities."
    assert not has_answer_type(said, "city")
    assert has_answer_type("The attacks took place in Beersheba and Hadera.", "city")
    assert has_answer_type("He visited the port of Haifa.", "city")
    # a capital that stands for its government, and a city-state, are cities
    for said in ("They met in Washington.", "They met in Beijing.", "They met in Singapore."):
        assert has_answer_type(said, "city"), said


def test_the_dollar_size_of_a_programme_asks_an_amount():
    part = analyse("What was the dollar size of the IMF program Sullivan backed in his meeting with el-Sisi?").parts[0]
    assert part.answer_type == "amount"
    assert analyse("What was the total value of the deals they signed?").parts[0].answer_type == "amount"


@pytest.mark.parametrize(
    "question,asked",
    [
        ("How long is the border along which they fast-tracked projects?", "number"),
        ("How long was the pipeline they discussed?", "number"),
        ("How long is the U.S.-Mexico border?", "number"),  # a longer name
        ("How long was the Keystone XL pipeline?", "number"),
        ("How long was the meeting?", "duration"),
        ("How long did the talks last?", "duration"),
        ("How long was the Ambassador Bridge blocked?", "duration"),  # a blockade is a time
    ],
)
def test_how_long_a_border_is_asks_a_number_not_a_time(question, asked):
    assert analyse(question).parts[0].answer_type == asked


def test_which_department_asks_a_body_unless_it_names_what_is_asked():
    assert analyse("Which U.S. department would lead the trade mission?").parts[0].answer_type == "organisation"
    assert analyse("Which State Department outreach trip included site visits?").parts[0].answer_type == "free"


def test_a_department_by_name_is_a_body():
    assert has_answer_type("The United States, through the Department of Agriculture, will invest.", "organisation")


def test_a_group_named_by_its_number_is_a_body():
    assert has_answer_type("The Secretary welcomed Pakistan's Chairmanship of the G77.", "organisation")
    assert has_answer_type("They met in the C5+1 format.", "organisation")
    assert not has_answer_type("The Secretary welcomed Pakistan's chairmanship of the group.", "organisation")
    assert not has_answer_type("They spoke on 7 May about 20 projects.", "organisation")
    # a forum by its name ("which bilateral forum did they welcome the launch of")
    assert has_answer_type("They welcomed the launch of the second U.S.-Bahrain Strategic Dialogue.", "organisation")
    assert not has_answer_type("They welcomed the launch of a new dialogue this week.", "organisation")


def test_a_second_part_is_no_part_of_the_first_ones_subject_and_calling_it_is_naming():
    q = analyse(
        "What did Biden praise Qatar for in August 2021, and during which operation did he call it the largest "
        "airlift in history?"
    )
    assert q.topic_parties == ("Qatar",)  # what he praised, not a side of the meeting
    assert q.meeting_kind is None  # "call it the largest airlift": naming, no phone call
    assert analyse("What did Biden, Harris, and Blinken say about Ukraine?").people == ("Biden", "Harris", "Blinken")


def test_a_list_quotes_the_sentence_in_the_questions_own_words(tmp_path):
    body = (
        "President Obrey spoke today with Amir Tamal of Qatar. The President expressed appreciation for Qatar's "
        "support for the ongoing evacuation from Afghanistan. The President noted that this is the largest airlift "
        "of people in history."
    )
    asst = written_corpus(tmp_path, {"qatar.txt": ("President Obrey's Call with Amir Tamal", "August 20, 2021", body)})
    answer = asst.ask("Which readouts mention an airlift?")
    assert [c.quote for c in answer.citations] == [
        "The President noted that this is the largest airlift of people in history."
    ], answer.text


def test_initials_of_a_hyphened_name_cut_at_its_joining_word():
    from assistant.qa.acronyms import spelt_out_in

    assert spelt_out_in("IPEF", "They will implement the Indo-Pacific Economic Framework for Prosperity.")
    assert spelt_out_in("USAID", "the U.S. Agency for International Development")
    assert not spelt_out_in("AUKUS", "They reaffirmed ties with Australia and the United Kingdom.")
