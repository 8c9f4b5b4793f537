"""The report's plots as geometry for the HTML template (inline SVG): hit@k over k, a latency histogram and
metrics by question type. Numbers only; the template draws them."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["bars_plot", "histogram_bins", "histogram_plot", "line_plot", "nice_ticks"]

_COLORS = ("#3b6ea8", "#d08c2b", "#4f9a5a", "#a4506a")


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
    for magnitude in (10**e for e in range(10)):
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
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": right,
        "top": top,
        "bottom": bottom,
        "title": title,
        "grid": grid,
        "points": out,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in out),
        "color": _COLORS[0],
        "xlabel": "k",
    }


def histogram_plot(values: Sequence[float], title: str, width: int = 360, height: int = 220, bins: int = 20) -> dict:
    """A histogram of latencies with a y-axis of question counts."""
    left, right, top, bottom = 46, width - 12, 28, height - 34
    w, h = right - left, bottom - top
    data = histogram_bins(values, bins)
    ticks = nice_ticks(max((c for _, _, c in data), default=1))
    scale = h / ticks[-1]
    bw = w / max(len(data), 1)
    bars = [
        {
            "x": round(left + i * bw, 1),
            "y": round(bottom - c * scale, 1),
            "w": round(max(bw - 1, 1), 1),
            "h": round(c * scale, 1),
            "tip": f"{a:.1f}\u2013{b:.1f} ms: {c} question{'s' if c != 1 else ''}",
        }
        for i, (a, b, c) in enumerate(data)
    ]
    xticks = []
    if data:
        xticks = [
            {"x": left, "label": f"{data[0][0]:.1f}", "anchor": "start"},
            {"x": right, "label": f"{data[-1][1]:.1f}", "anchor": "end"},
        ]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": right,
        "top": top,
        "bottom": bottom,
        "title": title,
        "bars": bars,
        "color": _COLORS[1],
        "xticks": xticks,
        "xlabel": "ms per question",
        "ylabel": "questions",
        "yticks": [{"y": round(bottom - t * scale, 1), "label": str(t)} for t in ticks],
    }


def bars_plot(
    groups: Sequence[tuple[str, Sequence[float | None]]], series: Sequence[str], title: str, width: int = 560
) -> dict:
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
        out.append(
            {
                "label": label,
                "short": short,
                "y": y0 + group_h / 2,
                "bars": [
                    {
                        "y": y0 + si * bar_h,
                        "h": bar_h - 1,
                        "w": round(w * max(0.0, min(1.0, v or 0.0)), 1),
                        "color": _COLORS[si % len(_COLORS)],
                        "tip": f"{label} / {series[si]}: {'n/a' if v is None else f'{v * 100:.1f}%'}",
                    }
                    for si, v in enumerate(values)
                ],
            }
        )
    return {
        "width": width,
        "height": height,
        "title": title,
        "legend": legend,
        "groups": out,
        "label_w": label_w,
        "top": top,
        "full_x": label_w + w,
    }
