"""Comparisons that give their second meeting by counting days from the first, or ask "Compare ..." after a
sentence that sets the scene; a nickname in quotes among a participant's names."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.dates_named import time_windows
from assistant.qa.holders import name_words

HULATA = (
    "Israel's incoming national security adviser Eyal Hulata saw Jake Sullivan on August 2, 2021 and Wendy Sherman "
    "the following day. Compare the regional issues each U.S. official is reported to have taken up with him."
)


def test_a_day_counted_from_the_day_before_it():
    assert [w.describe() for w in time_windows(HULATA)] == ["on August 2, 2021", "on August 3, 2021"]
    two_later = "What did Biden say on October 4, 2021 and two days later?"
    assert [w.describe() for w in time_windows(two_later)] == ["on October 4, 2021", "on October 6, 2021"]
    before = "What did he tell Petro on June 21, 2022 and Blinken the day before?"
    assert [w.describe() for w in time_windows(before)][-1] == "on June 20, 2022"
    # "the day before the summit" counts from the summit, which has no date here
    assert len(time_windows("What happened the day before the summit on May 3, 2022?")) == 1


def test_compare_asked_after_a_sentence_that_sets_the_scene():
    q = analyse(HULATA)
    assert q.compare
    assert q.parts[0].answer_type == "free"
    assert "region" in q.parts[0].topic and "incom" not in q.parts[0].topic


def test_a_nickname_in_quotes_is_a_name_word():
    assert name_words("Benjamin \u201cBenny\u201d Gantz") == ["Benjamin", "Benny", "Gantz"]
    assert name_words('Benjamin "Benny" Gantz, Jr.') == ["Benjamin", "Benny", "Gantz"]


LAVROV = {
    f"lavrov-{d}.txt": (
        "Secretary Blinken's Call with Russian Foreign Minister Lavrov",
        f"February {d}, 2022",
        f"Secretary of State Antony J. Blinken spoke today with Russian Foreign Minister Sergey Lavrov. {body}",
    )
    for d, body in (
        (1, "The Secretary urged Russia to de-escalate and withdraw its troops from Ukraine's borders."),
        (12, "The Secretary and the Foreign Minister discussed Ukraine and European security."),
        (15, "The Secretary deplored the continued build-up and urged a return to diplomacy."),
    )
}


def test_a_comparison_of_a_month_of_meetings_quotes_each_under_its_heading(tmp_path):
    from tests.fakes import written_corpus

    asst = written_corpus(tmp_path, LAVROV)
    ans = asst.ask("Compare Blinken's February 2022 calls with Lavrov.")
    assert not ans.abstained, ans.text
    assert {c.source for c in ans.citations} == set(LAVROV), ans.text


def test_a_condemnation_the_readout_does_not_record_is_none(tmp_path):
    """With the real bundled model: a sentence of talk scores high enough to be quoted for want of another."""
    from tests.fakes import written_corpus

    asst = written_corpus(tmp_path, LAVROV, real=True)
    ans = asst.ask("Did Blinken deplore anything in his call with Lavrov on February 12, 2022?")
    assert ans.abstained, ans.text
    ans = asst.ask("Did Blinken deplore anything in his call with Lavrov on February 15, 2022?")
    assert not ans.abstained and "deplored the continued build-up" in ans.text, ans.text


def test_in_both_calls_compares():
    from assistant.qa.analyse import analyse

    assert analyse("Did Blinken raise the war with Pashinyan and Aliyev in both calls?").compare
