"""Showing an evaluation report: a self-contained HTML page (a jinja2 template) and rich terminal tables.

The functions take any object with the attributes of ``run.Report`` (``meta``,
``summary``, ``by_type``, ``by_split``, ``sources``, ``records``,
``comparison``, ``k``); this module never imports ``run``. The page is
rendered from ``templates/report.html`` with autoescaping, so every piece of
text from the test set, the readouts or the answers is escaped; its plots are
inline SVG (geometry computed in ``plots.py``), its CSS and JS inline, and it
loads nothing from elsewhere. Values are put in words by ``values.py``; the
terminal tables are ``terminal.py``'s, re-exported here.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .plots import bars_plot, histogram_bins, histogram_plot, line_plot, nice_ticks
from .scoring import DEFINITIONS, OPTIONAL
from .terminal import print_report
from .values import better, definition, fmt_ci, fmt_delta, fmt_value, readouts_line, shown_keys

__all__ = [
    "render_html",
    "print_report",
    "fmt_value",
    "fmt_delta",
    "fmt_ci",
    "histogram_bins",
    "nice_ticks",
    "readout_label",
    "mark_segments",
    "line_plot",
    "histogram_plot",
    "bars_plot",
    "DEFINITIONS",
]

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_LABEL_CHARS = 60  # a readout title longer than this is shortened (the full title is in the hover text)


# =========================================================================== per-question views


def _short(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= _LABEL_CHARS:
        return title
    cut = title[: _LABEL_CHARS - 1].rsplit(" ", 1)[0]
    cut = cut if len(cut) > _LABEL_CHARS // 2 else title[: _LABEL_CHARS - 1]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def readout_label(
    source: str,
    sources: Mapping[str, Mapping[str, Any]],
    entry: Mapping[str, Any] | None = None,
) -> tuple[str, str]:
    """(label, hover) of a readout: "short title · date", and the file name (with the span and full title)."""
    info = dict(sources.get(source) or {})
    entry = entry or {}
    title = info.get("title") or entry.get("title") or ""
    date = info.get("date") or entry.get("date")
    label = _short(title) if title.strip() else Path(source).name
    if date:
        label += f" \u00b7 {date}"
    hover = source
    if "start" in entry and "end" in entry:
        hover += f":{entry['start']}-{entry['end']}"
    if title.strip():
        hover += f" \u2014 {' '.join(title.split())}"
    return label, hover


def mark_segments(text: str, start: int, gold: Sequence[Mapping[str, Any]], source: str) -> list[dict]:
    """``text`` (which starts at offset ``start`` of ``source``) cut into plain and gold (``mark``) segments."""
    marks = sorted(
        (max(g["start"], start) - start, min(g["end"], start + len(text)) - start)
        for g in gold
        if g["source"] == source and g["start"] < start + len(text) and start < g["end"]
    )
    segments, at = [], 0
    for a, b in marks:
        a = max(a, at)
        if b <= a:
            continue
        if a > at:
            segments.append({"text": text[at:a], "mark": False})
        segments.append({"text": text[a:b], "mark": True})
        at = b
    if at < len(text):
        segments.append({"text": text[at:], "mark": False})
    return segments


def _overlaps(e: Mapping[str, Any], gold: Sequence[Mapping[str, Any]]) -> bool:
    return any(g["source"] == e["source"] and g["start"] < e["end"] and e["start"] < g["end"] for g in gold)


def _ref(source: str, sources, entry=None, *, prefix: str = "", gold: bool = False, evidence: bool = False) -> dict:
    label, hover = readout_label(source, sources, entry)
    return {"label": label, "hover": hover, "prefix": prefix, "gold": gold, "evidence": evidence}


def _gold_spans(r: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    spans = list(r.get("gold_evidence") or [])
    return spans + [s for p in r.get("parts") or [] for s in p.get("evidence_spans") or []]


def _parts_view(r: Mapping[str, Any]) -> list[dict]:
    out = []
    for p in r.get("parts") or []:
        if not p["answerable"]:
            named = r.get("missing_named")
            out.append(
                {
                    "text": p["text"],
                    "status": "ok" if named else "no",
                    "note": "unanswerable; " + ("named as missing" if named else "not named as missing"),
                }
            )
        else:
            out.append(
                {
                    "text": p["text"],
                    "status": "ok" if p.get("answered") else "no",
                    "note": "answered" if p.get("answered") else "not answered",
                }
            )
    return out


def question_view(r: Mapping[str, Any], sources: Mapping[str, Any], *, open_: bool) -> dict:
    """What the template shows of one per-question row."""
    gold_sources, spans = set(r.get("gold_sources") or []), _gold_spans(r)
    retrieved = [
        {
            "ref": _ref(
                p["source"],
                sources,
                p,
                prefix=f"{p['rank']}. ",
                gold=p["source"] in gold_sources,
                evidence=_overlaps(p, spans),
            ),
            "segments": mark_segments(p.get("text") or "", p["start"], spans, p["source"]),
            "truncated": len(p.get("text") or "") < p["end"] - p["start"],
        }
        for p in r.get("retrieved") or []
    ]
    cited = [
        {
            "ref": _ref(c["source"], sources, c, prefix=f"[{c['marker']}] ", gold=_overlaps(c, spans)),
            "segments": mark_segments(c.get("quote") or "", c["start"], spans, c["source"]),
        }
        for c in r.get("cited") or []
    ]
    gold = [
        {"ref": _ref(g["source"], sources, g, gold=True), "text": g.get("text") or ""}
        for g in r.get("gold_evidence") or []
    ]
    return {
        "id": str(r["id"]),
        "passed": r["passed"],
        "status": "pass" if r["passed"] else "fail",
        "open": open_,
        "type": r.get("type") or "",
        "split": r.get("split") or "",
        "question": r["question"],
        "ms": f"{r['latency_ms']:.1f} ms",
        "failures": r.get("failures") or [],
        "answerable": r["answerable"],
        "abstained": r["abstained"],
        "answer": r.get("answer") or "",
        "references": r.get("references") or [],
        "must_contain": r.get("must_contain") or [],
        "expected_count": r.get("expected_count"),
        "count_stated": r.get("count_stated"),
        "history": r.get("history") or [],
        "missing": r.get("missing") or [],
        "gold": gold,
        "gold_sources": [_ref(s, sources, gold=True) for s in r.get("gold_sources") or []],
        "parts": _parts_view(r),
        "retrieved": retrieved,
        "cited": cited,
    }


# =========================================================================== tables

_GROUP_COLUMNS = (
    ("questions", "n"),
    ("pass_rate", "pass"),
    ("hit@1", "hit@1"),
    ("hit@{k}", "hit@{k}"),
    ("mrr", "MRR"),
    ("evidence_recall", "evidence recall"),
    ("citation_precision", "citation precision"),
    ("citation_recall", "citation recall"),
    ("answer_cited", "answer cited"),
    ("facts_all", "all facts"),
    ("contains_reference", "contains ref."),
    ("list_recall", "list recall"),
    ("list_precision", "list precision"),
    ("abstain_recall", "abstain recall"),
    ("false_abstain_rate", "false abstain"),
    ("latency_p50_ms", "p50"),
)


def _group_table(groups: Mapping[str, Mapping[str, Any]], k: int) -> dict:
    columns = []
    for key, label in _GROUP_COLUMNS:
        key, label = key.replace("{k}", str(k)), label.replace("{k}", str(k))
        if key in OPTIONAL or key in ("answer_cited", "facts_all"):
            if all(s.get(key) is None for s in groups.values()):
                continue
        columns.append({"key": key, "label": label, "definition": definition(key) or "questions in the group"})
    rows = []
    for name, s in groups.items():
        cells = [
            {
                "text": fmt_value(c["key"], s.get(c["key"])),
                "hover": fmt_ci(c["key"], (s.get("ci95") or {}).get(c["key"])),
            }
            for c in columns
        ]
        rows.append({"name": name, "cells": cells})
    return {"columns": columns, "rows": rows}


def _metric_rows(summary: Mapping[str, Any], k: int, comparison: Mapping[str, Any] | None) -> list[dict]:
    deltas = (comparison or {}).get("deltas", {})
    before = {key: d.get("before") for key, d in deltas.items()}
    rows = []
    for key in shown_keys(summary, k, before):
        d = deltas.get(key, {})
        rows.append(
            {
                "key": key,
                "value": fmt_value(key, summary.get(key)),
                "ci": fmt_ci(key, (summary.get("ci95") or {}).get(key)),
                "before": fmt_value(key, d.get("before")),
                "delta": fmt_delta(key, d.get("delta")),
                "delta_class": {1: "good", -1: "bad", 0: ""}[better(key, d.get("delta"))],
                "definition": definition(key),
            }
        )
    return rows


def _meta_rows(m: Mapping[str, Any]) -> list[tuple[str, Any]]:
    rows = [("test set", m.get("testset")), ("questions", m.get("questions"))]
    if m.get("split"):
        rows.append(("split", m["split"]))
    rows += [
        ("k", m.get("k")),
        ("model", m.get("model")),
        ("readouts", readouts_line(m)),
        ("corpus", m.get("corpus")),
        ("run at", m.get("created")),
    ]
    return [(a, "" if b is None else b) for a, b in rows]


# =========================================================================== HTML


@functools.lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=False,
    )


def _asset(name: str):
    from markupsafe import Markup

    return Markup((_TEMPLATES / name).read_text(encoding="utf-8"))  # our own file, inserted as it is


def _plots(report) -> dict:
    k, s = report.k, report.summary
    curve = s.get("hit_curve") or {}
    plots = {
        "curve": line_plot(
            [(j, curve.get(j)) for j in sorted(curve, key=int)], f"hit@k over k (n={s.get('answerable')})"
        ),
        "latency": histogram_plot([r["latency_ms"] for r in report.records], "latency per question"),
        "types": None,
    }
    if report.by_type:
        series = [f"hit@{k}", "citation_recall", "pass_rate"]
        plots["types"] = bars_plot(
            [(t, [v.get(m) for m in series]) for t, v in report.by_type.items()], series, "metrics by type"
        )
    return plots


def render_html(report, fragment: bool = False) -> str:
    """The report as HTML: a full self-contained page, or a fragment (failures only) for Jupyter."""
    k, records = report.k, list(report.records)
    sources = getattr(report, "sources", None) or {}
    ordered = sorted(records, key=lambda r: r["passed"])  # failures first, stable otherwise
    if fragment:
        ordered = [r for r in ordered if not r["passed"]][:20]
    comp = report.comparison
    context = {
        "fragment": fragment,
        "title": f"Evaluation: {report.meta.get('testset')}",
        "k": k,
        "css": _asset("report.css"),
        "js": _asset("report.js"),
        "meta": _meta_rows(report.meta),
        "comparison": comp
        and {"baseline": comp.get("baseline"), "flipped": comp.get("flipped", []), "fixed": len(comp.get("fixed", []))},
        "metrics": _metric_rows(report.summary, k, comp),
        "plots": _plots(report),
        "by_type": _group_table(report.by_type, k),
        "by_split": _group_table(getattr(report, "by_split", {}), k),
        "types": list(report.by_type),
        "n_failed": sum(1 for r in records if not r["passed"]),
        "questions": [question_view(r, sources, open_=not r["passed"]) for r in ordered],
    }
    return _environment().get_template("report.html").render(context)
