"""Rules of round 58 (from the hundred-and-thirty-third and later sets' dev splits, asked in the analyst's own
words rather than the readout's)."""

import pytest

from assistant.qa.analyse import analyse
from assistant.qa.topics import asked_kinds
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


def test_covid_shots_given_are_the_vaccine_doses_donated(real):
    answer = real.ask(
        "When Blinken phoned Peru's president-elect Pedro Castillo in July 2021, how many COVID shots did he say the "
        "U.S. had given Peru?"
    )
    assert not answer.abstained and "two million" in answer.text, answer.text


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
