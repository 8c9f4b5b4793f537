"""Round 27's readings: a long clause before the question word, counts given roughly, a change by a share,
hyphens written or left out in a name, and a saint's day that is no one's name."""

from __future__ import annotations

from assistant.qa.analyse import analyse, answer_type
from assistant.qa.answer_types import has_answer_type
from assistant.qa.fitting import answer_type_missing
from assistant.qa.name_in_text import names_in_text
from assistant.qa.question_names import names_in

LIVES = (
    "When the president phoned two rescue crew members in late September 2022 to thank them for their hurricane "
    "search-and-rescue work, how many lives did the readout say the effort had saved so far?"
)


def test_a_long_leading_clause_with_commas_is_not_the_question():
    assert answer_type(LIVES) == "number"
    advice = (
        "When the president hosted the chair and the ranking member of the committee that vets judicial nominees "
        "in early February 2022, ahead of naming a high-court nominee, whose advice did he promise to seek?"
    )
    assert answer_type(advice) != "date"
    assert analyse("When did Biden meet Xi in Lima, and what did they agree?").parts[0].answer_type == "date"


def test_a_rough_count_answers_how_many_of_the_same_thing_only():
    lives = analyse(LIVES).parts[0]
    assert answer_type_missing("As of today, their work has saved hundreds of lives.", lives) == ""
    reactors = analyse("How many nuclear reactors would Poland build under the cooperation?").parts[0]
    jobs = "It would create thousands of clean energy jobs in both Poland and the United States."
    assert answer_type_missing(jobs, reactors) != ""


def test_the_sides_counted_answer_how_many_of_them_when_that_is_asked():
    # "the three countries" says who met when no count is asked, and is the answer to "how many countries"
    countries = analyse("In how many countries did the delegation meet young entrepreneurs?").parts[0]
    sent = "They also met with young innovators and civil society leaders in the three countries."
    assert answer_type_missing(sent, countries) == ""
    assert answer_type_missing("Blinken noted the support all three Central American countries gave.", countries) == ""
    # the same words count nothing else
    reactors = analyse("How many reactors did they discuss with the three countries?").parts[0]
    assert answer_type_missing(sent, reactors) != ""


def test_a_change_by_a_share_is_how_much():
    assert has_answer_type("They welcomed efforts to reduce natural gas demand by 15% this winter.", "amount")
    assert has_answer_type("Demand fell by about 7 percent.", "amount")
    assert not has_answer_type("Imports make up 15% of the supply.", "amount")


def test_a_hyphen_written_or_left_out_names_the_same_thing():
    text = "on the 20th anniversary of the InterAmerican Democratic Charter"
    assert names_in_text("Inter-American Democratic Charter", text)
    assert names_in_text("InterAmerican Democratic Charter", "the Inter-American Democratic Charter")
    assert not names_in_text("Inter-American Development Bank", text)
    assert not names_in_text("Amazon Fund", "the Amazon - its forests")


def test_a_saints_day_is_no_one_who_met():
    people, _ = names_in("What did Biden tell Micheál Martin at their virtual St. Patrick's Day meeting in 2022?")
    assert people == ["Biden", "Micheál Martin"]
    people, _ = names_in("What did Blinken discuss with Saint Lucia's prime minister?")
    assert "Patrick" not in people


def test_a_meeting_the_topic_names_is_not_the_kind_asked_about():
    q = "On what date did Biden and Boris Johnson speak about the G7 leaders' virtual meeting planned for the next day?"
    assert analyse(q).meeting_kind is None
    assert analyse("What did Blinken and Yair Lapid talk about on their June 2021 call?").meeting_kind == "call"
    assert analyse("What did Biden and Johnson say in their virtual meeting?").meeting_kind == "virtual_meeting"


def test_a_region_of_a_country_is_no_one_who_met():
    people, _ = names_in("Who represented New York on Biden's call with Northeastern governors in August 2021?")
    assert "Northeastern" not in people
    people, _ = names_in("What did Biden tell Western leaders and Southern governors?")
    assert not {"Western", "Southern"} & set(people)


