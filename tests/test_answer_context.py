"""A quote that points back ("approving these flights") comes with the sentence it points to; a comparison
quotes up to three sentences of each meeting; "why" quotes the purpose or the reason. A small corpus written here,
with the hash embedder (the "why" tests: the real bundled model)."""

from __future__ import annotations

import pytest

from tests.fakes import written_corpus

READOUTS = {
    "egypt.txt": (
        "Secretary Blinken's Call with Egyptian Foreign Minister Shoukry",
        "May 28, 2022",
        "Secretary of State Antony J. Blinken spoke with Egyptian Foreign Minister Sameh Shoukry today about "
        "Yemen and the importance of flights between Sana'a and Cairo. The Secretary thanked the Government of "
        "Egypt for approving these flights. The Secretary also discussed regional security.",
    ),
    "cravinho-aug.txt": (
        "National Security Advisor Sullivan's Call with Portuguese Foreign Minister Cravinho",
        "August 22, 2022",
        "National Security Advisor Jake Sullivan spoke today with Portuguese Foreign Minister Joao Cravinho. They "
        "discussed support for Ukraine. They reaffirmed the transatlantic alliance. They also discussed the need "
        "for coordination on challenges in Africa and Latin America.",
    ),
    "cravinho-sep.txt": (
        "National Security Advisor Sullivan's Call with Portuguese Foreign Minister Cravinho",
        "September 20, 2022",
        "National Security Advisor Jake Sullivan spoke today with Portuguese Foreign Minister Joao Cravinho. They "
        "discussed energy security in Europe. They welcomed cooperation on maritime issues. They also discussed "
        "global food security.",
    ),
    "tripoli.txt": (
        "Special Envoy Norland's Visit to Tripoli",
        "July 27, 2021",
        "U.S. Special Envoy Richard Norland visited Tripoli, Libya July 26 where he met with Prime Minister "
        "Abdulhamid Dabaiba and attended a signing ceremony for a new 5G telecommunications contract between a "
        "Libyan company and a U.S. company. He urged that elections go ahead in December.",
    ),
    "bennett.txt": (
        "Secretary Blinken's Call with Israeli Prime Minister Bennett",
        "June 21, 2022",
        "Secretary of State Antony J. Blinken spoke today with Israeli Prime Minister Naftali Bennett regarding "
        "the dissolution of the Knesset. The Secretary emphasized he looks forward to continuing close "
        "coordination on regional issues. Secretary Blinken reiterated the strong U.S.-Israel relationship.",
    ),
    "lula.txt": (
        "President Joe Biden's Call with President Lula da Silva of Brazil",
        "August 16, 2023",
        "President Joe Biden spoke today with President Luiz Inacio Lula da Silva of Brazil to continue joint "
        "efforts on shared priorities. The two leaders spoke at length about cooperation on climate and preparations "
        "for COP28, including President Biden's commitment to request $500 million from Congress for the Amazon "
        "Fund. They also discussed workers' rights.",
    ),
    "wong.txt": (
        "Secretary Blinken's Call with Australian Foreign Minister Wong",
        "June 6, 2022",
        "Secretary of State Antony J. Blinken spoke yesterday with Australian Foreign Minister Penny Wong about "
        "regional issues, as well as to discuss the upcoming G-20 Ministerial meetings in Bali. They also discussed "
        "holding Russia accountable in multilateral institutions.",
    ),
    "taoiseach.txt": (
        "Vice President Harris's Call with Taoiseach Martin of Ireland",
        "March 16, 2022",
        "Vice President Kamala Harris spoke today with Taoiseach Micheal Martin of Ireland. The Vice President "
        "expressed her regret that she will be unable to host the St. Patrick's Day Breakfast in honor of the "
        "Taoiseach. The breakfast at the Naval Observatory was cancelled out of an abundance of caution following "
        "the Second Gentleman testing positive for COVID-19. They discussed Ukraine.",
    ),
}


@pytest.fixture
def asst(tmp_path):
    return written_corpus(tmp_path, READOUTS)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The same readouts with the real bundled model: which sentence answers a "why" is a ranking by meaning."""
    return written_corpus(tmp_path_factory.mktemp("why"), READOUTS, real=True)


def test_a_quote_that_points_back_comes_with_the_sentence_before_it(asst):
    ans = asst.ask("What did Blinken thank Egypt for approving when he called Shoukry in May 2022?")
    assert not ans.abstained, ans.text
    assert "approving these flights" in ans.text
    assert "between Sana'a and Cairo" in ans.text  # what "these flights" are
    assert ans.text.index("Sana'a") < ans.text.index("these flights")


def test_points_back_is_not_a_time():
    from assistant.qa.antecedent import POINTS_BACK

    assert POINTS_BACK.search("They thanked Egypt for approving these flights.")
    assert POINTS_BACK.search("This initiative will help farmers.")
    assert not POINTS_BACK.search("They will meet again this week.")


def test_a_comparison_quotes_up_to_three_sentences_of_each_meeting(asst):
    ans = asst.ask(
        "Sullivan talked with Cravinho in August 2022 and again in September 2022. How did the topics of the two "
        "conversations differ?"
    )
    assert not ans.abstained, ans.text
    assert "Africa and Latin America" in ans.text, ans.text  # the third sentence of substance of the first
    assert "food security" in ans.text, ans.text


def test_which_trip_is_answered_by_the_meeting_whatever_kind_of_statement_the_question_names(asst):
    # "signing" asks for an agreement, but the question asks which trip: the visit sentence answers it
    ans = asst.ask("During which trip did a special envoy sit in on the signing of a 5G telecommunications contract?")
    assert not ans.abstained, ans.text
    assert "Tripoli" in ans.text
    assert "record no agreement" not in ans.text


@pytest.mark.integration
def test_why_they_met_is_the_purpose_the_meeting_sentence_gives(real):
    ans = real.ask("Why did Blinken call Israeli PM Bennett on June 21, 2022?")
    assert not ans.abstained, ans.text
    assert "dissolution of the Knesset" in ans.text


@pytest.mark.integration
def test_why_something_did_not_happen_quotes_the_sentence_that_gives_the_reason(real):
    ans = real.ask("Why didn't Harris host the St. Patrick's Day breakfast for the Taoiseach in March 2022?")
    assert not ans.abstained, ans.text
    assert "testing positive" in ans.text
    assert ans.text.index("testing positive") < ans.text.index("unable to host")  # the reason first


@pytest.mark.integration
def test_a_later_sentence_of_talk_answers_though_its_kind_is_a_meetings(real):
    # "spoke at length about ..." is classified as the meeting's kind of sentence; only the opening one is the
    # meeting itself, kept out of answers that do not ask who, when or where
    ans = real.ask("How did climate and forests come up in Biden's August 16, 2023 call with Lula?")
    assert not ans.abstained, ans.text
    assert "$500 million" in ans.text
    assert "continue joint efforts" not in ans.text


def test_the_meeting_sentence_answers_when_it_states_what_the_answer_is_described_as(asst):
    ans = asst.ask(
        "In Blinken's June 2022 call with Penny Wong, which upcoming meetings were on the agenda, and what did they "
        "discuss about Russia?"
    )
    assert not ans.abstained, ans.text
    assert "G-20 Ministerial meetings in Bali" in ans.text
    assert "multilateral institutions" in ans.text
    assert not ans.missing, ans.missing
