"""Metric values in words, shared by the report's HTML page and its terminal tables: rates as percentages,
latency in ms, changes since a baseline, 95% intervals, which headline metrics to show and over which readouts
the run was."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .scoring import DEFINITIONS, LOWER_IS_BETTER, OPTIONAL, headline_keys

__all__ = ["better", "definition", "fmt_ci", "fmt_delta", "fmt_value", "readouts_line", "shown_keys"]


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


def better(key: str, d: float | None) -> int:
    """1 when a change ``d`` of ``key`` is an improvement, -1 when it is worse, 0 for none."""
    if not d or abs(d) < 1e-12:
        return 0
    good = d < 0 if key in LOWER_IS_BETTER else d > 0
    return 1 if good else -1


def definition(key: str) -> str:
    """What metric ``key`` measures, in one sentence ("" when it has no definition)."""
    return DEFINITIONS.get(key) or (DEFINITIONS["hit@k"] if key.startswith("hit@") else "")


def shown_keys(summary: Mapping[str, Any], k: int, baseline: Mapping[str, Any] | None = None) -> list[str]:
    """The headline metrics to show: all of them, except the optional ones no question has."""
    before = baseline or {}
    return [
        key
        for key in headline_keys(k)
        if key not in OPTIONAL or summary.get(key) is not None or before.get(key) is not None
    ]


def readouts_line(meta: Mapping[str, Any]) -> str:
    """Which readouts the run was over: "75 readouts (3 uploaded) in /path/index/"."""
    n, uploaded, store = meta.get("readouts"), meta.get("uploaded"), meta.get("store") or meta.get("index_dir")
    if n is None and not store:
        return "not reported by the assistant"
    text = "an unknown number of readouts" if n is None else f"{n:,} readout{'s' if n != 1 else ''}"
    if uploaded is not None:
        text += f" ({uploaded:,} uploaded)"
    return text + (f" in {store}" if store else "")
