"""Showing an evaluation Report: rich terminal tables and a self-contained HTML page.

The HTML has no external resources: plots are inline SVG drawn here, and
every piece of text from the test set, the readouts or the answers is
escaped.
"""

from __future__ import annotations

import html
from typing import Any, Mapping, Sequence

from .run import LOWER_IS_BETTER, Report, headline_keys

DEFINITIONS = {
    "pass_rate": "questions that passed every check that applies to them",
    "hit@1": "a gold readout is the readout of the first retrieved passage",
    "hit@k": "a gold readout is among the readouts of the top k passages",
    "mrr": "mean of 1/rank of the first passage from a gold readout (0 if none in the top k)",
    "evidence_recall": "share of gold evidence spans overlapping a retrieved passage",
    "must_contain_coverage": "share of must-contain phrases found in the answer",
    "exact_match": "SQuAD-normalised answer equals a reference",
    "f1": "SQuAD token F1 of the answer against the best reference",
    "contains_reference": "the normalised answer contains a normalised reference as whole words",
    "citation_precision": "share of citations overlapping gold evidence (or quoting the reference)",
    "citation_recall": "share of gold evidence spans some citation overlaps",
    "abstain_precision": "share of abstentions that were on unanswerable questions",
    "abstain_recall": "share of unanswerable questions where it abstained",
    "false_abstain_rate": "share of answerable questions where it abstained",
    "latency_p50_ms": "median wall time of ask(), ms",
    "latency_p95_ms": "95th percentile wall time of ask(), ms",
}

_COLORS = ("#3b6ea8", "#d08c2b", "#4f9a5a", "#a4506a")


def _esc(v: Any) -> str:
    return html.escape("" if v is None else str(v), quote=True)


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
    if d is None:
        return ""
    if key.endswith("_ms"):
        return f"{d:+.1f} ms"
    if key == "mrr":
        return f"{d:+.3f}"
    if isinstance(d, int):
        return f"{d:+d}"
    return f"{d * 100:+.1f} pts"


def _better(key: str, d: float | None) -> int:
    if not d or abs(d) < 1e-12:
        return 0
    good = d < 0 if key in LOWER_IS_BETTER else d > 0
    return 1 if good else -1


def _definition(key: str) -> str:
    return DEFINITIONS.get(key) or (DEFINITIONS["hit@k"] if key.startswith("hit@") else "")


# =========================================================================== SVG plots

def svg_line(points: Sequence[tuple[str, float | None]], title: str, width: int = 360, height: int = 220) -> str:
    """A line chart of values in [0, 1] over labelled x positions."""
    left, right, top, bottom = 44, 12, 28, 34
    w, h = width - left - right, height - top - bottom
    pts = [(lab, v) for lab, v in points if v is not None]
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
           f"aria-label='{_esc(title)}'><text x='{width / 2}' y='16' text-anchor='middle' font-size='13'>{_esc(title)}</text>"]
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = top + h * (1 - frac)
        out.append(f"<line x1='{left}' x2='{left + w}' y1='{y:.1f}' y2='{y:.1f}' stroke='#ddd'/>"
                   f"<text x='{left - 6}' y='{y + 4:.1f}' text-anchor='end' font-size='10'>{int(frac * 100)}%</text>")
    n = max(len(pts), 1)
    coords = []
    for i, (lab, v) in enumerate(pts):
        x = left + (w * (i / (n - 1)) if n > 1 else w / 2)
        y = top + h * (1 - max(0.0, min(1.0, v)))
        coords.append((x, y, lab, v))
        out.append(f"<text x='{x:.1f}' y='{top + h + 16}' text-anchor='middle' font-size='10'>{_esc(lab)}</text>")
    if coords:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in coords)
        out.append(f"<polyline points='{path}' fill='none' stroke='{_COLORS[0]}' stroke-width='2'/>")
        for x, y, lab, v in coords:
            out.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='3.5' fill='{_COLORS[0]}'><title>k={_esc(lab)}: "
                       f"{v * 100:.1f}%</title></circle>")
    out.append(f"<text x='{left + w / 2}' y='{height - 4}' text-anchor='middle' font-size='11'>k</text></svg>")
    return "".join(out)


