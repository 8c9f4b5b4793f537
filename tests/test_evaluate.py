"""The evaluation harness: metric functions on hand-made cases with known values, test-set
loaders (JSONL, CSV, SQuAD) and their error messages, evaluate() on a scripted assistant and
on seeds/ with the fake embedder, and the ``assistant eval`` command."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.errors import EvalDataError
from assistant.eval.run import (
    Report,
    Span,
    abstention_scores,
    citation_precision,
    citation_recall,
    contains_reference,
    evaluate,
    evidence_recall,
    exact_match,
    first_hit_rank,
    hit_at_k,
    load_testset,
    mean,
    must_contain_coverage,
    normalize_answer,
    parse_rows,
    percentile,
    reciprocal_rank,
    spans_overlap,
    token_f1,
)
from assistant.records import Answer, Citation, Passage

from .conftest import SEEDS

SEED_EVAL = Path(__file__).resolve().parent / "data" / "seed_eval.jsonl"


# =========================================================================== metrics, by hand


def test_spans_overlap_needs_a_shared_character_and_the_same_source():
    assert spans_overlap(Span("a", 0, 10), Span("a", 9, 12))
    assert not spans_overlap(Span("a", 0, 10), Span("a", 10, 12))  # touching is not overlapping
    assert not spans_overlap(Span("a", 0, 10), Span("b", 0, 10))
    assert spans_overlap(Span("a", 3, 4), Span("a", 0, 100))


def test_hit_rank_and_reciprocal_rank():
    retrieved = ["x.txt", "y.txt", "x.txt", "z.txt"]
    assert first_hit_rank(retrieved, {"z.txt"}) == 4
    assert first_hit_rank(retrieved, {"y.txt", "z.txt"}) == 2
    assert first_hit_rank(retrieved, {"w.txt"}) is None
    assert hit_at_k(retrieved, ["z.txt"], 3) is False
    assert hit_at_k(retrieved, ["z.txt"], 4) is True
    assert reciprocal_rank(retrieved, ["y.txt"]) == 0.5
    assert reciprocal_rank(retrieved, ["z.txt"]) == 0.25
    assert reciprocal_rank(retrieved, ["z.txt"], k=3) == 0.0


def test_evidence_recall_counts_gold_spans_touched_by_a_retrieved_passage():
    gold = [Span("a", 0, 10), Span("b", 5, 8)]
    assert evidence_recall(gold, [Span("a", 8, 20)]) == 0.5
    assert evidence_recall(gold, [Span("a", 8, 20), Span("b", 0, 6)]) == 1.0
    assert evidence_recall(gold, [Span("a", 10, 20)]) == 0.0
    assert evidence_recall([], [Span("a", 0, 5)]) is None


def test_must_contain_coverage_ignores_case_quotes_and_spacing():
    text = "The ministers welcomed Germany\u2019s plan under  Article V."
    assert must_contain_coverage(text, ["article v", "NATO"]) == 0.5
    assert must_contain_coverage(text, ["Germany's plan", "under Article V"]) == 1.0
    assert must_contain_coverage(text, []) is None


def test_squad_normalisation_exact_match_and_f1():
    assert normalize_answer("An Apple, the  pie!") == "apple pie"
    assert normalize_answer("The U.S.") == "us"
    assert exact_match("the Article V.", ["article v"]) == 1.0
    assert exact_match("Article V of the treaty", ["Article V"]) == 0.0
    assert exact_match("anything", []) is None
    # pred {big, red, dog}, ref {red, dog, barked}: 2 common -> P = R = 2/3
    assert token_f1("a big red dog", ["the red dog barked"]) == pytest.approx(2 / 3)
    assert token_f1("red dog", ["cat", "red dog"]) == 1.0  # best over references
    assert token_f1("", ["cat"]) == 0.0
    assert token_f1("x", []) is None
    # pred {fifty, million} vs ref {200, million}: P = R = 1/2
    assert token_f1("fifty million", ["$200 million"]) == pytest.approx(0.5)


def test_contains_reference_matches_whole_words_after_normalising():
    assert contains_reference("They will meet in Mexico City in May.", ["mexico city"]) is True
    assert contains_reference("a Mexico Citywide plan", ["Mexico City"]) is False
    assert contains_reference("pledged $20 billion", ["20 billion", "nothing"]) is True
    assert contains_reference("anything", []) is None
    assert contains_reference("anything", ["the"]) is None  # normalises to nothing


def test_citation_precision_and_recall_against_gold_spans():
    cited = [Span("a", 0, 10), Span("a", 50, 60), Span("b", 0, 5)]
    assert citation_precision(cited, [Span("a", 5, 7)]) == pytest.approx(1 / 3)
    assert citation_recall(cited, [Span("a", 5, 7)]) == 1.0
    assert citation_recall(cited, [Span("a", 5, 7), Span("c", 0, 3)]) == 0.5
    assert citation_precision([], [Span("a", 5, 7)]) is None  # nothing cited: precision undefined
    assert citation_recall([], [Span("a", 5, 7)]) == 0.0


def test_citation_metrics_fall_back_to_quotes_containing_the_reference():
    cited = [Span("a", 0, 10), Span("a", 20, 30)]
    quotes = ["It rests on Article V of the treaty.", "Nothing relevant."]
    assert citation_precision(cited, [], quotes=quotes, references=["Article V"]) == 0.5
    assert citation_recall(cited, [], quotes=quotes, references=["Article V"]) == 1.0
    assert citation_recall(cited, [], quotes=quotes, references=["Article IV"]) == 0.0
    assert citation_precision(cited, [], quotes=quotes, references=[]) is None
    assert citation_recall(cited, [], quotes=quotes, references=[]) is None


def test_abstention_scores():
    abstained = [True, True, False, False, True]
    answerable = [False, True, True, False, False]
    s = abstention_scores(abstained, answerable)
    assert s["abstain_precision"] == pytest.approx(2 / 3)  # 2 of 3 abstentions were on unanswerable
    assert s["abstain_recall"] == pytest.approx(2 / 3)  # 2 of 3 unanswerable were abstained on
    assert s["false_abstain_rate"] == 0.5  # 1 of 2 answerable
    none = abstention_scores([False, False], [True, True])
    assert none == {"abstain_precision": None, "abstain_recall": None, "false_abstain_rate": 0.0}


def test_percentile_interpolates_between_ranks_and_mean_skips_none():
    xs = [50, 10, 40, 20, 30]
    assert percentile(xs, 50) == 30
    assert percentile(xs, 95) == pytest.approx(48.0)
    assert percentile(xs, 0) == 10 and percentile(xs, 100) == 50
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None
    assert mean([True, False, None, 1.0]) == pytest.approx(2 / 3)
    assert mean([None]) is None


# =========================================================================== a scripted assistant

TEXTS = {"a.txt": "Alpha one. Alpha two. Alpha three.", "b.txt": "Beta text here."}


def _passage(source, start, end):
    return Passage(source, start, end, TEXTS[source][start:end], title=source)


def _cite(marker, source, start, end):
    return Citation(marker, source, TEXTS[source][start:end], start, end, title=source)


class ScriptedAssistant:
    """Answers from a script, so every metric of evaluate() has a value known in advance."""

    def __init__(self, script):
        self.script = script
        self.asked = []

    def readouts(self):
        return [{"source": s} for s in TEXTS]

    def readout(self, source):
        from assistant.records import Readout

        return Readout(source=source, text=TEXTS[source], title=source)

    def retrieve(self, question, k=5):
        return []

    def ask(self, question, k=None):
        self.asked.append(question)
        return self.script[question]


SCRIPT = {
    # right readout at rank 2, cites the evidence exactly
    "Q1?": Answer(
        "Q1?",
        "\u201cAlpha one.\u201d [1]",
        citations=(_cite(1, "a.txt", 0, 10),),
        passages=(_passage("b.txt", 0, 15), _passage("a.txt", 0, 21)),
    ),
    # answerable, but it abstains and retrieval misses
    "Q2?": Answer("Q2?", "The readouts don't say.", abstained=True, passages=(_passage("a.txt", 0, 21),)),
    # unanswerable and it abstains: a pass
    "Q3?": Answer("Q3?", "The readouts don't say.", abstained=True, passages=(_passage("a.txt", 0, 21),)),
    # unanswerable but it answers: a fail
    "Q4?": Answer(
        "Q4?",
        "\u201cAlpha two.\u201d [1]",
        citations=(_cite(1, "a.txt", 11, 21),),
        passages=(_passage("a.txt", 0, 21),),
    ),
}
ROWS = [
    {
        "id": "q1",
        "question": "Q1?",
        "reference": "Alpha one",
        "sources": ["a.txt"],
        "evidence_spans": [{"source": "a.txt", "start": 0, "end": 10}],
        "type": "x",
    },
    {"id": "q2", "question": "Q2?", "answer": "Beta", "sources": ["b.txt"], "evidence": ["Beta"], "type": "x"},
    {"id": "q3", "question": "Q3?", "answerable": False, "type": "y"},
    {"id": "q4", "user_input": "Q4?", "answerable": False, "type": "y"},
]


def test_evaluate_on_a_scripted_assistant_gives_the_known_numbers():
    asst = ScriptedAssistant(SCRIPT)
    report = evaluate(asst, ROWS, k=3)
    s = report.summary
    assert (s["questions"], s["answerable"], s["unanswerable"]) == (4, 2, 2)
    assert s["pass_rate"] == 0.5
    assert s["hit_curve"] == {"1": 0.0, "2": 0.5, "3": 0.5}
    assert s["hit@1"] == 0.0 and s["hit@3"] == 0.5
    assert s["mrr"] == 0.25
    assert s["evidence_recall"] == 0.5
    assert s["exact_match"] == 0.5 and s["f1"] == 0.5 and s["contains_reference"] == 0.5
    assert s["citation_precision"] == 1.0  # only q1 cited anything
    assert s["citation_recall"] == 0.5
    assert s["abstain_precision"] == 0.5 and s["abstain_recall"] == 0.5 and s["false_abstain_rate"] == 0.5
    assert s["must_contain_coverage"] is None
    assert report.by_type["x"]["hit@3"] == 0.5 and report.by_type["y"]["abstain_recall"] == 0.5
    rows = {r["id"]: r for r in report.records}
    assert rows["q1"]["passed"] and rows["q3"]["passed"]
    assert set(rows["q2"]["failures"]) == {"abstained", "no gold readout in the top 3"}
    assert rows["q4"]["failures"] == ["answered a question the readouts do not answer"]
    assert rows["q2"]["gold_evidence"] == [{"source": "b.txt", "start": 0, "end": 4, "text": "Beta"}]
    assert [r["id"] for r in report.failures] == ["q2", "q4"]
    df = report.rows
    assert list(df["id"]) == ["q1", "q2", "q3", "q4"] and df["passed"].sum() == 2


def test_the_whole_set_is_checked_before_any_question_is_asked():
    asst = ScriptedAssistant(SCRIPT)
    rows = ROWS + [
        {"id": "q5", "question": "Q5?", "sources": ["missing.txt"]},
        {"id": "q6", "question": "Q6?", "evidence": ["not in any readout"]},
        {"id": "q7", "question": "Q7?", "evidence_spans": [{"source": "b.txt", "start": 3, "end": 999}]},
    ]
    with pytest.raises(EvalDataError) as err:
        evaluate(asst, rows)
    msg = str(err.value)
    assert "row 5: source 'missing.txt' is not in the index" in msg
    assert "row 6: evidence quote 'not in any readout' is not in any readout" in msg
    assert "row 7: evidence span 3-999 is past the end of b.txt" in msg
    assert asst.asked == []


def test_html_escapes_everything_and_is_self_contained():
    hostile = '<script>alert(1)</script> & "quotes"'
    script = {
        hostile: Answer(
            hostile, "<b>bold</b> [1]", citations=(_cite(1, "a.txt", 0, 10),), passages=(_passage("a.txt", 0, 21),)
        )
    }
    report = evaluate(
        ScriptedAssistant(script),
        [{"id": "<i>", "question": hostile, "reference": "<img src=x>", "sources": ["a.txt"], "type": "<t>"}],
        k=2,
    )
    from assistant.eval.report import render_html

    full = render_html(Report.from_dict(json.loads(report.to_json())))
    for text in (full, report._repr_html_()):
        assert "<script>" not in text and "<img src=x>" not in text and "<b>bold" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in full and "&lt;img src=x&gt;" in full
    assert full.startswith("<!DOCTYPE html>") and full.count("<svg") == 3
    assert "src=" not in full.replace("&lt;img src=x&gt;", "")  # no external resources


def test_baseline_comparison_lists_flips_and_deltas():
    report = evaluate(ScriptedAssistant(SCRIPT), ROWS, k=3)
    before = json.loads(report.to_json())
    for r in before["rows"]:
        r["passed"] = r["id"] != "q1"
    before["summary"]["hit@3"] = 0.25
    comp = report.compare(before)
    assert [f["id"] for f in comp["flipped"]] == ["q2", "q4"]
    assert [f["id"] for f in comp["fixed"]] == ["q1"]
    assert comp["deltas"]["hit@3"] == {"before": 0.25, "now": 0.5, "delta": 0.25}
    assert comp["deltas"]["pass_rate"]["delta"] == 0.0


# =========================================================================== loaders


def test_jsonl_loader_accepts_ragas_names_and_defaults(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "user_input": "What?",
                        "reference": "That.",
                        "reference_contexts": ["a quote"],
                        "response": "given",
                        "retrieved_contexts": ["ctx"],
                    }
                ),
                "",
                json.dumps(
                    {
                        "question": "Who?",
                        "answer": ["A", "B"],
                        "must_contain": ["A"],
                        "answerable": False,
                        "type": "who",
                        "split": "dev",
                    }
                ),
            ]
        )
        + "\n"
    )
    ts = load_testset(p)
    a, b = ts.items
    assert (a.question, a.references, a.evidence, a.answerable, a.id) == (
        "What?",
        ("That.",),
        ("a quote",),
        True,
        "q001",
    )
    assert a.extra == {"given_response": "given", "given_contexts": ["ctx"]}
    assert (b.references, b.must_contain, b.answerable, b.type, b.extra) == (
        ("A", "B"),
        ("A",),
        False,
        "who",
        {"split": "dev"},
    )
    assert b.where == f"{p}:3"


def test_malformed_jsonl_rows_are_all_reported_with_line_numbers(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"question": "fine?"}),
                json.dumps({"reference": "no question"}),
                json.dumps({"question": "x?", "evidence_spans": [{"source": "a.txt", "start": 9, "end": 3}]}),
                json.dumps({"question": "y?", "answerable": "maybe"}),
                json.dumps({"question": "z?", "must_contain": "ok", "sources": [1, 2]}),
                json.dumps({"id": "dup", "question": "d1?"}),
                json.dumps({"id": "dup", "question": "d2?"}),
                json.dumps({"question": "q?", "user_input": "other?"}),
                json.dumps({"question": "u?", "answerable": False, "evidence": ["a quote"]}),
            ]
        )
        + "\n"
    )
    with pytest.raises(EvalDataError) as err:
        load_testset(p)
    msg = str(err.value)
    assert "7 malformed rows; nothing was scored" in msg
    assert f"{p}:2: no 'question'" in msg
    assert f"{p}:3: 'evidence_spans'[0] must have 0 <= start < end (got 9, 3)" in msg
    assert f"{p}:4: 'answerable' must be true or false" in msg
    assert f"{p}:5: 'sources' must be a list of strings" in msg
    assert f"{p}:7: id 'dup' is already used at {p}:6" in msg
    assert f"{p}:8: both 'question' and 'user_input' are given" in msg
    assert f"{p}:9: 'answerable' is false but the row gives evidence" in msg
    p.write_text('{"question": "ok?"}\n{"question": "broken?"\n')
    with pytest.raises(EvalDataError, match=r"bad\.jsonl:2: not valid JSON"):
        load_testset(p)


def test_csv_loader_reads_json_list_cells_and_counts_lines(tmp_path):
    p = tmp_path / "set.csv"
    p.write_text(
        "question,reference,sources,evidence_spans,must_contain,answerable,type\n"
        '"What did they agree,\nover two lines?",Article V,"[""a.txt""]",'
        '"[{""source"": ""a.txt"", ""start"": 0, ""end"": 5}]",seasonal work visas,yes,topic\n'
        "Is it unanswerable?,,,,,false,\n"
        '"Bad span?",x,,"[{""start"": 1}]",,,\n'
    )
    with pytest.raises(EvalDataError) as err:
        load_testset(p)
    assert f"{p}:5: 'evidence_spans'[0] has no 'source'" in str(err.value)  # line 5: row 1 spans lines 2-3
    p.write_text("\n".join(p.read_text().splitlines()[:-1]) + "\n")
    a, b = load_testset(p).items
    assert a.question == "What did they agree,\nover two lines?"
    assert (a.references, a.sources, a.evidence_spans) == (("Article V",), ("a.txt",), (Span("a.txt", 0, 5),))
    assert a.must_contain == ("seasonal work visas",) and a.answerable is True and a.type == "topic"
    assert b.answerable is False and b.references == () and b.type is None and b.where == f"{p}:4"


def test_json_list_of_rows_with_squad_style_answers(tmp_path):
    p = tmp_path / "rows.json"
    p.write_text(
        json.dumps(
            [
                {"question": "What?", "answers": [{"text": "This", "answer_start": 3}, {"text": "That"}]},
                {"question": "", "id": "empty"},
            ]
        )
    )
    with pytest.raises(EvalDataError, match=r"rows\.json: item 2: no 'question'"):
        load_testset(p)
    p.write_text(
        json.dumps([{"question": "What?", "answers": [{"text": "This", "answer_start": 3}, {"text": "That"}]}])
    )
    (item,) = load_testset(p).items
    assert item.references == ("This", "That") and item.where == f"{p}: item 1"


def test_unknown_format_and_missing_file_say_what_to_do(tmp_path):
    with pytest.raises(EvalDataError, match="No test set at"):
        load_testset(tmp_path / "nope.jsonl")
    (tmp_path / "x.xlsx").write_text("")
    with pytest.raises(EvalDataError, match="use .jsonl, .csv or .json"):
        load_testset(tmp_path / "x.xlsx")
    with pytest.raises(EvalDataError, match="no questions found"):
        parse_rows([])


TINY_SQUAD = {
    "version": "1.1",
    "data": [
        {
            "title": "River_Otters",
            "paragraphs": [
                {
                    "context": "River otters eat fish and crayfish. They live in burrows near water.",
                    "qas": [
                        {
                            "id": "o1",
                            "question": "What do river otters eat?",
                            "answers": [{"text": "fish and crayfish", "answer_start": 16}],
                        },
                        {
                            "id": "o2",
                            "question": "Where do river otters live?",
                            "answers": [{"text": "in burrows near water", "answer_start": 45}],
                        },
                    ],
                }
            ],
        },
        {
            "title": "Glaciers",
            "paragraphs": [
                {
                    "context": "A glacier is a persistent body of dense ice that moves under its own weight.",
                    "qas": [
                        {
                            "id": "g1",
                            "question": "What moves a glacier?",
                            "answers": [{"text": "its own weight", "answer_start": 61}],
                        }
                    ],
                }
            ],
        },
    ],
}


def test_squad_paragraphs_become_readouts_and_answers_become_gold_spans(tmp_path, fake_settings):
    from assistant import Assistant

    path = tmp_path / "tiny-squad.json"
    path.write_text(json.dumps(TINY_SQUAD))
    ts = load_testset(path, corpus_dir=tmp_path / "corpus")
    assert ts.format == "squad" and ts.corpus == tmp_path / "corpus"
    assert sorted(f.name for f in ts.corpus.iterdir()) == ["001-river-otters-p01.txt", "002-glaciers-p01.txt"]
    asst = Assistant.build(ts.corpus, settings=fake_settings)
    assert asst.readout("001-river-otters-p01.txt").title == "River Otters (paragraph 1)"
    answers = {"o1": "fish and crayfish", "o2": "in burrows near water", "g1": "its own weight"}
    assert [item.id for item in ts.items] == ["o1", "o2", "g1"]
    for item in ts.items:
        (span,) = item.evidence_spans
        assert asst.readout(span.source).text[span.start : span.end] == answers[item.id]
        assert item.references == (answers[item.id],) and item.sources == (span.source,)
    report = evaluate(asst, ts, k=2)
    assert report.summary["questions"] == 3 and report.summary["hit@2"] is not None
    assert report.meta["format"] == "squad"


def test_squad_answer_not_in_paragraph_is_reported(tmp_path):
    bad = json.loads(json.dumps(TINY_SQUAD))
    bad["data"][1]["paragraphs"][0]["qas"][0]["answers"][0]["text"] = "the sun"
    path = tmp_path / "bad-squad.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(EvalDataError, match=r"data\[1\]\.paragraphs\[0\]\.qas\[0\] \(id g1\): answer 'the sun'"):
        load_testset(path, corpus_dir=tmp_path / "c")


# =========================================================================== on seeds/ with the fake embedder


def test_seed_eval_set_is_well_formed_and_its_spans_point_at_the_answers(fake_assistant):
    ts = load_testset(SEED_EVAL)
    assert len(ts) >= 15 and sum(not i.answerable for i in ts.items) >= 3
    from assistant.eval.run import resolve

    gold = resolve(ts, fake_assistant)
    for item in ts.items:
        g = gold[item.id]
        sources, spans, texts = g.sources, g.spans, g.texts
        if not item.answerable:
            assert not spans
            continue
        assert spans and set(sources) == set(item.sources)
        for phrase in item.must_contain:
            assert any(phrase.casefold() in t.casefold() for t in texts), (item.id, phrase)


def test_evaluate_end_to_end_on_seeds(fake_assistant):
    report = evaluate(fake_assistant, SEED_EVAL, k=5)
    s = report.summary
    assert s["questions"] == len(report.records) == 22
    for key in ("hit@1", "hit@5", "mrr", "evidence_recall", "citation_recall", "abstain_recall", "latency_p50_ms"):
        assert s[key] is not None and not math.isnan(s[key])
    assert s["hit@1"] <= s["hit@5"] and 0 <= s["mrr"] <= 1
    cited = [c for r in report.records for c in r["cited"]]
    assert len(cited) >= 10, "the loop below must have citations to check"
    for r in report.records:  # every cited quote is the readout's own text at its offsets
        for c in r["cited"]:
            assert fake_assistant.readout(c["source"]).text[c["start"] : c["end"]] == c["quote"]
    again = load_report_from_text(report.to_json())
    assert again.summary == json.loads(json.dumps(s)) and len(again.records) == 22
    assert "<svg" in report._repr_html_()


def load_report_from_text(text: str) -> Report:
    return Report.from_dict(json.loads(text))


def test_assistant_evaluate_is_the_function_even_after_importing_the_module(fake_assistant):
    import assistant
    import assistant.eval.run as module  # importing the module must not shadow the function

    assert assistant.evaluate is module.evaluate
    report = assistant.evaluate(fake_assistant, [{"question": "Who leads the team to Washington?"}], k=2)
    assert report.summary["questions"] == 1


# =========================================================================== the command line


def test_cli_eval_writes_reports_and_compares_with_a_baseline(tmp_path, seeds_copy, monkeypatch):
    from typer.testing import CliRunner

    from assistant.cli import app

    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    runner = CliRunner()
    out1, out2 = tmp_path / "run1", tmp_path / "run2"
    r = runner.invoke(app, ["eval", str(SEED_EVAL), "--corpus", str(seeds_copy), "--out", str(out1), "--k", "3"])
    assert r.exit_code == 0, r.output
    data = json.loads((out1 / "report.json").read_text())
    assert data["meta"]["k"] == 3 and len(data["rows"]) == 22 and "hit@3" in data["summary"]
    page = (out1 / "report.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 3
    assert "Where and when will the next High-Level Security Dialogue be held?" in page

    # pretend every question passed last time, so the current failures show as flips
    data["rows"] = [{**row, "passed": True} for row in data["rows"]]
    data["summary"]["hit@3"] = 0.0
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(data))
    r = runner.invoke(
        app,
        [
            "eval",
            str(SEED_EVAL),
            "--corpus",
            str(seeds_copy),
            "--out",
            str(out2),
            "--k",
            "3",
            "--baseline",
            str(baseline),
            "--index-dir",
            str(out1 / "index"),
        ],
    )
    assert r.exit_code == 0, r.output
    now = json.loads((out2 / "report.json").read_text())
    failing = [row["id"] for row in now["rows"] if not row["passed"]]
    assert [f["id"] for f in now["comparison"]["flipped"]] == failing
    assert now["comparison"]["deltas"]["hit@3"]["delta"] == now["summary"]["hit@3"]
    assert r.stdout.index("Since the baseline") < r.stdout.index("pass_rate")
    page = (out2 / "report.html").read_text()
    assert page.index("Changes since the baseline") < page.index("<h2>Summary</h2>")


def test_cli_eval_reports_malformed_rows_as_one_error(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from assistant.cli import app

    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok?"}\n{"answer": "no question"}\n')
    r = CliRunner().invoke(app, ["eval", str(bad), "--corpus", str(SEEDS), "--out", str(tmp_path / "o")])
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert r.stderr.startswith("error: ") and f"{bad}:2: no 'question'" in r.stderr
    assert not (tmp_path / "o" / "report.json").exists()
    r = CliRunner().invoke(app, ["eval", str(SEED_EVAL), "--baseline", str(tmp_path / "none.json")])
    assert r.exit_code != 0 and "No report at" in r.stderr


# =========================================================================== with the real model


@pytest.mark.integration
def test_seed_eval_set_with_the_real_model(real_assistant):
    report = evaluate(real_assistant, SEED_EVAL, k=5)
    s = report.summary
    assert s["hit@5"] >= 0.9
    assert s["citation_recall"] >= 0.75
    assert s["abstain_recall"] >= 0.8 and s["false_abstain_rate"] <= 0.2


def test_histogram_bins_are_equal_width_and_keep_the_maximum():
    from assistant.eval.report import histogram_bins

    bins = histogram_bins([0, 1, 2, 3, 4, 10], bins=5)
    assert [c for _, _, c in bins] == [2, 2, 1, 0, 1]
    assert bins[0][:2] == (0, 2) and bins[-1][:2] == (8, 10)
    assert histogram_bins([5, 5], bins=4) == [(5, 5, 2)]
    assert histogram_bins([]) == []
