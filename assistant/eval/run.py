"""Score an assistant against a test set, offline: retrieval, answers, citations, abstention.

    from assistant import Assistant, evaluate
    report = evaluate(Assistant.open("index/"), "tests/data/seed_eval.jsonl", k=5)
    report.summary          # {"hit@5": 1.0, "mrr": 0.93, ...}
    report.rows             # pandas DataFrame, one row per question
    report.write_html("report.html")

The package is layered without cycles: ``metrics`` (pure functions) <-
``datasets`` (records, loaders; ``squad``) <- ``gold`` (checks against the
index) <- ``scoring`` (rows, summaries, comparison) <- ``report`` (HTML and
terminal rendering of plain data) <- ``run`` (this module: ``evaluate`` and
the ``Report``). The names below are re-exported so older imports keep
working.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..errors import AssistantError, EvalDataError
from . import report as _render
from .datasets import EvalItem, Part, TestSet, as_testset, load_testset, parse_row, parse_rows, select_split
from .gold import Gold, resolve
from .metrics import (
    Span,
    abstention_scores,
    all_facts_present,
    citation_precision,
    citation_recall,
    cites_evidence,
    contains_reference,
    evidence_recall,
    exact_match,
    first_hit_rank,
    hit_at_k,
    list_precision,
    list_recall,
    mean,
    must_contain_coverage,
    normalize_answer,
    part_answered,
    percentile,
    reciprocal_rank,
    spans_overlap,
    states_number,
    token_f1,
    wilson_interval,
)
from .scoring import (
    HEADLINE,
    LOWER_IS_BETTER,
    answer_prediction,
    compare,
    failure_reasons,
    headline_keys,
    score_item,
    summarize,
    summarize_groups,
)

__all__ = [
    "Span",
    "Part",
    "EvalItem",
    "TestSet",
    "Gold",
    "Report",
    "evaluate",
    "load_testset",
    "parse_row",
    "parse_rows",
    "select_split",
    "load_report",
    "resolve",
    "spans_overlap",
    "first_hit_rank",
    "hit_at_k",
    "reciprocal_rank",
    "evidence_recall",
    "must_contain_coverage",
    "all_facts_present",
    "normalize_answer",
    "exact_match",
    "token_f1",
    "contains_reference",
    "citation_precision",
    "citation_recall",
    "cites_evidence",
    "part_answered",
    "states_number",
    "list_recall",
    "list_precision",
    "abstention_scores",
    "percentile",
    "mean",
    "wilson_interval",
    "summarize",
    "summarize_groups",
    "compare",
    "score_item",
    "failure_reasons",
    "answer_prediction",
    "headline_keys",
    "HEADLINE",
    "LOWER_IS_BETTER",
]


class Report:
    """The result of ``evaluate``: per-question rows, a summary, and ways to show and save them."""

    def __init__(
        self,
        records: list[dict],
        summary: dict,
        meta: dict,
        by_type: dict | None = None,
        comparison: dict | None = None,
        by_split: dict | None = None,
        sources: dict | None = None,
    ) -> None:
        self.records = records
        self.summary = summary
        self.meta = meta
        self.by_type = by_type or {}
        self.by_split = by_split or {}
        #: title and date of every readout the rows mention, by source
        self.sources = sources or {}
        self.comparison = comparison
        self.path: Path | None = None  # the report.json it was read from, if any

    @property
    def k(self) -> int:
        return int(self.meta.get("k", 5))

    @property
    def rows(self):
        """A pandas DataFrame with one row per question (needs pandas: the ``eval`` extra)."""
        from ..errors import require

        pd = require("pandas", "eval")
        return pd.DataFrame(self.records)

    @property
    def failures(self) -> list[dict]:
        """The per-question records that did not pass."""
        return [r for r in self.records if not r["passed"]]

    def split(self, name: str) -> dict[str, Any]:
        """The summary of the questions of one split ("dev", "test"), computed from the rows."""
        rows = [r for r in self.records if r.get("split") == name or (r.get("extra") or {}).get("split") == name]
        if not rows:
            splits = ", ".join(self.by_split) or "none"
            raise EvalDataError(f"No questions in split {name!r}; the splits are: {splits}.")
        return summarize(rows, self.k)

    def to_dict(self) -> dict:
        return {
            "meta": self.meta,
            "summary": self.summary,
            "by_type": self.by_type,
            "by_split": self.by_split,
            "comparison": self.comparison,
            "sources": self.sources,
            "rows": self.records,
        }

    def to_json(self, path: str | Path | None = None) -> str:
        """The whole report as JSON (also written to ``path`` when given)."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1, default=_json_default)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        return cls(
            list(data.get("rows", [])),
            dict(data.get("summary", {})),
            dict(data.get("meta", {})),
            dict(data.get("by_type") or {}),
            data.get("comparison"),
            dict(data.get("by_split") or {}),
            dict(data.get("sources") or {}),
        )

    def compare(self, baseline: Report | Mapping[str, Any] | str | Path) -> dict:
        """Compare with an earlier report (a Report, its dict, or its report.json path); kept in ``comparison``."""
        name = None
        if isinstance(baseline, (str, Path)):
            baseline = load_report(baseline)
        if isinstance(baseline, Report):
            name = str(baseline.path) if baseline.path else None
            base = baseline.to_dict()
        else:
            base = dict(baseline)
        self.comparison = compare(self.to_dict(), base, name)
        return self.comparison

    def to_html(self, fragment: bool = False) -> str:
        """The report as a self-contained HTML page (inline SVG, CSS and JS), or a fragment for Jupyter."""
        return _render.render_html(self, fragment=fragment)

    def write_html(self, path: str | Path) -> Path:
        """Write the self-contained HTML report (no external files) to ``path``."""
        p = Path(path)
        p.write_text(self.to_html(), encoding="utf-8")
        return p

    def print(self, console=None) -> None:
        """Print summary tables to the terminal with rich."""
        _render.print_report(self, console)

    def _repr_html_(self) -> str:
        return self.to_html(fragment=True)

    def __repr__(self) -> str:
        s = self.summary
        k = self.k
        return (
            f"<Report {s.get('questions')} questions: hit@{k}={_fmt(s.get(f'hit@{k}'))} "
            f"pass={_fmt(s.get('pass_rate'))} citation_recall={_fmt(s.get('citation_recall'))}>"
        )


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _json_default(o):
    if isinstance(o, Path):
        return str(o)
    if isinstance(o, (set, tuple)):
        return list(o)
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    return str(o)