def svg_grouped_bars(groups: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[str], title: str,
                     width: int = 560) -> str:
    """Horizontal grouped bars of values in [0, 1]: one group per label, one bar per series."""
    label_w, right, top = 190, 50, 44
    bar_h, gap = 7, 9
    group_h = bar_h * len(series) + gap
    height = top + group_h * max(len(groups), 1) + 10
    w = width - label_w - right
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
           f"aria-label='{_esc(title)}'><text x='{width / 2}' y='16' text-anchor='middle' font-size='13'>{_esc(title)}</text>"]
    lx = label_w
    for i, name in enumerate(series):
        out.append(f"<rect x='{lx}' y='24' width='10' height='10' fill='{_COLORS[i % len(_COLORS)]}'/>"
                   f"<text x='{lx + 14}' y='33' font-size='10'>{_esc(name)}</text>")
        lx += 16 + 7 * len(name)
    for gi, (label, values) in enumerate(groups):
        y0 = top + gi * group_h
        short = label if len(label) <= 30 else label[:29] + "\u2026"
        out.append(f"<text x='{label_w - 6}' y='{y0 + group_h / 2}' text-anchor='end' font-size='10'>"
                   f"<title>{_esc(label)}</title>{_esc(short)}</text>")
        for si, v in enumerate(values):
            y = y0 + si * bar_h
            bw = w * max(0.0, min(1.0, v or 0.0))
            tip = f"{label} / {series[si]}: {'n/a' if v is None else f'{v * 100:.1f}%'}"
            out.append(f"<rect x='{label_w}' y='{y}' width='{bw:.1f}' height='{bar_h - 1}' "
                       f"fill='{_COLORS[si % len(_COLORS)]}'><title>{_esc(tip)}</title></rect>")
    out.append(f"<line x1='{label_w}' x2='{label_w}' y1='{top - 2}' y2='{height - 8}' stroke='#999'/>"
               f"<line x1='{label_w + w}' x2='{label_w + w}' y1='{top - 2}' y2='{height - 8}' stroke='#ddd'/>"
               f"<text x='{label_w + w + 4}' y='{top + 8}' font-size='10'>100%</text></svg>")
    return "".join(out)


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


def svg_histogram(values: Sequence[float], title: str, width: int = 360, height: int = 220, bins: int = 20) -> str:
    """A histogram of (latency) values."""
    left, right, top, bottom = 36, 12, 28, 34
    w, h = width - left - right, height - top - bottom
    data = histogram_bins(values, bins)
    peak = max((c for _, _, c in data), default=1) or 1
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
           f"aria-label='{_esc(title)}'><text x='{width / 2}' y='16' text-anchor='middle' font-size='13'>{_esc(title)}</text>"]
    bw = w / max(len(data), 1)
    for i, (a, b, c) in enumerate(data):
        bh = h * c / peak
        out.append(f"<rect x='{left + i * bw:.1f}' y='{top + h - bh:.1f}' width='{max(bw - 1, 1):.1f}' height='{bh:.1f}' "
                   f"fill='{_COLORS[1]}'><title>{a:.1f}-{b:.1f} ms: {c}</title></rect>")
    out.append(f"<text x='{left - 4}' y='{top + 8}' text-anchor='end' font-size='10'>{peak}</text>"
               f"<line x1='{left}' x2='{left + w}' y1='{top + h}' y2='{top + h}' stroke='#999'/>")
    if data:
        out.append(f"<text x='{left}' y='{top + h + 14}' font-size='10'>{data[0][0]:.1f}</text>"
                   f"<text x='{left + w}' y='{top + h + 14}' text-anchor='end' font-size='10'>{data[-1][1]:.1f}</text>")
    out.append(f"<text x='{left + w / 2}' y='{height - 4}' text-anchor='middle' font-size='11'>ms per question</text></svg>")
    return "".join(out)


