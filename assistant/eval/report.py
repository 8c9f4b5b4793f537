"""Showing an evaluation report: a self-contained HTML page (a jinja2 template) and rich terminal tables.

The functions take any object with the attributes of ``run.Report`` (``meta``,
``summary``, ``by_type``, ``by_split``, ``sources``, ``records``,
``comparison``, ``k``); this module never imports ``run``. The page is
rendered from ``templates/report.html`` with autoescaping, so every piece of
text from the test set, the readouts or the answers is escaped; its plots are
inline SVG (geometry computed here), its CSS and JS inline, and it loads
nothing from elsewhere.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .scoring import DEFINITIONS, LOWER_IS_BETTER, OPTIONAL, headline_keys

__all__ = ["render_html", "print_report", "fmt_value", "fmt_delta", "fmt_ci", "histogram_bins", "nice_ticks",
           "readout_label", "mark_segments", "line_plot", "histogram_plot", "bars_plot", "DEFINITIONS"]

_COLORS = ("#3b6ea8", "#d08c2b", "#4f9a5a", "#a4506a")
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_LABEL_CHARS = 60  # a readout title longer than this is shortened (the full title is in the hover text)


# =========================================================================== values

def fmt_value(key: str, v: Any) -> str:
    """A metric value for display: percentages for rates, ms for latency."""
    if v is None:
        return "n/a"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if key.endswith("_ms"):
        return f"{v:.1f} ms"
    if isinstance(v, float):
        return f"{v * 100:.1f}%" if key != "mrr" else f"{v:.3f}"
    return str(v)


def fmt_delta(key: str, d: float | None) -> str:
    """A metric's change since the baseline: points for rates, ms for latency."""
    if d is None:
        return ""
    if key.endswith("_ms"):
        return f"{d:+.1f} ms"
    if key == "mrr":
        return f"{d:+.3f}"
    if isinstance(d, int):
        return f"{d:+d}"
    return f"{d * 100:+.1f} pts"


def fmt_ci(key: str, ci: Mapping[str, Any] | None) -> str:
    """A 95% interval as "61.2-80.1% (n=40)" ("" when there is none)."""
    if not ci:
        return ""
    if key == "mrr":
        return f"{ci['low']:.3f}\u2013{ci['high']:.3f} (n={ci['n']})"
    return f"{ci['low'] * 100:.1f}\u2013{ci['high'] * 100:.1f}% (n={ci['n']})"


def _better(key: str, d: float | None) -> int:
    if not d or abs(d) < 1e-12:
        return 0
    good = d < 0 if key in LOWER_IS_BETTER else d > 0
    return 1 if good else -1


def _definition(key: str) -> str:
    return DEFINITIONS.get(key) or (DEFINITIONS["hit@k"] if key.startswith("hit@") else "")


def shown_keys(summary: Mapping[str, Any], k: int, baseline: Mapping[str, Any] | None = None) -> list[str]:
    """The headline metrics to show: all of them, except the optional ones no question has."""
    before = baseline or {}
    return [key for key in headline_keys(k)
            if key not in OPTIONAL or summary.get(key) is not None or before.get(key) is not None]


# =========================================================================== plots (geometry for the template)