def test_the_target_of_an_attack_is_a_place():
    # "where were the Houthis pressing an offensive": the town attacked is where
    assert has_answer_type("Instead, the Houthis continue a devastating offensive on Marib.", "place")
    assert has_answer_type("They condemned the missile strikes against Odesa.", "place")
    assert not has_answer_type("They condemned the offensive on the city.", "place")
    assert not has_answer_type("They condemned the attack on the Colombian presidential helicopter.", "place")
    assert not has_answer_type("They discussed rocket attacks against Iraqi and Coalition personnel.", "place")
    assert not has_answer_type("They discussed Russia's attack on Ukraine.", "place")


def test_a_state_of_the_union_is_not_the_country_in_its_name():
    from assistant.text.names import find_parties

    said = "The governors of New Mexico and New Jersey spoke with the Ambassador of Mexico and New Zealand's envoy."
    assert [p.name for p in find_parties(said)] == ["Mexico", "New Zealand"]


def test_how_long_asks_for_a_length_of_time():
    assert answer_type("How long had the military coup been under way when Blinken met the activists?") == "duration"
    assert answer_type("For how long will the program run?") == "duration"
    assert has_answer_type("... violence perpetrated by the military since the coup one year ago.", "duration")
    assert has_answer_type("They pledged to strengthen the 200-year U.S.-Colombia friendship.", "duration")
    assert has_answer_type("They discussed how to build on 60 years of close partnership in space.", "duration")
    assert not has_answer_type("The Secretary noted U.S. support for the peace accord.", "duration")


def test_help_is_stated_by_assistance_or_aid():
    from assistant.qa.coverage import topic_coverage

    said = "The Prime Minister thanked the President for all of the assistance that the United States is providing."
    assert topic_coverage(said, ("respond", "help"), lambda t: 1.0) == 0.5
    assert topic_coverage("They discussed humanitarian aid for Afghans.", ("help", "afghan"), lambda t: 1.0) == 1.0


def test_a_length_of_time_given_without_a_number_is_one():
    assert has_answer_type("These weapons are now arriving within days of announcement.", "duration")
    assert has_answer_type("The two countries have worked together for decades.", "duration")
    assert not has_answer_type("They discussed security within the region.", "duration")


def test_a_number_inside_a_name_counts_nothing():
    said = "They discussed U.S. support for the modernization of Jordan's fleet of F-16 fighter jets."
    assert not has_answer_type(said, "number")  # "How many F-16s ...": the readout gives no count
    assert not has_answer_type("He thanked FEMA for its role in responding to the COVID-19 pandemic.", "number")
    assert has_answer_type("The United States will deliver 16 F-16 fighter jets.", "number")
    assert has_answer_type("More than 300 Federal personnel are already working on the island.", "number")
    said = "The President expressed his strong support for a two-state solution to the Israeli-Palestinian conflict."
    assert not has_answer_type(said, "number")
    assert has_answer_type("They launched a three-year plan.", "number")


def test_how_large_in_dollars_asks_an_amount():
    from assistant.qa.analyse import answer_type

    assert answer_type("How large, in dollars, is the IMF program for Egypt that Sullivan backed?") == "amount"
    assert answer_type("What was the program worth in dollars?") == "amount"
    said = "Sullivan expressed strong support for the International Monetary Fund program that will underpin it."
    assert not has_answer_type(said, "amount")


def test_the_words_that_ask_an_amount_are_no_topic():
    from assistant.qa.analyse import analyse

    topic = analyse("How large, in dollars, is the IMF program for Egypt that Sullivan backed?").parts[0].topic
    assert "larg" not in topic and "dollar" not in topic and "imf" in topic


def test_what_was_given_is_no_topic():
    from assistant.qa.analyse import analyse

    q = "How much development and humanitarian aid had the U.S. given Ukraine over the previous year?"
    assert "given" not in analyse(q).parts[0].topic


def test_an_office_of_someone_s_names_a_person():
    # "whose visit did he welcome": "the Prime Minister's National Security Advisor" says who, though not by name
    by = "He welcomed the visit this week by the Prime Minister\u2019s National Security Advisor."
    assert has_answer_type(by, "person")
    assert has_answer_type("She thanked her Chief of Staff.", "person")
    assert not has_answer_type("He welcomed the visit to Washington this week.", "person")
    assert not has_answer_type("They discussed the Prime Minister\u2019s visit to Washington.", "person")
