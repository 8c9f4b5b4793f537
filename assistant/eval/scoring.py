"""Scoring one answer into a per-question row, and aggregating rows: summaries, confidence intervals, comparison.

Everything here works on plain dicts (the rows of ``report.json``), so a
saved report can be re-summarised, split or compared without the assistant.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .datasets import EvalItem
from .gold import Gold
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
    list_precision,
    list_recall,
    mean,
    must_contain_coverage,
    part_answered,
    percentile,
    spans_overlap,
    states_number,
    token_f1,
    wilson_interval,
)

__all__ = [
    "answer_prediction",
    "score_item",
    "failure_reasons",
    "summarize",
    "summarize_groups",
    "compare",
    "headline_keys",
    "HEADLINE",
    "OPTIONAL",
    "LOWER_IS_BETTER",
    "DEFINITIONS",
    "is_list_question",
]

_MARKER = re.compile(r"\s*\[\d+\]")
_PASSAGE_PREVIEW = 300  # characters of a retrieved passage kept in the row, unless it holds gold evidence


def answer_prediction(answer) -> str:
    """The text scored against references: the answer without its [n] markers ('' when it abstained)."""
    if answer.abstained:
        return ""
    return _MARKER.sub("", answer.text).strip()


def is_list_question(qtype: str | None, gold_sources: Sequence[str]) -> bool:
    """A list question: type "list" with gold readouts, or type "count" with two or more gold readouts."""
    return bool(gold_sources) and (qtype == "list" or (qtype == "count" and len(gold_sources) >= 2))


def _retrieved(passages, gold_spans: Sequence[Span]) -> list[dict]:
    out = []
    for i, p in enumerate(passages):
        holds_gold = any(spans_overlap(Span(p.source, p.start, p.end), g) for g in gold_spans)
        out.append(
            {
                "rank": i + 1,
                "source": p.source,
                "start": p.start,
                "end": p.end,
                "score": round(float(p.score), 4),
                "title": getattr(p, "title", "") or "",
                "date": getattr(p, "date", None),
                "text": p.text if holds_gold else p.text[:_PASSAGE_PREVIEW],
            }
        )
    return out


def _base_row(item: EvalItem, answer, latency_ms: float, k: int, gold: Gold) -> dict[str, Any]:
    all_spans = list(gold.spans) + [s for part in gold.parts for s in part]
    return {
        "id": item.id,
        "type": item.type,
        "split": item.split,
        "question": item.question,
        "history": item.messages,
        "answerable": item.answerable,
        "abstained": bool(answer.abstained),
        "answer": answer.text,
        "missing": [str(m) for m in (getattr(answer, "missing", None) or [])],
        "references": list(item.references),
        "must_contain": list(item.must_contain),
        "gold_sources": list(gold.sources),
        "gold_evidence": [{**s.to_dict(), "text": t} for s, t in zip(gold.spans, gold.texts, strict=True)],
        "retrieved": _retrieved(list(answer.passages)[:k], all_spans),
        "cited": [
            {
                "marker": c.marker,
                "source": c.source,
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
                "title": getattr(c, "title", "") or "",
                "date": getattr(c, "date", None),
            }
            for c in answer.citations
        ],
        "latency_ms": round(latency_ms, 3),
    }


def _retrieval_metrics(row: dict, item: EvalItem, gold: Gold, k: int, retrieved: list[Span]) -> None:
    if item.answerable and gold.sources:
        rank = first_hit_rank([s.source for s in retrieved], gold.sources)
        row.update(
            {
                "hit_rank": rank,
                "hit@1": rank == 1,
                f"hit@{k}": rank is not None,
                "rr": 0.0 if rank is None else 1.0 / rank,
            }
        )
    else:
        row.update({"hit_rank": None, "hit@1": None, f"hit@{k}": None, "rr": None})
    row["evidence_recall"] = evidence_recall(gold.spans, retrieved) if item.answerable else None


def _answer_metrics(
    row: dict, item: EvalItem, gold: Gold, prediction: str, cited: list[Span], quotes: list[str]
) -> None:
    ok, refs = item.answerable, list(item.references)
    row["must_contain_coverage"] = must_contain_coverage(prediction, item.must_contain) if ok else None
    row["exact_match"] = exact_match(prediction, refs) if ok else None
    row["f1"] = token_f1(prediction, refs) if ok else None
    row["contains_reference"] = contains_reference(prediction, refs) if ok else None
    row["citation_precision"] = citation_precision(cited, gold.spans, quotes=quotes, references=refs) if ok else None
    row["citation_recall"] = citation_recall(cited, gold.spans, quotes=quotes, references=refs) if ok else None
    facts = list(item.must_contain) + [m for p in item.parts if p.answerable for m in p.must_contain]
    row["facts_all"] = all_facts_present(prediction, facts) if ok else None
    spans = list(gold.spans) + [s for part in gold.parts for s in part]
    row["answer_cited"] = cites_evidence(cited, spans) if ok else None


def _part_metrics(row: dict, item: EvalItem, gold: Gold, prediction: str, cited: list[Span]) -> None:
    parts: list[dict[str, Any]] = []
    for part, spans in zip(item.parts, gold.parts, strict=True):
        answered = part_answered(prediction, part.must_contain, cited, spans) if part.answerable else None
        parts.append(
            {
                "text": part.text,
                "answerable": part.answerable,
                "must_contain": list(part.must_contain),
                "evidence_spans": [s.to_dict() for s in spans],
                "answered": answered,
            }
        )
    row["parts"] = parts
    judged: list[bool] = [p["answered"] for p in parts if p["answerable"] and p["answered"] is not None]
    row["part_coverage"] = mean(judged)
    row["parts_answered"], row["parts_judged"] = sum(judged), len(judged)
    row["missing_named"] = bool(row["missing"]) if any(not p.answerable for p in item.parts) else None


def _count_and_list_metrics(row: dict, item: EvalItem, gold: Gold, prediction: str, cited: list[Span]) -> None:
    row["expected_count"] = item.expected_count
    row["count_stated"] = (
        states_number(prediction, item.expected_count) if item.expected_count is not None and item.answerable else None
    )
    row["is_list"] = item.answerable and is_list_question(item.type, gold.sources)
    cited_sources = [c.source for c in cited]
    row["list_recall"] = list_recall(cited_sources, gold.sources) if row["is_list"] else None
    row["list_precision"] = list_precision(cited_sources, gold.sources) if row["is_list"] else None


def score_item(item: EvalItem, answer, latency_ms: float, k: int, gold: Gold) -> dict:
    """One per-question row: every metric that applies to it (None where one does not)."""
    row = _base_row(item, answer, latency_ms, k, gold)
    retrieved = [Span(p["source"], p["start"], p["end"]) for p in row["retrieved"]]
    cited = [Span(c.source, c.start, c.end) for c in answer.citations]
    quotes = [c.quote for c in answer.citations]
    prediction = answer_prediction(answer)
    _retrieval_metrics(row, item, gold, k, retrieved)
    _answer_metrics(row, item, gold, prediction, cited, quotes)
    _part_metrics(row, item, gold, prediction, cited)
    _count_and_list_metrics(row, item, gold, prediction, cited)
    row["failures"] = failure_reasons(row, k)
    row["passed"] = not row["failures"]
    return row


def _new_field_failures(row: Mapping[str, Any]) -> list[str]:
    """Failures from the fields of multi-part, count and list questions (absent from older test sets)."""
    reasons = []
    for p in row.get("parts") or []:
        if p["answerable"] and p["answered"] is False:
            reasons.append(f"part not answered: {p['text'][:80]}")
    if row.get("missing_named") is False:
        reasons.append("did not name the part the readouts do not answer")
    if row.get("count_stated") is False:
        reasons.append(f"count {row['expected_count']} not stated")
    if row.get("list_recall") is not None and row["list_recall"] < 1:
        found = round(row["list_recall"] * len(row["gold_sources"]))
        reasons.append(f"cited {found} of {len(row['gold_sources'])} gold readouts")
    if row.get("list_precision") is not None and row["list_precision"] < 1:
        reasons.append("cited readouts that are not gold")
    return reasons


def failure_reasons(row: Mapping[str, Any], k: int) -> list[str]:
    """Why a question counts as failed (empty when it passed).

    An unanswerable question passes when the assistant abstains. An answerable
    one passes when it does not abstain, a gold readout is in the top ``k``,
    some citation hits the evidence (or, without evidence, quotes the
    reference), and every must-contain phrase is in the answer; and, for the
    rows that carry them, every answerable part is answered, an unanswerable
    part is named in ``missing``, the expected count is stated, and a list
    cites exactly the gold readouts.
    """
    if not row["answerable"]:
        return [] if row["abstained"] else ["answered a question the readouts do not answer"]
    reasons = []
    if row["abstained"]:
        reasons.append("abstained")
    if row.get(f"hit@{k}") is False:
        reasons.append(f"no gold readout in the top {k}")
    if row.get("citation_recall") is not None and row["citation_recall"] == 0 and not row["abstained"]:
        reasons.append("no citation on the evidence")
    cov = row.get("must_contain_coverage")
    if cov is not None and cov < 1:
        reasons.append("missing must-contain phrase")
    return reasons + _new_field_failures(row)


# =========================================================================== aggregates

#: Metrics where lower is better (for deltas and colouring).
LOWER_IS_BETTER = {"false_abstain_rate", "latency_p50_ms", "latency_p95_ms"}
#: The metrics shown in tables, in order.
HEADLINE = (
    "pass_rate",
    "hit@1",
    "hit@{k}",
    "mrr",
    "evidence_recall",
    "must_contain_coverage",
    "facts_all",
    "exact_match",
    "f1",
    "contains_reference",
    "citation_precision",
    "citation_recall",
    "answer_cited",
    "part_coverage",
    "missing_named",
    "count_stated",
    "list_recall",
    "list_precision",
    "abstain_precision",
    "abstain_recall",
    "false_abstain_rate",
    "latency_p50_ms",
    "latency_p95_ms",
)
#: Shown only when some question has them (the fields of multi-part, count and list questions).
OPTIONAL = {"part_coverage", "missing_named", "count_stated", "list_recall", "list_precision"}

DEFINITIONS = {
    "pass_rate": "questions that passed every check that applies to them",
    "hit@1": "a gold readout is the readout of the first retrieved passage",
    "hit@k": "a gold readout is among the readouts of the top k passages",
    "mrr": "mean of 1/rank of the first passage from a gold readout (0 if none in the top k)",
    "evidence_recall": "share of gold evidence spans overlapping a retrieved passage",
    "must_contain_coverage": "share of must-contain phrases found in the answer",
    "facts_all": "answerable questions whose every must-contain phrase (parts' too) is in the answer",
    "exact_match": "SQuAD-normalised answer equals a reference",
    "f1": "SQuAD token F1 of the answer against the best reference",
    "contains_reference": "the normalised answer contains a normalised reference as whole words",
    "citation_precision": "share of citations overlapping gold evidence (or quoting the reference)",
    "citation_recall": "share of gold evidence spans some citation overlaps",
    "answer_cited": "answerable questions where some citation overlaps a gold evidence span",
    "part_coverage": "share of the answerable parts of multi-part questions that were answered",
    "missing_named": "questions with an unanswerable part whose answer names what is missing",
    "count_stated": "count questions whose answer states the expected number (digits or words)",
    "list_recall": "list questions: mean share of the gold readouts that are cited",
    "list_precision": "list questions: mean share of the cited readouts that are gold",
    "abstain_precision": "share of abstentions that were on unanswerable questions",
    "abstain_recall": "share of unanswerable questions where it abstained",
    "false_abstain_rate": "share of answerable questions where it abstained",
    "latency_p50_ms": "median wall time of ask(), ms",
    "latency_p95_ms": "95th percentile wall time of ask(), ms",
}

_MEAN_KEYS = (
    "evidence_recall",
    "must_contain_coverage",
    "exact_match",
    "f1",
    "contains_reference",
    "citation_precision",
    "citation_recall",
    "facts_all",
    "answer_cited",
    "missing_named",
    "count_stated",
    "list_recall",
    "list_precision",
)


def headline_keys(k: int) -> list[str]:
    """The metrics shown in tables, with k filled in."""
    return [h.replace("{k}", str(k)) for h in HEADLINE]


def _with_n(values) -> tuple[float | None, int]:
    xs = [v for v in values if v is not None]
    return mean(xs), len(xs)


def _rates(rows: list[Mapping[str, Any]], k: int) -> dict[str, tuple[float | None, int]]:
    """Every rate of the summary with the number of questions (or parts) it is taken over."""
    judged = [r for r in rows if r.get("rr") is not None]
    rates: dict[str, tuple[float | None, int]] = {"pass_rate": _with_n(r["passed"] for r in rows)}
    for j in range(1, k + 1):
        rates[f"hit@{j}"] = _with_n((r["hit_rank"] is not None and r["hit_rank"] <= j) for r in judged)
    rates["mrr"] = _with_n(r["rr"] for r in judged)
    for key in _MEAN_KEYS:
        rates[key] = _with_n(r.get(key) for r in rows)
    n_parts = sum(r.get("parts_judged") or 0 for r in rows)
    rates["part_coverage"] = (sum(r.get("parts_answered") or 0 for r in rows) / n_parts if n_parts else None, n_parts)
    scores = abstention_scores([r["abstained"] for r in rows], [r["answerable"] for r in rows])
    n_unans = sum(1 for r in rows if not r["answerable"])
    denominators = {
        "abstain_precision": sum(1 for r in rows if r["abstained"]),
        "abstain_recall": n_unans,
        "false_abstain_rate": len(rows) - n_unans,
    }
    for key, n in denominators.items():
        rates[key] = (scores[key], n)
    return rates


def summarize(rows: Sequence[Mapping[str, Any]], k: int) -> dict[str, Any]:
    """Aggregate per-question rows: means over the questions each metric applies to.

    hit@j for j = 1..k comes from each row's ``hit_rank``; abstention and
    latency use every row. ``ci95`` holds each rate's 95% Wilson interval and
    the number of questions (or parts) it is taken over.
    """
    rows = list(rows)
    rates = _rates(rows, k)
    out: dict[str, Any] = {
        "questions": len(rows),
        "answerable": sum(1 for r in rows if r["answerable"]),
        "unanswerable": sum(1 for r in rows if not r["answerable"]),
        "pass_rate": rates["pass_rate"][0],
        "hit@1": rates["hit@1"][0],
        f"hit@{k}": rates[f"hit@{k}"][0],
        "mrr": rates["mrr"][0],
    }
    for key in _MEAN_KEYS + ("part_coverage", "abstain_precision", "abstain_recall", "false_abstain_rate"):
        out[key] = rates[key][0]
    lat = [r["latency_ms"] for r in rows]
    out["latency_p50_ms"] = percentile(lat, 50)
    out["latency_p95_ms"] = percentile(lat, 95)
    out["hit_curve"] = {str(j): rates[f"hit@{j}"][0] for j in range(1, k + 1)}
    out["ci95"] = {}
    for key, (value, n) in rates.items():
        interval = wilson_interval(value, n)
        if interval is not None and (key in out or key.startswith("hit@")):
            out["ci95"][key] = {"low": interval[0], "high": interval[1], "n": n}
    return out


def summarize_groups(rows: Sequence[Mapping[str, Any]], k: int, key: str) -> dict[str, dict[str, Any]]:
    """``summarize`` per value of ``key`` ("type", "split"), in sorted order; rows without a value are left out."""
    groups = sorted({str(r[key]) for r in rows if r.get(key) not in (None, "")})
    return {g: summarize([r for r in rows if r.get(key) not in (None, "") and str(r[key]) == g], k) for g in groups}


def compare(current: Mapping[str, Any], baseline: Mapping[str, Any], name: str | None = None) -> dict[str, Any]:
    """Differences between two report dicts (as written by ``Report.to_json``).

    Returns ``{"baseline": name, "deltas": {metric: {"before", "now", "delta"}},
    "flipped": [rows that passed before and fail now], "fixed": [the reverse]}``.
    Questions are matched by id; ``name`` says where the baseline came from.
    """
    deltas = {}
    now_s, before_s = current.get("summary", {}), baseline.get("summary", {})
    for key in dict.fromkeys(list(now_s) + list(before_s)):
        now, before = now_s.get(key), before_s.get(key)
        if isinstance(now, dict) or isinstance(before, dict):
            continue
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (now, before))
        deltas[key] = {"before": before, "now": now, "delta": now - before if numbers else None}
    before_rows = {r["id"]: r for r in baseline.get("rows", [])}
    flipped, fixed = [], []
    for r in current.get("rows", []):
        old = before_rows.get(r["id"])
        if old is None:
            continue
        entry = {"id": r["id"], "question": r["question"], "failures": r.get("failures", [])}
        if old.get("passed") and not r.get("passed"):
            flipped.append(entry)
        elif not old.get("passed") and r.get("passed"):
            fixed.append(entry)
    return {
        "baseline": name or baseline.get("meta", {}).get("created"),
        "deltas": deltas,
        "flipped": flipped,
        "fixed": fixed,
        "new": [r["id"] for r in current.get("rows", []) if r["id"] not in before_rows],
    }
