"""In the one readout a question names, a sentence that states most of the question's topic answers it however
far its wording is from the question's: "how Seoul and Tokyo were getting on" is answered by the sentence on
the ROK's and Japan's ties. A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "nsa.txt": (
        "National Security Advisor Jake Sullivan's Trilateral Meeting with Japanese and ROK Counterparts",
        "December 9, 2023",
        "National Security Advisor Jake Sullivan met with ROK National Security Advisor Cho Tae-yong and Japanese "
        "National Security Secretary General Takeo Akiba in Seoul. The three discussed North Korea's missile "
        "launches and the trilateral framework agreed at Camp David. He praised the courageous work undertaken by "
        "the ROK and Japan to strengthen their bilateral ties. The advisors agreed to meet again next year.",
    ),
}


def test_a_sentence_stating_the_topic_in_other_words_answers_within_the_named_readout(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "In his December 2023 meeting with Cho and Akiba, did Sullivan say anything about how Seoul and Tokyo "
        "were getting on with each other?"
    )
    assert "bilateral ties" in ans.text, ans.text
    ans = asst.ask("In his December 2023 meeting with Cho and Akiba, did Sullivan say anything about Beijing?")
    assert ans.abstained, ans.text  # a topic the readout does not state is still not answered


_ADVISERS = {
    "lithuania.txt": (
        "National Security Advisor Jake Sullivan's Meeting with Asta Skaisgiryte and Kestutis Budrys, Advisors to the "
        "President of Lithuania",
        "October 13, 2022",
        "National Security Advisor Jake Sullivan met today with Asta Skaisgiryte and Kestutis Budrys, advisors to "
        "the President of Lithuania. They discussed the economic pressure on Lithuania and their shared commitment to "
        "hold Russia accountable.",
    ),
    "park.txt": (
        "Deputy Secretary Sherman's Meeting with Republic of Korea Foreign Minister Park",
        "June 7, 2022",
        "Deputy Secretary Wendy Sherman met today with Foreign Minister Park Jin. They discussed efforts to hold "
        "Putin to account for his war against Ukraine. They discussed trilateral cooperation with Japan.",
    ),
}


def test_a_named_readout_that_names_none_of_the_countries_asked_about_says_nothing_of_them(tmp_path):
    asst = written_corpus(tmp_path, _ADVISERS)
    ans = asst.ask(
        "What did Jake Sullivan tell Lithuanian presidential advisors Asta Skaisgiryte and Kestutis Budrys about "
        "China's pressure on Lithuania over Taiwan?"
    )
    assert ans.abstained and "economic pressure" not in ans.text, ans.text
    # one of the countries asked about named is enough: the readout speaks of Russia by its leader
    both = asst.ask("At Sherman's June 7, 2022 meeting with Park Jin, what did they discuss about Russia and Japan?")
    assert not both.abstained, both.text


def test_a_named_readout_is_read_whole_not_only_its_passages_nearest_the_question(tmp_path):
    """A long readout's answer may lie in a passage that shares few words with the question: the one readout a
    question names is read in full (every passage a candidate), not only the five passages nearest it."""
    filler = " ".join(f"They reviewed point {i} of the shipment schedule for deliveries." for i in range(1, 160))
    readouts = {
        "kyiv.txt": (
            "Secretary Blinken and Secretary Austin's Travel to Ukraine",
            "April 25, 2022",
            f"Secretary Blinken and Secretary Austin visited Kyiv yesterday. {filler} They also discussed support "
            "for Ukraine's governance and humanitarian needs.",
        )
    }
    asst = written_corpus(tmp_path, readouts)
    asked = []
    asst.ask("What did Blinken and Austin discuss in Kyiv?")  # builds the engine
    engine = asst._engine
    run = engine.extractive.retriever.run
    engine.extractive.retriever.run = lambda text, k, rids=None, *a: asked.append((k, rids)) or run(text, k, rids, *a)
    asst.ask("On Blinken and Austin's April 2022 visit to Kyiv, which Ukrainian needs did they talk about?")
    passages = asst.store.n_passages  # the corpus is this one readout
    within = [k for k, rids in asked if rids is not None]  # the searches within the selected readouts
    assert passages > 5 and within and min(within) >= passages, (asked, passages)
