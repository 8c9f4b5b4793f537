"""Round 80's rules from the 263rd and 264th sets' dev splits:

- "How many extra Pfizer doses was Kenya due to receive": a sentence telling of "additional Pfizer doses" with no
  number beside them counts something else with its numbers ("has received 2.8 million vaccines"), and one that
  never names Pfizer ("17 million doses of Johnson & Johnson vaccine") counts other doses;
- "Neither was face to face: how was Jake Sullivan's August 22, 2022 conversation with ... held" asks how a meeting
  was held, as "how was their call held?" does;
- a follow-up ("Which standing bilateral framework did she stress at that meeting?") keeps the office the question
  before named ("Where did the Deputy Secretary meet Turkey's deputy foreign minister in March 2022 ...?"), so the
  President's call with Turkey's president that month is not the meeting talked about;
- "At his March 2022 sit-down with Abu Dhabi's crown prince in Morocco": a country after a sit-down with someone of
  another is where they met, not a side (round 80's "met in Kuwait", widened to a meeting noun and its people)."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.counted import counts_something_else
from assistant.qa.inherit import inherit
from tests.fakes import written_corpus

_EXTRA = (
    "How many extra Pfizer doses was Kenya due to receive, according to the readout of Biden's October 2021 meeting?"
)


def test_more_of_a_thing_told_without_a_number_is_not_counted():
    said = (
        "Kenya has received 2.8 million vaccines and is slated to get additional Pfizer doses in the next few months."
    )
    assert counts_something_else(said, _EXTRA)
    assert not counts_something_else("The United States will send an additional 1.6 million Pfizer doses.", _EXTRA)
    assert not counts_something_else("The United States will send 1.6 million more Pfizer doses.", _EXTRA)


def test_a_count_of_one_makers_thing_is_not_answered_by_anothers():
    said = "President Biden announced the donation of over 17 million doses of Johnson & Johnson vaccine."
    assert counts_something_else(said, _EXTRA)
    assert not counts_something_else("Some 2,000 refugees from Ukraine arrived.", "How many Ukrainian refugees came?")
    assert not counts_something_else(
        "It has donated 2 million doses.", "How many COVID-19 vaccine doses had it donated?"
    )
    assert not counts_something_else("Over 700 response personnel are there.", "How many FEMA staff were there?")


def test_how_someones_meeting_was_held_after_a_lead_in_asks_its_kind():
    parts = analyse(
        "Neither was face to face: how was Jake Sullivan's August 22, 2022 conversation with Indonesia's coordinating "
        "minister Luhut Pandjaitan held, and how was President Biden's October 4, 2021 session with progressive House "
        "members held?"
    ).parts
    assert [p.answer_type for p in parts] == ["kind", "kind"]
    assert analyse("How was President Biden's plan for the grid held up in Congress?").parts[0].answer_type != "kind"


_ONAL = "state_2022-03-05_deputy-secretary-shermans-meetings-with-turkish-deputy-foreign-minister-onal.txt"
_ERDOGAN = "wh_2022-03-10_president-bidens-call-with-president-recep-tayyip-erdogan-of-turkey.txt"
_READOUTS = {
    _ONAL: (
        "Deputy Secretary Sherman's Meetings with Turkish Deputy Foreign Minister Onal",
        "March 5, 2022",
        "Deputy Secretary of State Wendy Sherman met with Turkish Deputy Foreign Minister Sedat Onal in Ankara to "
        "discuss Russia's attack on Ukraine. The Deputy Secretary also underscored the importance of the U.S. - Turkey "
        "Strategic Mechanism, which will deepen the already robust cooperation between our two countries.",
    ),
    _ERDOGAN: (
        "President Biden's Call with President Recep Tayyip Erdogan of Turkey",
        "March 10, 2022",
        "President Joseph R. Biden, Jr. spoke today with President Recep Tayyip Erdogan of Turkey. President Biden "
        "expressed appreciation for Turkey's efforts to support a diplomatic resolution, and stressed the importance "
        "of the bilateral relationship.",
    ),
}


def test_a_follow_up_keeps_the_office_asked_of_before(tmp_path):
    first = "Where did the Deputy Secretary meet Turkey's deputy foreign minister in March 2022?"
    follow = "Which standing bilateral framework did she stress at that meeting?"
    assert inherit(analyse(follow), analyse(first)).principal == "Deputy Secretary"
    assert inherit(analyse("Which framework did the President stress?"), analyse(first)).principal == "President"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": "In Ankara: Wendy Sherman met Deputy Foreign Minister Sedat Onal there."},
    ]
    answer = written_corpus(tmp_path, _READOUTS).ask(follow, history=history)
    assert "Strategic Mechanism" in answer.text and "Erdogan" not in answer.text


def test_a_sit_down_with_someone_in_a_country_puts_the_meeting_there():
    query = analyse(
        "At his March 2022 sit-down with Abu Dhabi's crown prince in Morocco, the Secretary said Washington stays "
        "committed to helping the Emiratis defend against threats coming out of Yemen. From where else did he say "
        "such threats come?"
    )
    assert query.place == "Morocco" and "Morocco" not in query.parties
    assert "Ukraine" not in (
        analyse("What did Biden and Macron say at their meeting about the war in Ukraine?").place or ""
    )
