"""evaluate() on the new question-set fields (issue 11): conversations, multi-part questions, counts and lists,
headline rates with 95% Wilson intervals, splits; and the report naming the readouts it ran over (issue 12.4).

A scripted assistant answers every question from a script, so every number below is known in advance.
The helpers here (``ScriptedConversationAssistant``, ``NEW_ROWS``, ``new_field_report``) are reused by the
report and browser tests."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

import pytest

from assistant.errors import EvalDataError
from assistant.eval.metrics import wilson_interval
from assistant.eval.run import Report, evaluate, load_report
from assistant.records import Answer, Citation, Passage, Readout

TEXTS = {
    "a.txt": "Alpha met Beta in Oslo. They agreed to build a bridge. They also discussed fish.",
    "b.txt": "Gamma met Delta. They agreed on a bridge too.",
    "c.txt": "Epsilon talked about trade.",
}
TITLES = {
    "a.txt": ("Alpha Beta Oslo Meeting", "2024-05-01"),
    "b.txt": ("Gamma Delta Call", "2023-02-02"),
    "c.txt": ("Epsilon Trade Talk", None),
}


def span(source: str, sentence: str) -> dict:
    start = TEXTS[source].index(sentence)
    return {"source": source, "start": start, "end": start + len(sentence)}


def passage(source: str, score: float = 0.5) -> Passage:
    title, date = TITLES[source]
    return Passage(source, 0, len(TEXTS[source]), TEXTS[source], title=title, date=date, score=score)


def cite(marker: int, source: str, sentence: str) -> Citation:
    s = span(source, sentence)
    title, date = TITLES[source]
    return Citation(marker, source, sentence, s["start"], s["end"], title=title, date=date)


@dataclass(frozen=True)
class AnswerWithMissing(Answer):
    """An Answer with the ``missing`` field of issue 11 (whether or not records.Answer has it yet)."""

    missing: tuple[str, ...] = ()


def answer(question: str, text: str, citations=(), passages=("a.txt",), abstained=False, missing=()):
    return AnswerWithMissing(
        question,
        text,
        citations=tuple(citations),
        abstained=abstained,
        passages=tuple(passage(s) for s in passages),
        missing=tuple(missing),
    )


AGREED, OSLO, FISH = "They agreed to build a bridge.", "Alpha met Beta in Oslo.", "They also discussed fish."
BRIDGE_B = "They agreed on a bridge too."
HISTORY = [{"role": "user", "content": "Who met in Oslo?"}, {"role": "assistant", "content": "Alpha and Beta."}]

NEW_ROWS = [
    {
        "id": "r1",
        "question": "What did they agree?",
        "history": HISTORY,
        "sources": ["a.txt"],
        "evidence_spans": [span("a.txt", AGREED)],
        "must_contain": ["bridge"],
        "type": "followup",
        "split": "dev",
    },
    {
        "id": "r2",
        "question": "Where did Alpha meet Beta, and how much did the bridge cost?",
        "sources": ["a.txt"],
        "parts": [
            {"text": "where they met", "must_contain": ["Oslo"]},
            {"text": "the cost of the bridge", "answerable": False},
        ],
        "type": "two-part",
        "split": "test",
    },
    {
        "id": "r3",
        "question": "Where did Alpha meet Beta, and what else did they discuss?",
        "sources": ["a.txt"],
        "parts": [
            {"text": "where they met", "evidence_spans": [span("a.txt", OSLO)]},
            {"text": "what else they discussed", "must_contain": ["fish"]},
        ],
        "type": "two-part",
        "split": "test",
    },
    {
        "id": "r4",
        "question": "How many readouts mention a bridge?",
        "expected_count": 2,
        "type": "count",
        "sources": ["a.txt", "b.txt"],
        "split": "test",
    },
    {
        "id": "r5",
        "question": "Which readouts mention a bridge?",
        "type": "list",
        "sources": ["a.txt", "b.txt"],
        "split": "test",
    },
    {
        "id": "r6",
        "question": "What did Zeta say about rockets?",
        "answerable": False,
        "type": "unanswerable",
        "split": "dev",
    },
    {
        "id": "r7",
        "question": "How many bridges did Alpha and Beta agree to build?",
        "expected_count": 3,
        "type": "count",
        "sources": ["a.txt"],
        "evidence_spans": [span("a.txt", AGREED)],
    },
]

NEW_SCRIPT = {
    "What did they agree?": answer("What did they agree?", f"\u201c{AGREED}\u201d [1]", [cite(1, "a.txt", AGREED)]),
    NEW_ROWS[1]["question"]: answer(
        NEW_ROWS[1]["question"],
        f"\u201c{OSLO}\u201d [1]",
        [cite(1, "a.txt", OSLO)],
        missing=["how much the bridge cost"],
    ),
    NEW_ROWS[2]["question"]: answer(NEW_ROWS[2]["question"], f"\u201c{OSLO}\u201d [1]", [cite(1, "a.txt", OSLO)]),
    NEW_ROWS[3]["question"]: answer(
        NEW_ROWS[3]["question"],
        f"Two readouts mention a bridge: \u201c{AGREED}\u201d [1] \u201c{BRIDGE_B}\u201d [2]",
        [cite(1, "a.txt", AGREED), cite(2, "b.txt", BRIDGE_B)],
        passages=("a.txt", "b.txt"),
    ),
    NEW_ROWS[4]["question"]: answer(
        NEW_ROWS[4]["question"],
        "\u201cAgreed.\u201d [1] \u201cTrade.\u201d [2]",
        [cite(1, "a.txt", AGREED), cite(2, "c.txt", "Epsilon talked about trade.")],
        passages=("a.txt", "c.txt"),
    ),
    NEW_ROWS[5]["question"]: answer(NEW_ROWS[5]["question"], "The readouts don't say.", abstained=True),
    NEW_ROWS[6]["question"]: answer(NEW_ROWS[6]["question"], f"\u201c{AGREED}\u201d [1]", [cite(1, "a.txt", AGREED)]),
}


class ScriptedConversationAssistant:
    """Answers from a script and records what it was asked, with the history it was given."""

    def __init__(self, script=None, texts=None, titles=None, info=None):
        self.script = NEW_SCRIPT if script is None else script
        self.texts = TEXTS if texts is None else texts
        self.titles = TITLES if titles is None else titles
        self._info = (
            info
            if info is not None
            else {"store": "/srv/idx/ (folder)", "readouts": 3, "uploaded": 1, "model": "scripted"}
        )
        self.asked: list[tuple[str, list | None]] = []

    def info(self):
        return dict(self._info)

    def readouts(self):
        return [
            {
                "source": s,
                "title": self.titles.get(s, ("", None))[0],
                "date": self.titles.get(s, ("", None))[1],
                "uploaded": False,
            }
            for s in self.texts
        ]

    def readout(self, source):
        return Readout(source=source, text=self.texts[source], title=self.titles.get(source, ("", None))[0])

    def retrieve(self, question, k=5):
        return []

    def ask(self, question, history=None, *, k=None):
        self.asked.append((question, history))
        return self.script[question]


def new_field_report(**kwargs) -> Report:
    return evaluate(ScriptedConversationAssistant(), NEW_ROWS, k=3, **kwargs)


# =========================================================================== rows


def test_history_is_passed_to_ask_and_kept_with_the_row():
    asst = ScriptedConversationAssistant()
    report = evaluate(asst, NEW_ROWS, k=3)
    asked = dict(asst.asked)
    assert len(asst.asked) == len(NEW_ROWS)
    assert asked["What did they agree?"] == HISTORY
    assert all(h is None for q, h in asst.asked if q != "What did they agree?")  # no history: none passed
    rows = {r["id"]: r for r in report.records}
    assert rows["r1"]["history"] == HISTORY and rows["r2"]["history"] == []
    assert rows["r1"]["passed"], rows["r1"]["failures"]


def test_parts_are_scored_one_by_one_and_unanswerable_parts_must_be_named():
    rows = {r["id"]: r for r in new_field_report().records}
    r2, r3 = rows["r2"], rows["r3"]
    assert [p["answered"] for p in r2["parts"]] == [True, None]
    assert r2["part_coverage"] == 1.0 and r2["missing_named"] is True and r2["missing"] == ["how much the bridge cost"]
    assert r2["passed"], r2["failures"]
    # part 1 by its evidence span (cited), part 2 by its must-contain phrase (absent)
    assert [p["answered"] for p in r3["parts"]] == [True, False]
    assert r3["part_coverage"] == 0.5 and r3["missing_named"] is None
    assert r3["failures"] == ["part not answered: what else they discussed"]
    assert r3["facts_all"] is False and r3["answer_cited"] is True


def test_an_unnamed_unanswerable_part_fails_the_question():
    script = dict(NEW_SCRIPT)
    q = NEW_ROWS[1]["question"]
    script[q] = answer(q, f"\u201c{OSLO}\u201d [1]", [cite(1, "a.txt", OSLO)])  # no `missing`
    report = evaluate(ScriptedConversationAssistant(script), [NEW_ROWS[1]], k=3)
    (row,) = report.records
    assert row["missing_named"] is False and row["missing"] == []
    assert row["failures"] == ["did not name the part the readouts do not answer"]
    assert report.summary["missing_named"] == 0.0


def test_answers_without_a_missing_attribute_count_as_naming_nothing():
    q = NEW_ROWS[1]["question"]
    plain = Answer(q, f"\u201c{OSLO}\u201d [1]", citations=(cite(1, "a.txt", OSLO),), passages=(passage("a.txt"),))
    report = evaluate(ScriptedConversationAssistant({q: plain}), [NEW_ROWS[1]], k=3)
    assert report.records[0]["missing"] == [] and report.records[0]["missing_named"] is False


def test_counts_are_found_as_digits_or_words_and_lists_get_readout_recall_and_precision():
    rows = {r["id"]: r for r in new_field_report().records}
    assert rows["r4"]["count_stated"] is True and rows["r4"]["expected_count"] == 2  # "Two readouts ..."
    assert rows["r7"]["count_stated"] is False and rows["r7"]["failures"] == ["count 3 not stated"]
    assert rows["r4"]["is_list"] and (rows["r4"]["list_recall"], rows["r4"]["list_precision"]) == (1.0, 1.0)
    assert rows["r5"]["is_list"] and (rows["r5"]["list_recall"], rows["r5"]["list_precision"]) == (0.5, 0.5)
    assert set(rows["r5"]["failures"]) == {"cited 1 of 2 gold readouts", "cited readouts that are not gold"}
    # a count question with one gold readout is not a list question
    assert rows["r7"]["is_list"] is False and rows["r7"]["list_recall"] is None
    assert rows["r4"]["passed"] and not rows["r5"]["passed"]


# =========================================================================== summary


def test_headline_metrics_and_their_wilson_intervals():
    s = new_field_report().summary
    assert (s["questions"], s["answerable"], s["unanswerable"]) == (7, 6, 1)
    assert s["pass_rate"] == pytest.approx(4 / 7)  # r1, r2, r4, r6 pass
    assert s["facts_all"] == pytest.approx(2 / 3)  # r1 yes, r2 (its part's "Oslo") yes, r3 no
    assert s["answer_cited"] == 1.0  # r1, r3 (its part's span), r7
    assert s["part_coverage"] == pytest.approx(2 / 3)  # r2: 1 of 1, r3: 1 of 2 (pooled over parts)
    assert s["missing_named"] == 1.0 and s["count_stated"] == 0.5
    assert s["list_recall"] == 0.75 and s["list_precision"] == 0.75  # mean of r4 (1.0) and r5 (0.5)
    assert s["abstain_recall"] == 1.0 and s["false_abstain_rate"] == 0.0
    ci = s["ci95"]
    expected_n = {
        "pass_rate": 7,
        "facts_all": 3,
        "answer_cited": 3,
        "part_coverage": 3,
        "missing_named": 1,
        "count_stated": 2,
        "list_recall": 2,
        "list_precision": 2,
        "abstain_recall": 1,
        "false_abstain_rate": 6,
    }
    assert ci, "the summary carries confidence intervals"
    for key, n in expected_n.items():
        low, high = wilson_interval(s[key], n)
        assert ci[key] == {"low": pytest.approx(low), "high": pytest.approx(high), "n": n}, key
        assert ci[key]["low"] <= s[key] <= ci[key]["high"]
    # every rate of the summary has one; latency does not
    rates = [k for k, v in s.items() if isinstance(v, float) and not k.endswith("_ms")]
    assert rates and all(k in ci for k in rates)
    assert "latency_p50_ms" not in ci


def test_wilson_interval_known_values():
    assert wilson_interval(0.5, 10) == (pytest.approx(0.236593, abs=1e-6), pytest.approx(0.763407, abs=1e-6))
    assert wilson_interval(0.0, 10) == (0.0, pytest.approx(0.277533, abs=1e-6))
    assert wilson_interval(1.0, 10)[1] == 1.0
    assert wilson_interval(None, 10) is None and wilson_interval(0.5, 0) is None


def test_by_type_and_by_split_carry_the_new_metrics():
    report = new_field_report()
    assert set(report.by_type) == {"followup", "two-part", "count", "list", "unanswerable"}
    assert report.by_type["two-part"]["part_coverage"] == pytest.approx(2 / 3)
    assert report.by_type["count"]["count_stated"] == 0.5 and report.by_type["list"]["list_recall"] == 0.5
    assert "ci95" in report.by_type["two-part"]
    assert set(report.by_split) == {"dev", "test"}  # r7 has no split
    assert report.by_split["dev"]["questions"] == 2 and report.by_split["test"]["questions"] == 4
    assert report.split("test") == report.by_split["test"]
    with pytest.raises(EvalDataError, match="No questions in split 'nope'"):
        report.split("nope")


def test_evaluate_can_run_one_split_only():
    asst = ScriptedConversationAssistant()
    report = evaluate(asst, NEW_ROWS, k=3, split="test")
    assert [r["id"] for r in report.records] == ["r2", "r3", "r4", "r5"]
    assert len(asst.asked) == 4 and report.meta["split"] == "test"
    with pytest.raises(EvalDataError, match=r"no questions in split 'val'; its splits are: dev, test"):
        evaluate(ScriptedConversationAssistant(), NEW_ROWS, k=3, split="val")


def test_the_report_round_trips_through_json_with_the_new_fields(tmp_path):
    report = new_field_report()
    report.to_json(tmp_path / "report.json")
    again = load_report(tmp_path / "report.json")
    assert again.summary == json.loads(json.dumps(report.summary))
    assert again.by_split == json.loads(json.dumps(report.by_split))
    assert again.sources["a.txt"] == {"title": "Alpha Beta Oslo Meeting", "date": "2024-05-01"}
    assert again.records[1]["parts"] == report.records[1]["parts"]


def test_an_old_report_without_the_new_fields_still_loads_and_compares(tmp_path):
    report = new_field_report()
    old = json.loads(report.to_json())
    for key in ("by_split", "sources"):
        old.pop(key)
    for row in old["rows"]:
        for key in (
            "parts",
            "part_coverage",
            "parts_answered",
            "parts_judged",
            "missing",
            "missing_named",
            "count_stated",
            "list_recall",
            "list_precision",
            "facts_all",
            "answer_cited",
            "history",
        ):
            row.pop(key, None)
    (tmp_path / "old.json").write_text(json.dumps(old))
    comp = report.compare(tmp_path / "old.json")
    assert comp["flipped"] == [] and comp["deltas"]["pass_rate"]["delta"] == 0.0
    assert "<svg" in load_report(tmp_path / "old.json").to_html()


# =========================================================================== which readouts (issue 12, item 4)


def test_the_report_says_which_readouts_it_ran_over():
    from rich.console import Console

    report = new_field_report()
    m = report.meta
    assert (m["store"], m["readouts"], m["uploaded"]) == ("/srv/idx/ (folder)", 3, 1)
    assert json.loads(report.to_json())["meta"]["uploaded"] == 1
    page = report.to_html()
    assert "3 readouts (1 uploaded) in /srv/idx/ (folder)" in page
    assert page.index("3 readouts (1 uploaded)") < page.index("<h2>Summary</h2>")
    out = io.StringIO()
    report.print(Console(file=out, width=100, color_system=None))
    assert "over 3 readouts (1 uploaded) in /srv/idx/ (folder)" in out.getvalue()


def test_the_real_assistant_info_feeds_the_report(fake_assistant):
    report = evaluate(fake_assistant, [{"question": "Who leads the team to Washington?"}], k=2)
    info = fake_assistant.info()
    assert report.meta["readouts"] == info["readouts"] == 5
    assert report.meta["uploaded"] == info["uploaded"] == 0
    assert report.meta["store"] == info["store"] and report.meta["store"]


def test_an_error_asking_one_question_names_its_row():
    from assistant.errors import AssistantError

    class Refusing(ScriptedConversationAssistant):
        def ask(self, question, history=None, *, k=None):
            if question == NEW_ROWS[2]["question"]:
                raise AssistantError("The question is too long (over 2,000 characters).")
            return super().ask(question, history, k=k)

    with pytest.raises(AssistantError, match=r"^row 3 \(id r3\): The question is too long"):
        evaluate(Refusing(), NEW_ROWS, k=3)