def load_report(path: str | Path) -> Report:
    """Read a report.json written earlier (for ``--baseline``)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalDataError(f"No report at {p}. Give the report.json of an earlier 'assistant eval' run.") from None
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{p}:{exc.lineno}: not a valid report.json ({exc.msg}).") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalDataError(f"{p}: cannot read it as a report.json ({exc}).") from None
    if not isinstance(data, dict) or "summary" not in data or "rows" not in data:
        raise EvalDataError(f"{p} is not a report.json from 'assistant eval' (no summary/rows).")
    report = Report.from_dict(data)
    report.path = p
    return report


# =========================================================================== running


def _ask(assistant, item: EvalItem, k: int):
    """Ask one question (with its conversation, if any); returns the answer and the wall time in ms.

    An error the assistant raises for this question says which row asked it.
    """
    t0 = time.perf_counter()
    try:
        if item.history:
            answer = assistant.ask(item.question, history=item.messages, k=k)
        else:  # a duck-typed assistant need not take a history
            answer = assistant.ask(item.question, k=k)
    except AssistantError as exc:
        exc.args = (f"{item.where} (id {item.id}): {exc}", *exc.args[1:])
        raise
    return answer, (time.perf_counter() - t0) * 1000


def _describe(assistant) -> dict:
    try:
        return dict(assistant.info())
    except Exception:  # a duck-typed assistant need not describe itself
        return {}


def _source_titles(assistant, records: list[dict]) -> dict[str, dict]:
    """Title and date of each readout the rows mention (for short labels in the report)."""
    wanted = {s for r in records for s in r["gold_sources"]}
    wanted |= {e["source"] for r in records for key in ("retrieved", "cited") for e in r[key]}
    try:
        listed = {d["source"]: d for d in assistant.readouts() if d.get("source") in wanted}
    except Exception:  # optional for duck-typed assistants
        listed = {}
    out = {
        s: {"title": listed.get(s, {}).get("title") or "", "date": listed.get(s, {}).get("date")}
        for s in sorted(wanted)
    }
    for r in records:  # fall back on what the passages and citations carried
        for e in r["retrieved"] + r["cited"]:
            if not out[e["source"]]["title"] and e.get("title"):
                out[e["source"]] = {"title": e["title"], "date": e.get("date")}
    return out


def _meta(ts: TestSet, k: int, records: list[dict], info: dict, split: str | None, seconds: float) -> dict:
    return {
        "testset": ts.path,
        "format": ts.format,
        "k": k,
        "questions": len(records),
        "split": split,
        "model": info.get("model"),
        "index_dir": info.get("index_dir"),
        "store": info.get("store"),
        "readouts": info.get("readouts"),
        "uploaded": info.get("uploaded"),
        "corpus": str(ts.corpus) if ts.corpus else info.get("corpus_root"),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(seconds, 2),
    }


def evaluate(
    assistant,
    testset,
    k: int = 5,
    *,
    baseline=None,
    split: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    """Ask every question of ``testset`` and score the answers; returns a Report.

    ``testset`` is a TestSet, a path (see ``load_testset``) or a list of row
    dicts. The whole set is parsed and checked against the index (question
    length, sources, spans, evidence quotes) before the first question is
    asked. ``split`` keeps only the rows of that split ("dev", "test").
    ``baseline`` (a Report or the path of an earlier report.json) adds metric
    deltas and the questions that flipped from pass to fail. A row's
    ``history`` is passed to ``ask``. Latency is wall time of
    ``assistant.ask`` after one warm-up query.
    """
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise EvalDataError(f"k must be a positive integer (got {k!r}).")
    ts = select_split(as_testset(testset), split)
    gold = resolve(ts, assistant)
    base = load_report(baseline) if isinstance(baseline, (str, Path)) else baseline
    assistant.retrieve(ts.items[0].question, k=1)  # warm-up: load the model before timing
    records = []
    t_all = time.perf_counter()
    for n, item in enumerate(ts.items, start=1):
        answer, latency = _ask(assistant, item, k)
        row = score_item(item, answer, latency, k, gold[item.id])
        if item.extra:
            row["extra"] = dict(item.extra)
        records.append(row)
        if progress:
            progress("evaluating", n, len(ts.items))
    seconds = time.perf_counter() - t_all
    report = Report(
        records,
        summarize(records, k),
        _meta(ts, k, records, _describe(assistant), split, seconds),
        summarize_groups(records, k, "type"),
        by_split=summarize_groups(records, k, "split"),
        sources=_source_titles(assistant, records),
    )
    if base is not None:
        report.compare(base)
    return report
