"""Of the few meetings a question names, the one whose meeting sentence says it was about the question's topic
("spoke ... to discuss the ongoing blockade of key bridges and crossings") answers "what did they agree" with its
agreements, though they do not say the topic again ("agreed to stay in close touch ... to ensure that the free
flow of traffic is restored"). A small corpus written here, with the hash embedder."""

from __future__ import annotations

from tests.fakes import written_corpus

READOUTS = {
    "blockade.txt": (
        "President Biden's Call with Prime Minister Justin Trudeau of Canada",
        "February 11, 2022",
        "Today President Biden spoke with Prime Minister Justin Trudeau of Canada to discuss the ongoing blockade of "
        "key bridges and border crossings between the two countries. The President expressed concern about "
        "plant closures. The two leaders agreed to stay in close touch in the days ahead to ensure that the free "
        "flow of traffic is restored at these vital transit points.",
    ),
    "russia.txt": (
        "President Biden's Call with Prime Minister Justin Trudeau of Canada",
        "February 24, 2022",
        "Today President Biden spoke with Prime Minister Justin Trudeau of Canada to discuss Russia's attack on "
        "Ukraine. The two leaders agreed to impose severe sanctions on Russia.",
    ),
}


def test_the_meeting_about_the_topic_answers_with_its_agreements(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "What did Biden and Justin Trudeau agree to do in their February 2022 call about the blockades at border "
        "crossings?"
    )
    assert not ans.abstained, ans.text
    assert "free flow of traffic" in ans.text and "sanctions" not in ans.text


def test_a_number_asked_is_not_answered_by_the_meetings_agreements(tmp_path):
    asst = written_corpus(tmp_path, READOUTS)
    ans = asst.ask(
        "How many trucks did Biden and Trudeau agree to clear in their February 2022 call about the blockades?"
    )
    assert ans.abstained, ans.text


def test_a_statement_whose_subject_is_a_thing_is_not_taken_for_a_sides(tmp_path):
    asst = written_corpus(
        tmp_path,
        {
            "polis.txt": (
                "President Biden's Call with Colorado Governor Jared Polis",
                "December 31, 2021",
                "The President spoke this morning with Governor Jared Polis to discuss the wildfires in Colorado. "
                "Fortunately, snowfall will help bring an end to the fires, and recovery can get underway.",
            )
        },
    )
    ans = asst.ask("What did Biden commit to when he spoke with Governor Polis about the Colorado wildfires?")
    assert ans.abstained, ans.text
