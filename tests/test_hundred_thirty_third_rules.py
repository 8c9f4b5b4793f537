"""Rules of round 58 (from the hundred-and-thirty-third and later sets' dev splits, asked in the analyst's own
words rather than the readout's)."""

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.kinds_asked import asked_kinds
from tests.fakes import written_corpus

READOUTS = {
    "tajik.txt": (
        "Secretary Blinken's Call with Tajikistan Foreign Minister Muhriddin",
        "June 1, 2021",
        "Secretary of State Antony J. Blinken spoke today with Tajikistan Foreign Minister Sirojiddin Muhriddin. The "
        "Secretary thanked the Foreign Minister for Tajikistan's leadership on regional security issues. Both leaders "
        "agreed that they would hold the Annual Bilateral Consultations as soon as circumstances permit.",
    ),
    "peru.txt": (
        "Secretary Blinken's Call with Peru President-Elect Castillo",
        "July 26, 2021",
        "Secretary of State Antony J. Blinken spoke with Peruvian President-Elect Pedro Castillo. Secretary Blinken "
        "offered continued U.S. support for pandemic recovery and highlighted our donation of two million vaccine "
        "doses. He applauded Peru's efforts to combat illegal logging and human trafficking.",
    ),
    "families.txt": (
        "Secretary Blinken's Call with Families of U.S. Nationals Held Hostage or Wrongfully Detained Abroad",
        "June 22, 2022",
        "Secretary Blinken spoke with the families of U.S. nationals held hostage or wrongfully detained abroad. The "
        "Secretary relayed to the families that President Biden is aware of each of their loved ones' cases.",
    ),
    "governors.txt": (
        "Readout of President Biden's Meeting with Governors on Reproductive Rights",
        "July 1, 2022",
        "President Biden met virtually with Democratic governors on protecting access to reproductive health care. "
        "The conversation was moderated by Jennifer Klein, Director of the White House Gender Policy Council.",
    ),
    "education.txt": (
        "Readout of Vice President Kamala Harris's Meeting with Higher Education Leaders on Reproductive Rights",
        "August 8, 2022",
        "Vice President Kamala Harris convened college and university presidents on students' access to reproductive "
        "health care. The Vice President was joined by Secretary of Education Miguel Cardona.",
    ),
    "nordic.txt": (
        "Readout of President Biden's Call with Prime Minister Andersson of Sweden and President Niinisto of Finland",
        "August 9, 2022",
        "President Biden spoke with Prime Minister Magdalena Andersson of Sweden and President Sauli Niinisto of "
        "Finland. The leaders discussed their countries' accession to NATO.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


@pytest.fixture(scope="module")
def real(tmp_path_factory):  # the real bundled model: for what is a ranking by meaning
    return written_corpus(tmp_path_factory.mktemp("real"), READOUTS, real=True)


def test_what_the_sides_settled_on_is_what_they_agreed():
    assert asked_kinds("What did Biden and Netanyahu settle on about when they would next talk?")[:2] == (
        "agreed",
        "committed",
    )
    # settling a dispute is a thing talked of; settlements are places
    assert "agreed" not in asked_kinds("What did they say about settling the border dispute?")
    assert "agreed" not in asked_kinds("What did Blinken say about Israeli settlements?")


def test_a_settled_on_question_quotes_the_agreement(real):
    answer = real.ask(
        "On his June 1, 2021 phone call with Tajikistan's top diplomat, what yearly round of talks did Secretary "
        "Blinken settle on convening once conditions allowed?"
    )
    assert not answer.abstained and "Annual Bilateral Consultations" in answer.citations[0].quote, answer.text


def test_how_much_someone_knew_asks_no_figure():
    question = "What did Blinken tell the families about how much the president knew of their cases?"
    assert analyse(question).parts[0].answer_type != "amount"
    assert analyse("How much did the United States pledge to Ukraine?").parts[0].answer_type == "amount"
    assert analyse("How much was the aid package worth?").parts[0].answer_type == "amount"


def test_how_much_the_president_knew_is_answered_by_what_he_is_aware_of(asst):
    answer = asst.ask(
        "In June 2022, when the Secretary of State phoned relatives of citizens held captive or unjustly jailed "
        "overseas, what did he tell them about how much the president knew of their cases?"
    )
    assert not answer.abstained and "aware of each" in answer.text, answer.text


def test_who_steered_a_discussion_is_who_moderated_it(asst):
    answer = asst.ask("Who steered the discussion at Biden's July 2022 meeting with governors on reproductive rights?")
    assert not answer.abstained and "Jennifer Klein" in answer.text, answer.text


def test_a_one_word_name_is_in_a_passage_by_another_word_of_its_synonym_group():
    from assistant.qa.why_not import _named_by_synonym

    assert _named_by_synonym("COVID", "continued U.S. support for pandemic recovery")
    assert not _named_by_synonym("COVID", "support for economic recovery")
    assert not _named_by_synonym("NATO", "support for pandemic recovery")  # no group holds it
    assert not _named_by_synonym("Artemis Accords", "support for space exploration")  # a name of two words


def test_the_two_readouts_of_two_calls_ask_a_comparison():
    question = (
        "Blinken phoned Nepal's prime minister and Pakistan's foreign minister in July 2021. How many COVID jabs had "
        "Washington just handed each country, according to the two readouts?"
    )
    assert analyse(question).compare
    assert not analyse("Blinken phoned Nepal's prime minister in July 2021. How many doses had it sent?").compare


def test_which_department_heads_asks_for_people():
    question = "Which department heads joined the president on September 28, 2022 to brief him on fuel markets?"
    assert analyse(question).parts[0].answer_type == "person"
    assert analyse("Which department heads did Biden name?").parts[0].answer_type == "person"


def test_whose_cabinet_names_no_one_who_met():
    query = analyse(
        "Which member of Biden's cabinet sat in on Harris's August 2022 roundtable with college and university "
        "presidents about students' access to abortion care?"
    )
    assert "Biden" not in query.people
    # alone, the owner of the cabinet is who met
    assert "Biden" in analyse("Which members of Biden's cabinet joined his call in August 2022?").people


def test_the_cabinet_member_at_her_roundtable_comes_from_her_readout(asst):
    answer = asst.ask(
        "Which member of Biden's cabinet sat in on Harris's August 2022 roundtable with college and university "
        "presidents about students' access to abortion care?"
    )
    assert not answer.abstained and "Miguel Cardona" in answer.text, answer.text
    assert answer.citations[0].source == "education.txt"


def test_a_follow_up_naming_only_the_united_states_stays_a_follow_up():
    from assistant.qa.followup import is_follow_up

    assert is_follow_up(
        "And how much was Washington planning to put toward those votes and accountable public institutions across "
        "the continent the following year?"
    )
    # naming another side, it is a question of its own
    assert not is_follow_up(
        "And how much was Japan planning to put toward those votes and accountable public institutions across the "
        "continent the following year?"
    )


def test_congo_alone_is_the_democratic_republic():
    from assistant.text.names import find_parties

    assert [p.name for p in find_parties("the presidents of Congo, Gabon and Liberia")][0] == (
        "Democratic Republic of the Congo"
    )
    assert [p.name for p in find_parties("the Republic of Congo")] == ["Republic of the Congo"]
    assert [p.name for p in find_parties("Congo-Brazzaville")] == ["Republic of the Congo"]


# ---- from the hundred-and-thirty-fifth's and -sixth's dev splits

MORE_READOUTS = {
    "nigeria.txt": (
        "Vice President Harris's Meeting with Vice President Osinbajo of Nigeria",
        "September 2, 2022",
        "Vice President Kamala Harris met today with Vice President Yemi Osinbajo of Nigeria in Washington. She "
        "informed Vice President Osinbajo that the Administration will commit an additional $5 million to support "
        "police and criminal justice reform in Nigeria. They discussed the global food crisis.",
    ),
    "cambodia.txt": (
        "Deputy Secretary of State Wendy Sherman's Visit to Cambodia",
        "June 1, 2021",
        "Deputy Secretary of State Wendy Sherman led a delegation to Phnom Penh on Tuesday, June 1. She recalled the "
        "role the United States played in brokering the 1991 Paris Peace Agreements, which ended decades of civil "
        "war. She noted the more than $3 billion in assistance the United States has provided since then to "
        "support the country's development.",
    ),
    "breakfast.txt": (
        "Readout of President Biden's Meeting with Senate Majority Leader Schumer and Senator Manchin",
        "October 24, 2021",
        "This morning, the President hosted Leader Chuck Schumer and Senator Joe Manchin for breakfast at his home in "
        "Wilmington for a productive discussion about the Build Back Better Agenda.",
    ),
}


@pytest.fixture
def more(tmp_path):
    return written_corpus(tmp_path, MORE_READOUTS)


def test_what_the_sides_jointly_concluded_is_what_they_agreed():
    assert "agreed" in asked_kinds("What did Blinken and al-Kadhimi jointly conclude the strike showed?")
    # what they concluded, not together, is a judgement ("They assessed that ... will take some time")
    assert "agreed" not in asked_kinds("What did they conclude about how fast power could be restored?")


def test_how_much_longer_asks_a_length_of_time():
    question = "How much longer did his chief medical adviser say it would take to learn more about the variant?"
    assert analyse(question).parts[0].answer_type == "duration"
    assert analyse("How much more did the United States pledge?").parts[0].answer_type == "amount"


def test_a_faith_is_no_one_named():
    query = analyse("How did Biden react to the Orthodox patriarch's recent health scare when the two met?")
    assert "Orthodox" not in (*query.people, *query.topic_people)


def test_a_year_that_says_which_thing_is_no_day_of_the_lines():
    from assistant.qa.times import date_beside_source

    question = (
        "Roughly how much aid has Washington given Phnom Penh since the 1991 peace settlement that ended its civil "
        "war, according to the readout of Wendy Sherman's visit there in June 2021?"
    )
    assert not date_beside_source(question).text
    told = "According to the readout of her July 2022 meeting with legislators, where had she been on July 21, 2022?"
    assert date_beside_source(told).text == "July 21, 2022"


def test_the_aid_since_an_agreement_of_a_year_is_the_sum_given_since_then(more):
    answer = more.ask(
        "Roughly how much aid has Washington given Phnom Penh since the 1991 peace settlement that ended its civil "
        "war, according to the readout of Wendy Sherman's visit there in June 2021?"
    )
    assert not answer.abstained and "$3 billion" in answer.text, answer.text


def test_extra_money_for_overhauling_law_enforcement_is_the_additional_sum_for_police_reform(more):
    answer = more.ask(
        "How much extra U.S. money did Vice President Harris tell Nigeria's Vice President Osinbajo would go toward "
        "overhauling the country's law enforcement and court system?"
    )
    assert not answer.abstained and "$5 million" in answer.text, answer.text


def test_an_adverb_a_question_opens_with_is_no_name():
    from assistant.text.names import question_entities

    for question in ("Roughly how much aid was given?", "Exactly when did they meet?", "Briefly, what was said?"):
        query = analyse(question)
        assert not query.people and not query.topic_people, question
        assert not question_entities(question), question
    assert analyse("What did Blinken and Kelly discuss?").people == ("Blinken", "Kelly")


UNSAID_READOUTS = {
    "onal.txt": (
        "Deputy Secretary Sherman's Meeting with Turkish Deputy Foreign Minister Onal",
        "May 16, 2022",
        "Deputy Secretary Sherman met with Turkish Deputy Foreign Minister Sedat Onal. Deputy Secretary Sherman "
        "thanked Deputy Foreign Minister Onal for Turkey's support of Ukraine and discussed the need for solidarity "
        "among NATO Allies in confronting Russia's attack on Ukraine.",
    ),
    "qatar.txt": (
        "Secretary Blinken's Meeting with Qatari Deputy Prime Minister and Minister of Foreign Affairs Al-Thani",
        "July 22, 2021",
        "Secretary of State Antony J. Blinken met today in Washington with Qatari Deputy Prime Minister and Minister "
        "of Foreign Affairs Mohammed bin Abdulrahman Al-Thani to discuss Qatar's generous pledge of in-kind "
        "assistance to the Lebanese Armed Forces, its $100 million contribution to Yemen through the World Food "
        "Program, and support for Afghanistan peace negotiations.",
    ),
}


def test_a_readout_naming_only_the_body_says_nothing_of_the_countries_asked(tmp_path):
    answer = written_corpus(tmp_path, UNSAID_READOUTS).ask(
        "What did Deputy Secretary Sherman tell Turkish Deputy Foreign Minister Sedat Onal on May 16, 2022 about "
        "Ankara's objections to Finland and Sweden joining NATO?"
    )
    assert answer.abstained, answer.text


def test_a_sum_of_another_thing_is_no_value_of_the_aid_asked_in_other_words(tmp_path):
    from assistant.qa.sum_for import sum_of_something_else

    sentence = UNSAID_READOUTS["qatar.txt"][2]
    question = "What was the dollar value of the in-kind aid Qatar pledged to Lebanon's army?"
    assert sum_of_something_else(sentence, question)
    assert not sum_of_something_else("It announced $50 million in assistance for Haiti.", "How much aid for Haiti?")
    # the thing in the question's own word comes first: the sum of the aid is not the military assistance's
    dutch = "He applauded the decision to provide military assistance to Ukraine and $22 million in humanitarian aid."
    assert sum_of_something_else(dutch, "What was the dollar value of the military assistance to Ukraine?")
    answer = written_corpus(tmp_path, UNSAID_READOUTS).ask(
        "What was the dollar value of the in-kind aid Qatar pledged to Lebanon's army, according to the readout of "
        "Blinken's July 22, 2021 meeting in Washington with the Qatari foreign minister?"
    )
    assert answer.abstained, answer.text


# ---- from the hundred-and-thirty-seventh's and -eighth's dev splits


def test_the_verb_that_asks_an_agreement_is_no_topic_word():
    assert "settl" not in analyse("What did the two settle on about their yearly talks?").parts[0].topic
    assert "conclud" not in analyse("What did the two ministers jointly conclude about Iraq?").parts[0].topic
    # the two teams are the sides, as the two delegations are
    assert "team" not in analyse("What did the two teams settle on as their next steps?").parts[0].topic
    assert "team" in analyse("What were their teams told to do?").parts[0].topic


def test_in_which_country_they_met_asks_the_meetings_place():
    for question in (
        "In which European country did Jake Sullivan hold his June 2022 sit-down with Yang Jiechi?",
        "In which country did Blinken meet Lavrov?",
    ):
        part = analyse(question).parts[0]
        assert part.answer_type == "place" and part.about_meeting, question
    assert analyse("Which country did Blinken meet with?").parts[0].answer_type == "country"
    other = "How big was the sale, and in which country was the defence meeting Austin previewed to take place?"
    assert analyse(other).parts[-1].answer_type == "country"  # another meeting's place, as the readout gives it


def test_crediting_someone_asks_thanks_and_being_uneasy_asks_concern():
    assert asked_kinds("Did the President credit him personally with anything?")[:1] == ("thanked",)
    assert "expressed_concern" in asked_kinds("Which system did Biden say Washington was uneasy about?")
    assert asked_kinds("What did they say about the Child Tax Credit?") == ()  # a credit allowed, no thanks


def test_words_of_one_meaning_state_the_topic():
    from assistant.qa.coverage import topic_coverage

    def idf(_):
        return 1.0

    assert topic_coverage("They agreed to let the flights go to Amman.", ("plane",), idf) == 1.0
    assert topic_coverage("The Yemeni government agreed to open Sanaa airport.", ("plane",), idf) == 0.0
    assert topic_coverage("She announced a $5 million commitment to police reform.", ("overhaul",), idf) == 1.0
    assert topic_coverage("The President hosted them for breakfast.", ("meal",), idf) == 1.0


# ---- the second reader's findings


def test_a_synonym_is_stated_by_its_own_forms_not_any_word_sharing_five_letters():
    from assistant.qa.coverage import topic_coverage

    def idf(_):
        return 1.0

    assert topic_coverage("They spoke of the people's aspirations for freedom.", ("freed",), idf) == 0.0
    assert topic_coverage("They agreed to facilitate humanitarian access in Sudan.", ("plant",), idf) == 0.0
    assert topic_coverage("He announced medical equipment and generators.", ("weapon",), idf) == 0.0
    assert topic_coverage("They called for the release of political prisoners.", ("freed",), idf) == 1.0


def test_how_much_of_a_thing_still_asks_a_figure():
    for question in (
        "How much health care funding did they announce?",
        "How much of it was meant for demining?",
        "How much longer-range artillery did they send?",
    ):
        assert analyse(question).parts[0].answer_type == "amount", question


def test_a_country_where_something_said_happened_is_no_meeting_place():
    question = "In which country did Biden and Scholz say Russia had held sham referendums?"
    assert analyse(question).parts[0].answer_type != "place"
    assert analyse("Which agency heads the U.S. effort on the summit?").parts[0].answer_type != "person"


def test_credits_and_settlers_ask_no_kind():
    assert asked_kinds("Did the President credit him personally with anything?")[:1] == ("thanked",)
    assert "thanked" not in asked_kinds("What loans and credits did the U.S. offer Ukraine?")
    assert "agreed" not in asked_kinds("What did they say about settlers who settled on Palestinian land?")


def test_only_the_pandemics_name_is_found_by_another_word():
    from assistant.qa.why_not import _named_by_synonym

    assert not _named_by_synonym("NASA", "They discussed space exploration.")
    assert not _named_by_synonym("G7", "They looked ahead to the summit.")


def test_help_near_a_sum_is_no_other_thing_than_the_aid_asked():
    from assistant.qa.sum_for import sum_of_something_else

    sentence = "Kishida said Japan would help Ukraine rebuild, and announced $5.5 billion in support."
    assert not sum_of_something_else(sentence, "How much aid did Kishida announce for Ukraine?")


def test_congo_brazzaville_unhyphenated_is_the_republic():
    from assistant.text.names import find_parties

    assert [p.name for p in find_parties("Congo Brazzaville")] == ["Republic of the Congo"]


def test_how_they_met_stays_in_the_topic():
    # "separately", "again", "also" say something of what is asked; "personally" and "roughly" only how
    assert "separ" in analyse("Which other senior White House official met him separately?").parts[0].topic
    assert "person" not in analyse("Did the President credit him personally with anything?").parts[0].topic
