"""Comparisons that give their second meeting by counting days from the first, or ask "Compare ..." after a
sentence that sets the scene; a nickname in quotes among a participant's names."""

from __future__ import annotations

from assistant.qa.analyse import analyse
from assistant.qa.select import _name_words
from assistant.qa.times import time_windows

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
    assert _name_words("Benjamin \u201cBenny\u201d Gantz") == ["Benjamin", "Benny", "Gantz"]
    assert _name_words('Benjamin "Benny" Gantz, Jr.') == ["Benjamin", "Benny", "Gantz"]
