"""The question writers' kit (benchmarks/writers.py): what its checker refuses and what its merge reports, on a small
corpus written here."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import writers  # noqa: E402

TEXT = (
    "Readout\nDate: May 4, 2022\n\nThe Secretary met the minister today. They agreed to open a consulate in Tromso.\n"
)


def _checker(tmp_path, facts=(), lists=()):
    (tmp_path / "large").mkdir(parents=True)
    (tmp_path / "large" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "large" / "b.txt").write_text(TEXT, encoding="utf-8")
    return writers.Checker(tmp_path, set(facts), list(lists))


def _span(source="large/a.txt", phrase="They agreed to open a consulate in Tromso."):
    start = TEXT.index(phrase)
    return {"source": source, "start": start, "end": start + len(phrase)}


def _row(**extra):
    row = {
        "id": "zZ-001", "split": "dev", "type": "agreed", "question": "What did they settle on?", "answerable": True,
        "sources": ["large/a.txt"], "evidence_spans": [_span()], "must_contain": ["consulate"],
        "reference": "A consulate.", "notes": "checked",
    }  # fmt: skip
    row.update(extra)
    return row


def test_a_good_row_passes(tmp_path):
    assert _checker(tmp_path).row(1, _row(), "zZ") == []


def test_a_fact_asked_before_a_must_say_not_in_the_span_and_a_cut_word_are_refused(tmp_path):
    checker = _checker(tmp_path, facts={("large/a.txt", "consulate")})
    assert any("asked before" in p for p in checker.row(1, _row(), "zZ"))
    fresh = _checker(tmp_path / "x")
    assert any("not in the evidence" in p for p in fresh.row(1, _row(must_contain=["embassy"]), "zZ"))
    cut = dict(_span(), start=_span()["start"] + 2)
    assert any("cuts a word" in p for p in fresh.row(1, _row(evidence_spans=[cut]), "zZ"))
    assert any("id must be" in p for p in fresh.row(2, _row(), "zZ"))


def test_a_list_sharing_two_readouts_with_an_earlier_one_is_refused(tmp_path):
    both = {"large/a.txt", "large/b.txt"}
    checker = _checker(tmp_path, lists=[("old-1", both)])
    row = _row(type="list", sources=sorted(both), must_contain=[], evidence_spans=[_span(), _span("large/b.txt")])
    assert any("earlier list/count old-1" in p for p in checker.row(1, row, "zZ"))
    assert not any("earlier" in p for p in _checker(tmp_path / "y").row(1, row, "zZ"))


def test_a_question_without_a_name_may_hold_titles_and_months_only(tmp_path):
    checker = _checker(tmp_path)
    plain = _row(type="no_name", question="In May the Secretary met a minister. What did they settle on?")
    assert checker.row(1, plain, "zZ") == []
    named = _row(type="no_name", question="What did the Secretary and Norway settle on?")
    assert any("names nothing" in p and "Norway" in p for p in checker.row(1, named, "zZ"))


def test_merge_reports_a_dev_question_whose_gold_another_writer_s_test_list_uses():
    dev = _row(id="aA-001")
    test = _row(id="bB-029", split="test", type="list", sources=["large/a.txt", "large/b.txt"],
                evidence_spans=[_span(), _span("large/b.txt")])  # fmt: skip
    found = writers.overlaps([dev, test])
    assert any("aA-001" in f and "bB-029" in f for f in found), found
    assert writers.overlaps([dev, _row(id="bB-002", split="test", question="What was agreed?")]) == []
    assert any("ask the same" in f for f in writers.overlaps([dev, _row(id="bB-003", split="test")]))
