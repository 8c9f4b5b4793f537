"""The new metric functions (issue 11), pure, on hand-made cases and against brute-force oracles."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.eval.metrics import (
    Z95,
    Span,
    all_facts_present,
    cites_evidence,
    list_precision,
    list_recall,
    number_words,
    part_answered,
    states_number,
    wilson_interval,
)


@given(n=st.integers(1, 400), data=st.data())
def test_wilson_interval_is_the_set_of_rates_the_score_test_accepts(n, data):
    """Brute force: p0 is inside the interval exactly when |p - p0| <= z * sqrt(p0 (1 - p0) / n)."""
    successes = data.draw(st.integers(0, n))
    p = successes / n
    low, high = wilson_interval(p, n)
    assert 0.0 <= low <= p <= high <= 1.0

    def accepted(p0):
        return abs(p - p0) <= Z95 * math.sqrt(p0 * (1 - p0) / n) + 1e-12

    grid = [i / 2000 for i in range(2001)]
    inside = [p0 for p0 in grid if accepted(p0)]
    assert inside, "the observed rate itself is always accepted"
    assert min(inside) == pytest.approx(low, abs=1e-3) and max(inside) == pytest.approx(high, abs=1e-3)


def test_wilson_interval_narrows_with_more_questions():
    widths = [wilson_interval(0.9, n)[1] - wilson_interval(0.9, n)[0] for n in (10, 50, 200, 1000)]
    assert widths == sorted(widths, reverse=True)


def test_number_words():
    assert number_words(0) == ["zero"] and number_words(13) == ["thirteen"] and number_words(40) == ["forty"]
    assert number_words(21) == ["twenty-one", "twenty one"]
    assert "one hundred and five" in number_words(105) and "two thousand twenty-four" in number_words(2024)
    assert number_words(-1) == [] and number_words(10**6) == []


@pytest.mark.parametrize(
    ("text", "n", "stated"),
    [
        ("Five readouts mention it.", 5, True),
        ("They met 5 times [2].", 5, True),
        ("It came up in twenty-one calls", 21, True),
        ("It came up in twenty one calls", 21, True),
        ("1,200 troops", 1200, True),
        ("1200 troops", 1200, True),
        ("15 readouts", 5, False),
        ("3.5 percent", 5, False),
        ("in 2022", 2, False),
        ("fivefold", 5, False),
        ("No number here.", 3, False),
    ],
)
def test_states_number_as_digits_or_words(text, n, stated):
    assert states_number(text, n) is stated


def test_all_facts_present_and_part_answered():
    assert all_facts_present("They agreed on \u201cArticle V\u201d.", ['"article v"', "agreed"]) is True
    assert all_facts_present("They agreed.", ["agreed", "Oslo"]) is False
    assert all_facts_present("anything", []) is None
    cited, gold = [Span("a", 0, 10)], [Span("a", 5, 20)]
    assert cites_evidence(cited, gold) is True and cites_evidence(cited, [Span("b", 0, 5)]) is False
    assert cites_evidence(cited, []) is None
    # must-contain decides when given, else the evidence
    assert part_answered("met in Oslo", ["Oslo"], [], gold) is True
    assert part_answered("met in Oslo", ["Bergen"], cited, gold) is False
    assert part_answered("", [], cited, gold) is True
    assert part_answered("", [], [], []) is None


def test_list_recall_and_precision_are_over_readouts_not_citations():
    cited = ["a.txt", "a.txt", "c.txt"]  # two citations of one readout count once
    assert list_recall(cited, ["a.txt", "b.txt"]) == 0.5
    assert list_precision(cited, ["a.txt", "b.txt"]) == 0.5
    assert list_recall([], ["a.txt"]) == 0.0 and list_precision([], ["a.txt"]) is None
    assert list_recall(["a.txt"], []) is None


@given(cited=st.lists(st.sampled_from("abcdef"), max_size=8), gold=st.lists(st.sampled_from("abcdef"), max_size=6))
def test_list_metrics_against_a_brute_force_count(cited, gold):
    r, p = list_recall(cited, gold), list_precision(cited, gold)
    if gold:
        assert r == sum(1 for g in set(gold) if g in cited) / len(set(gold))
    else:
        assert r is None
    if cited:
        assert p == sum(1 for c in set(cited) if c in gold) / len(set(cited))
    else:
        assert p is None
