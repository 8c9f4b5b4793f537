"""The report in a terminal: rich tables of the summary (with changes since a baseline), of the metrics by
question type and by split, and the first failures."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .values import better, fmt_ci, fmt_delta, fmt_value, readouts_line, shown_keys

__all__ = ["print_report"]


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
    table = Table(
        title=Text(title, no_wrap=True, overflow="ellipsis", style="table.title"),
        min_width=min(len(title) + 4, console_width),
    )
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
            style = {1: "green", -1: "red", 0: ""}[better(key, d)]
            text = fmt_delta(key, d)
            cells.append(f"[{style}]{text}[/{style}]" if style and text else text)
        table.add_row(*cells)
    return table


def _group_terminal_table(title: str, groups: Mapping[str, Mapping[str, Any]], k: int, limit: int):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title)
    cols = {
        "questions": "n",
        "pass_rate": "pass",
        f"hit@{k}": f"hit@{k}",
        "citation_recall": "cit. recall",
        "abstain_recall": "abst. recall",
    }
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
        console.print(
            f"[bold]Since the baseline[/bold]: {len(flipped)} flipped pass\u2192fail, "
            f"{len(comp.get('fixed', []))} fail\u2192pass"
        )
        for f in flipped:
            console.print(
                f"  [red]\u2717 {escape(f['id'])}[/red] {escape(f['question'])}  "
                f"({escape('; '.join(f.get('failures', [])))})",
                highlight=False,
            )
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