# =========================================================================== HTML

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#222;max-width:1400px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}
.good{color:#1d7a33}.bad{color:#b3261e}.fail{background:#fff4f2}.pass{background:#f5fbf5}
.plots{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.q{max-width:320px}.ev{max-width:340px;font-size:12px}.src{font-family:monospace;font-size:11px;color:#555}
.gold{font-weight:bold;color:#1d7a33}.muted{color:#777}details summary{cursor:pointer}
.readout-eval-report .meta td{border:none;padding:1px 8px}
"""


def _metric_table(summary: Mapping[str, Any], k: int, comparison: Mapping[str, Any] | None) -> str:
    deltas = (comparison or {}).get("deltas", {})
    head = "<tr><th>metric</th><th>value</th>" + ("<th>baseline</th><th>change</th>" if comparison else "") \
        + "<th>definition</th></tr>"
    rows = []
    for key in headline_keys(k):
        d = deltas.get(key, {})
        cells = f"<td>{_esc(key)}</td><td class='num'>{_esc(fmt_value(key, summary.get(key)))}</td>"
        if comparison:
            cls = {1: "good", -1: "bad", 0: ""}[_better(key, d.get("delta"))]
            cells += (f"<td class='num'>{_esc(fmt_value(key, d.get('before')))}</td>"
                      f"<td class='num {cls}'>{_esc(fmt_delta(key, d.get('delta')))}</td>")
        cells += f"<td class='muted'>{_esc(_definition(key))}</td>"
        rows.append(f"<tr>{cells}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _by_type_table(by_type: Mapping[str, Mapping[str, Any]], k: int) -> str:
    if not by_type:
        return "<p class='muted'>No question types in this test set.</p>"
    keys = ["questions", "pass_rate", "hit@1", f"hit@{k}", "mrr", "evidence_recall", "citation_precision",
            "citation_recall", "contains_reference", "abstain_recall", "false_abstain_rate", "latency_p50_ms"]
    head = "<tr><th>type</th>" + "".join(f"<th>{_esc(c)}</th>" for c in keys) + "</tr>"
    body = "".join(
        f"<tr><td>{_esc(t)}</td>" + "".join(f"<td class='num'>{_esc(fmt_value(c, s.get(c)))}</td>" for c in keys) + "</tr>"
        for t, s in by_type.items())
    return f"<table>{head}{body}</table>"


def _plots(report: Report) -> str:
    k, s = report.k, report.summary
    curve = [(j, s.get("hit_curve", {}).get(j)) for j in sorted(s.get("hit_curve", {}), key=int)]
    parts = [svg_line(curve, f"hit@k over k (n={s.get('answerable')})"),
             svg_histogram([r["latency_ms"] for r in report.records], "latency per question")]
    if report.by_type:
        series = [f"hit@{k}", "citation_recall", "pass_rate"]
        groups = [(t, [v.get(m) for m in series]) for t, v in report.by_type.items()]
        parts.append(svg_grouped_bars(groups, series, "metrics by type"))
    return f"<div class='plots'>{''.join(parts)}</div>"


def _expected_cell(r: Mapping[str, Any]) -> str:
    parts = []
    if not r["answerable"]:
        parts.append("<i>unanswerable: should abstain</i>")
    for ref in r.get("references") or []:
        parts.append(f"<div>reference: \u201c{_esc(ref)}\u201d</div>")
    if r.get("must_contain"):
        parts.append(f"<div>must contain: {_esc(', '.join(r['must_contain']))}</div>")
    for g in r.get("gold_evidence") or []:
        parts.append(f"<div><span class='src'>{_esc(g['source'])}:{g['start']}-{g['end']}</span> "
                     f"{_esc(g.get('text') or '')}</div>")
    if not r.get("gold_evidence") and r.get("gold_sources"):
        parts.append(f"<div class='src'>{_esc(', '.join(r['gold_sources']))}</div>")
    return "".join(parts)


def _gold_hit(item: Mapping[str, Any], r: Mapping[str, Any]) -> bool:
    for g in r.get("gold_evidence") or []:
        if g["source"] == item["source"] and g["start"] < item["end"] and item["start"] < g["end"]:
            return True
    return False


def _retrieved_cell(r: Mapping[str, Any], full: bool) -> str:
    gold = set(r.get("gold_sources") or [])
    items = []
    for p in r.get("retrieved") or []:
        mark = " gold" if p["source"] in gold else ""
        ev = " \u2713evidence" if _gold_hit(p, r) else ""
        line = f"<div><span class='src{mark}'>{p['rank']}. {_esc(p['source'])}:{p['start']}-{p['end']}{ev}</span>"
        if full:
            line += f"<details><summary class='muted'>text</summary>{_esc(p.get('text'))}</details>"
        items.append(line + "</div>")
    return "".join(items)


def _cited_cell(r: Mapping[str, Any]) -> str:
    if r["abstained"]:
        return f"<i>abstained</i><div class='muted'>{_esc(r.get('answer'))}</div>"
    items = []
    for c in r.get("cited") or []:
        ok = " gold" if _gold_hit(c, r) else ""
        items.append(f"<div><span class='src{ok}'>[{c['marker']}] {_esc(c['source'])}:{c['start']}-{c['end']}</span> "
                     f"{_esc(c['quote'])}</div>")
    return "".join(items) or f"<div class='muted'>{_esc(r.get('answer'))}</div>"


def _question_table(records: Sequence[Mapping[str, Any]], k: int, limit: int | None = None) -> str:
    ordered = sorted(records, key=lambda r: r["passed"])
    if limit is not None:
        ordered = [r for r in ordered if not r["passed"]][:limit]
    head = ("<tr><th>result</th><th>id</th><th>type</th><th>question</th><th>expected</th>"
            "<th>retrieved (top k)</th><th>cited</th><th class='num'>ms</th></tr>")
    body = []
    for r in ordered:
        ok = r["passed"]
        verdict = "pass" if ok else "FAIL<br><small>" + "<br>".join(_esc(x) for x in r.get("failures", [])) + "</small>"
        body.append(
            f"<tr class='{'pass' if ok else 'fail'}' id='q-{_esc(r['id'])}'><td>{verdict}</td><td>{_esc(r['id'])}</td>"
            f"<td>{_esc(r.get('type'))}</td><td class='q'>{_esc(r['question'])}</td>"
            f"<td class='ev'>{_expected_cell(r)}</td><td class='ev'>{_retrieved_cell(r, not ok)}</td>"
            f"<td class='ev'>{_cited_cell(r)}</td><td class='num'>{r['latency_ms']:.1f}</td></tr>")
    return f"<table>{head}{''.join(body)}</table>"


def _comparison_html(comparison: Mapping[str, Any] | None) -> str:
    if not comparison:
        return ""
    flipped = comparison.get("flipped", [])
    parts = [f"<h2>Changes since the baseline ({_esc(comparison.get('baseline'))})</h2>",
             f"<p><b>{len(flipped)}</b> question(s) flipped from pass to fail; "
             f"<b>{len(comparison.get('fixed', []))}</b> from fail to pass.</p>"]
    if flipped:
        parts.append("<table><tr><th>id</th><th>question</th><th>now fails because</th></tr>")
        for f in flipped:
            parts.append(f"<tr class='fail'><td><a href='#q-{_esc(f['id'])}'>{_esc(f['id'])}</a></td>"
                         f"<td>{_esc(f['question'])}</td><td>{_esc('; '.join(f.get('failures', [])))}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


def render_html(report: Report, fragment: bool = False) -> str:
    """The report as HTML: a full self-contained page, or a fragment for Jupyter."""
    m, k = report.meta, report.k
    meta_rows = "".join(f"<tr><td class='muted'>{_esc(a)}</td><td>{_esc(m.get(b))}</td></tr>" for a, b in (
        ("test set", "testset"), ("questions", "questions"), ("k", "k"), ("model", "model"),
        ("readouts indexed", "readouts"), ("corpus", "corpus"), ("run at", "created")))
    body = [f"<div class='readout-eval-report'><h1>Evaluation report</h1><table class='meta'>{meta_rows}</table>",
            _comparison_html(report.comparison), "<h2>Summary</h2>",
            _metric_table(report.summary, k, report.comparison), _plots(report)]
    if fragment:
        n_fail = len(report.failures)
        body.append(f"<h2>Failures ({n_fail}; first 20)</h2>" + _question_table(report.records, k, limit=20))
    else:
        body += ["<h2>By type</h2>", _by_type_table(report.by_type, k),
                 f"<h2>Questions ({len(report.failures)} failed first)</h2>", _question_table(report.records, k)]
    body.append("</div>")
    content = "".join(body)
    if fragment:
        return f"<style>{_CSS.replace('body{', '.readout-eval-report{')}</style>{content}"
    title = _esc(f"Evaluation: {m.get('testset')}")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{_CSS}</style></head><body>{content}</body></html>")


# =========================================================================== terminal

def print_report(report: Report, console=None, max_types: int = 15, max_failures: int = 10) -> None:
    """Rich tables: baseline changes first (if any), then the summary, types and some failures."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    k, s, comp = report.k, report.summary, report.comparison
    if comp:
        flipped = comp.get("flipped", [])
        console.print(f"[bold]Since the baseline[/bold]: {len(flipped)} flipped pass\u2192fail, "
                      f"{len(comp.get('fixed', []))} fail\u2192pass")
        for f in flipped:
            console.print(f"  [red]\u2717 {escape(f['id'])}[/red] {escape(f['question'])}  "
                          f"({escape('; '.join(f.get('failures', [])))})", highlight=False)
    table = Table(title=escape(f"{report.meta.get('testset')} ({s.get('questions')} questions, k={k})"))
    table.add_column("metric")
    table.add_column("value", justify="right")
    if comp:
        table.add_column("change", justify="right")
    for key in headline_keys(k):
        cells = [key, fmt_value(key, s.get(key))]
        if comp:
            d = comp.get("deltas", {}).get(key, {}).get("delta")
            style = {1: "green", -1: "red", 0: ""}[_better(key, d)]
            text = fmt_delta(key, d)
            cells.append(f"[{style}]{text}[/{style}]" if style and text else text)
        table.add_row(*cells)
    console.print(table)
    if report.by_type:
        t2 = Table(title="by type")
        cols = ["questions", "pass_rate", f"hit@{k}", "citation_recall", "abstain_recall"]
        t2.add_column("type", no_wrap=True, overflow="ellipsis", max_width=32)
        for c in cols:
            t2.add_column(c, justify="right")
        items = list(report.by_type.items())
        for name, v in items[:max_types]:
            t2.add_row(escape(name), *[fmt_value(c, v.get(c)) for c in cols])
        if len(items) > max_types:
            t2.add_row(f"... {len(items) - max_types} more (see report.html)", *[""] * len(cols))
        console.print(t2)
    fails = report.failures
    if fails:
        console.print(f"[bold]{len(fails)} failed[/bold] (first {min(len(fails), max_failures)}):")
        for r in fails[:max_failures]:
            console.print(f"  {escape(r['id'])}: {escape(r['question'])}  [dim]({escape('; '.join(r['failures']))})[/dim]",
                          highlight=False)