def histogram_bins(values: Sequence[float], bins: int = 20) -> list[tuple[float, float, int]]:
    """Equal-width bins (lo, hi, count) covering the values; the last bin includes its upper edge."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    if hi == lo:
        return [(lo, hi, len(values))]
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / width), bins - 1)] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]


def nice_ticks(peak: int, most: int = 5) -> list[int]:
    """Whole-number axis ticks from 0 to at least ``peak``, at a step of 1, 2 or 5 times a power of ten."""
    peak = max(int(peak), 1)
    step = 1
    for magnitude in (10 ** e for e in range(10)):
        step = next((m * magnitude for m in (1, 2, 5) if math.ceil(peak / (m * magnitude)) <= most - 1), 0)
        if step:
            break
    top = math.ceil(peak / step) * step
    return list(range(0, top + 1, step))


def line_plot(points: Sequence[tuple[str, float | None]], title: str, width: int = 360, height: int = 220) -> dict:
    """A line chart of values in [0, 1] over labelled x positions (hit@k over k)."""
    left, right, top, bottom = 44, width - 12, 28, height - 34
    w, h = right - left, bottom - top
    pts = [(lab, v) for lab, v in points if v is not None]
    n = max(len(pts), 1)
    out = []
    for i, (lab, v) in enumerate(pts):
        x = left + (w * i / (n - 1) if n > 1 else w / 2)
        y = top + h * (1 - max(0.0, min(1.0, v)))
        out.append({"x": round(x, 1), "y": round(y, 1), "label": lab, "tip": f"k={lab}: {v * 100:.1f}%"})
    grid = [{"y": round(top + h * (1 - f), 1), "label": f"{int(f * 100)}%"} for f in (0, 0.25, 0.5, 0.75, 1)]
    return {"width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
            "title": title, "grid": grid, "points": out, "polyline": " ".join(f"{p['x']},{p['y']}" for p in out),
            "color": _COLORS[0], "xlabel": "k"}


def histogram_plot(values: Sequence[float], title: str, width: int = 360, height: int = 220, bins: int = 20) -> dict:
    """A histogram of latencies with a y-axis of question counts."""
    left, right, top, bottom = 46, width - 12, 28, height - 34
    w, h = right - left, bottom - top
    data = histogram_bins(values, bins)
    ticks = nice_ticks(max((c for _, _, c in data), default=1))
    scale = h / ticks[-1]
    bw = w / max(len(data), 1)
    bars = [{"x": round(left + i * bw, 1), "y": round(bottom - c * scale, 1), "w": round(max(bw - 1, 1), 1),
             "h": round(c * scale, 1), "tip": f"{a:.1f}\u2013{b:.1f} ms: {c} question{'s' if c != 1 else ''}"}
            for i, (a, b, c) in enumerate(data)]
    xticks = []
    if data:
        xticks = [{"x": left, "label": f"{data[0][0]:.1f}", "anchor": "start"},
                  {"x": right, "label": f"{data[-1][1]:.1f}", "anchor": "end"}]
    return {"width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
            "title": title, "bars": bars, "color": _COLORS[1], "xticks": xticks, "xlabel": "ms per question",
            "ylabel": "questions", "yticks": [{"y": round(bottom - t * scale, 1), "label": str(t)} for t in ticks]}


def bars_plot(groups: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[str], title: str,
              width: int = 560) -> dict:
    """Horizontal grouped bars of values in [0, 1]: one group per label, one bar per series."""
    label_w, top, bar_h, gap = 190, 44, 7, 9
    group_h = bar_h * len(series) + gap
    height = top + group_h * max(len(groups), 1) + 10
    w = width - label_w - 50
    legend, lx = [], label_w
    for i, name in enumerate(series):
        legend.append({"x": lx, "name": name, "color": _COLORS[i % len(_COLORS)]})
        lx += 16 + 7 * len(name)
    out = []
    for gi, (label, values) in enumerate(groups):
        y0 = top + gi * group_h
        short = label if len(label) <= 30 else label[:29] + "\u2026"
        out.append({"label": label, "short": short, "y": y0 + group_h / 2, "bars": [
            {"y": y0 + si * bar_h, "h": bar_h - 1, "w": round(w * max(0.0, min(1.0, v or 0.0)), 1),
             "color": _COLORS[si % len(_COLORS)],
             "tip": f"{label} / {series[si]}: {'n/a' if v is None else f'{v * 100:.1f}%'}"}
            for si, v in enumerate(values)]})
    return {"width": width, "height": height, "title": title, "legend": legend, "groups": out, "label_w": label_w,
            "top": top, "full_x": label_w + w}


# =========================================================================== per-question views

def _short(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= _LABEL_CHARS:
        return title
    cut = title[:_LABEL_CHARS - 1].rsplit(" ", 1)[0]
    cut = cut if len(cut) > _LABEL_CHARS // 2 else title[:_LABEL_CHARS - 1]
    return cut.rstrip(" ,;:-\u2013\u2014") + "\u2026"


def readout_label(source: str, sources: Mapping[str, Mapping[str, Any]], entry: Mapping[str, Any] | None = None,
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
    marks = sorted((max(g["start"], start) - start, min(g["end"], start + len(text)) - start)
                   for g in gold if g["source"] == source and g["start"] < start + len(text) and start < g["end"])
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
            out.append({"text": p["text"], "status": "ok" if named else "no",
                        "note": "unanswerable; " + ("named as missing" if named else "not named as missing")})
        else:
            out.append({"text": p["text"], "status": "ok" if p.get("answered") else "no",
                        "note": "answered" if p.get("answered") else "not answered"})
    return out


def question_view(r: Mapping[str, Any], sources: Mapping[str, Any], *, open_: bool) -> dict:
    """What the template shows of one per-question row."""
    gold_sources, spans = set(r.get("gold_sources") or []), _gold_spans(r)
    retrieved = [{"ref": _ref(p["source"], sources, p, prefix=f"{p['rank']}. ", gold=p["source"] in gold_sources,
                              evidence=_overlaps(p, spans)),
                  "segments": mark_segments(p.get("text") or "", p["start"], spans, p["source"]),
                  "truncated": len(p.get("text") or "") < p["end"] - p["start"]} for p in r.get("retrieved") or []]
    cited = [{"ref": _ref(c["source"], sources, c, prefix=f"[{c['marker']}] ", gold=_overlaps(c, spans)),
              "segments": mark_segments(c.get("quote") or "", c["start"], spans, c["source"])}
             for c in r.get("cited") or []]
    gold = [{"ref": _ref(g["source"], sources, g, gold=True), "text": g.get("text") or ""}
            for g in r.get("gold_evidence") or []]
    return {
        "id": str(r["id"]), "passed": r["passed"], "status": "pass" if r["passed"] else "fail", "open": open_,
        "type": r.get("type") or "", "split": r.get("split") or "", "question": r["question"],
        "ms": f"{r['latency_ms']:.1f} ms", "failures": r.get("failures") or [], "answerable": r["answerable"],
        "abstained": r["abstained"], "answer": r.get("answer") or "", "references": r.get("references") or [],
        "must_contain": r.get("must_contain") or [], "expected_count": r.get("expected_count"),
        "count_stated": r.get("count_stated"), "history": r.get("history") or [], "missing": r.get("missing") or [],
        "gold": gold, "gold_sources": [_ref(s, sources, gold=True) for s in r.get("gold_sources") or []],
        "parts": _parts_view(r), "retrieved": retrieved, "cited": cited,
    }


# =========================================================================== tables

_GROUP_COLUMNS = (("questions", "n"), ("pass_rate", "pass"), ("hit@1", "hit@1"), ("hit@{k}", "hit@{k}"),
                  ("mrr", "MRR"), ("evidence_recall", "evidence recall"), ("citation_precision", "citation precision"),
                  ("citation_recall", "citation recall"), ("answer_cited", "answer cited"),
                  ("facts_all", "all facts"), ("contains_reference", "contains ref."),
                  ("list_recall", "list recall"), ("list_precision", "list precision"),
                  ("abstain_recall", "abstain recall"), ("false_abstain_rate", "false abstain"),
                  ("latency_p50_ms", "p50"))


def _group_table(groups: Mapping[str, Mapping[str, Any]], k: int) -> dict:
    columns = []
    for key, label in _GROUP_COLUMNS:
        key, label = key.replace("{k}", str(k)), label.replace("{k}", str(k))
        if key in OPTIONAL or key in ("answer_cited", "facts_all"):
            if all(s.get(key) is None for s in groups.values()):
                continue
        columns.append({"key": key, "label": label, "definition": _definition(key) or "questions in the group"})
    rows = []
    for name, s in groups.items():
        cells = [{"text": fmt_value(c["key"], s.get(c["key"])),
                  "hover": fmt_ci(c["key"], (s.get("ci95") or {}).get(c["key"]))} for c in columns]
        rows.append({"name": name, "cells": cells})
    return {"columns": columns, "rows": rows}


def _metric_rows(summary: Mapping[str, Any], k: int, comparison: Mapping[str, Any] | None) -> list[dict]:
    deltas = (comparison or {}).get("deltas", {})
    before = {key: d.get("before") for key, d in deltas.items()}
    rows = []
    for key in shown_keys(summary, k, before):
        d = deltas.get(key, {})
        rows.append({"key": key, "value": fmt_value(key, summary.get(key)),
                     "ci": fmt_ci(key, (summary.get("ci95") or {}).get(key)),
                     "before": fmt_value(key, d.get("before")), "delta": fmt_delta(key, d.get("delta")),
                     "delta_class": {1: "good", -1: "bad", 0: ""}[_better(key, d.get("delta"))],
                     "definition": _definition(key)})
    return rows


def readouts_line(meta: Mapping[str, Any]) -> str:
    """Which readouts the run was over: "75 readouts (3 uploaded) in /path/index/"."""
    n, uploaded, store = meta.get("readouts"), meta.get("uploaded"), meta.get("store") or meta.get("index_dir")
    if n is None and not store:
        return "not reported by the assistant"
    text = "an unknown number of readouts" if n is None else f"{n:,} readout{'s' if n != 1 else ''}"
    if uploaded is not None:
        text += f" ({uploaded:,} uploaded)"
    return text + (f" in {store}" if store else "")


def _meta_rows(m: Mapping[str, Any]) -> list[tuple[str, Any]]:
    rows = [("test set", m.get("testset")), ("questions", m.get("questions"))]
    if m.get("split"):
        rows.append(("split", m["split"]))
    rows += [("k", m.get("k")), ("model", m.get("model")), ("readouts", readouts_line(m)),
             ("corpus", m.get("corpus")), ("run at", m.get("created"))]
    return [(a, "" if b is None else b) for a, b in rows]


# =========================================================================== HTML

@functools.lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False, keep_trailing_newline=False)


def _asset(name: str):
    from markupsafe import Markup

    return Markup((_TEMPLATES / name).read_text(encoding="utf-8"))  # our own file, inserted as it is


def _plots(report) -> dict:
    k, s = report.k, report.summary
    curve = s.get("hit_curve") or {}
    plots = {"curve": line_plot([(j, curve.get(j)) for j in sorted(curve, key=int)],
                                f"hit@k over k (n={s.get('answerable')})"),
             "latency": histogram_plot([r["latency_ms"] for r in report.records], "latency per question"),
             "types": None}
    if report.by_type:
        series = [f"hit@{k}", "citation_recall", "pass_rate"]
        plots["types"] = bars_plot([(t, [v.get(m) for m in series]) for t, v in report.by_type.items()], series,
                                   "metrics by type")
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
        "fragment": fragment, "title": f"Evaluation: {report.meta.get('testset')}", "k": k,
        "css": _asset("report.css"), "js": _asset("report.js"), "meta": _meta_rows(report.meta),
        "comparison": comp and {"baseline": comp.get("baseline"), "flipped": comp.get("flipped", []),
                                "fixed": len(comp.get("fixed", []))},
        "metrics": _metric_rows(report.summary, k, comp), "plots": _plots(report),
        "by_type": _group_table(report.by_type, k), "by_split": _group_table(getattr(report, "by_split", {}), k),
        "types": list(report.by_type), "n_failed": sum(1 for r in records if not r["passed"]),
        "questions": [question_view(r, sources, open_=not r["passed"]) for r in ordered],
    }
    return _environment().get_template("report.html").render(context)


# =========================================================================== terminal

def _summary_table(report, console_width: int):
    from rich.table import Table
    from rich.text import Text

    k, s, comp = report.k, report.summary, report.comparison
    name = Path(str(report.meta.get("testset"))).name
    title = f"{name} \u00b7 {s.get('questions')} questions \u00b7 k={k}"
    if report.meta.get("split"):
        title += f" \u00b7 split {report.meta['split']}"
    # the title is one unbreakable line: the table is made wide enough for it, and past the terminal's
    # width it ends in an ellipsis rather than breaking a file name mid-word
    table = Table(title=Text(title, no_wrap=True, overflow="ellipsis", style="table.title"),
                  min_width=min(len(title) + 4, console_width))
    table.add_column("metric", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("95% CI", justify="right", no_wrap=True, style="dim")
    if comp:
        table.add_column("change", justify="right", no_wrap=True)
    before = {key: d.get("before") for key, d in (comp or {}).get("deltas", {}).items()}
    for key in shown_keys(s, k, before):
        cells = [key, fmt_value(key, s.get(key)), fmt_ci(key, (s.get("ci95") or {}).get(key))]
        if comp:
            d = comp.get("deltas", {}).get(key, {}).get("delta")
            style = {1: "green", -1: "red", 0: ""}[_better(key, d)]
            text = fmt_delta(key, d)
            cells.append(f"[{style}]{text}[/{style}]" if style and text else text)
        table.add_row(*cells)
    return table


def _group_terminal_table(title: str, groups: Mapping[str, Mapping[str, Any]], k: int, limit: int):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title)
    cols = {"questions": "n", "pass_rate": "pass", f"hit@{k}": f"hit@{k}", "citation_recall": "cit. recall",
            "abstain_recall": "abst. recall"}
    table.add_column(title.split()[-1], no_wrap=True, overflow="ellipsis", max_width=32)
    for label in cols.values():
        table.add_column(label, justify="right", min_width=6)
    items = list(groups.items())
    for name, v in items[:limit]:
        table.add_row(escape(name), *[fmt_value(c, v.get(c)) for c in cols])
    if len(items) > limit:
        table.add_row(f"... {len(items) - limit} more (see report.html)", *[""] * len(cols))
    return table


def print_report(report, console=None, max_types: int = 15, max_failures: int = 10) -> None:
    """Rich tables: baseline changes first (if any), then the summary, types, splits and some failures."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    comp = report.comparison
    if comp:
        flipped = comp.get("flipped", [])
        console.print(f"[bold]Since the baseline[/bold]: {len(flipped)} flipped pass\u2192fail, "
                      f"{len(comp.get('fixed', []))} fail\u2192pass")
        for f in flipped:
            console.print(f"  [red]\u2717 {escape(f['id'])}[/red] {escape(f['question'])}  "
                          f"({escape('; '.join(f.get('failures', [])))})", highlight=False)
    console.print(_summary_table(report, console.width))
    console.print(f"over {escape(readouts_line(report.meta))}", highlight=False, soft_wrap=True)
    if report.by_type:
        console.print(_group_terminal_table("by type", report.by_type, report.k, max_types))
    if getattr(report, "by_split", None):
        console.print(_group_terminal_table("by split", report.by_split, report.k, max_types))
    fails = report.failures
    if fails:
        console.print(f"[bold]{len(fails)} failed[/bold] (first {min(len(fails), max_failures)}):")
        for r in fails[:max_failures]:
            why = escape("; ".join(r["failures"]))
            console.print(f"  {escape(r['id'])}: {escape(r['question'])}  [dim]({why})[/dim]", highlight=False)
