"""The timeline: meetings over time, one row per country, each meeting a point that opens its readout.

A pure function over meeting dicts (``Meeting.to_dict()``) that returns HTML
and CSS-positioned links (no plotting library, no script): a point is an
``<a>`` whose ``href`` is the viewer's ``#ra-open/doc/...`` link, so
``static/viewer.js`` opens it like any other link into a readout, and the
keyboard reaches it like any link. A meeting sits in the row of each country
it was held with (its countries other than the issuing government's; all of
them when that leaves none). The most frequent countries get rows; the rest
fold under a "more countries" disclosure. Meetings whose date is unknown are
listed under the chart (folded when there are many), never dropped. Every title, country and place goes
through :func:`assistant.render.esc`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from ..render import esc, short_title
from .views import open_link

#: Country rows shown before the rest fold away.
TOP_COUNTRIES = 6
#: The most axis ticks (narrow screens must fit their labels).
MAX_TICKS = 6
#: Points closer than this (percent of the track) go to separate lanes, so that each keeps a 24 px target on a
#: phone-wide track; at most MAX_LANES lanes a row.
GAP = 10.0
MAX_LANES = 3
#: The track's margin on either side (percent), so points at the ends stay whole.
PAD = 3.0
#: Meetings with no date listed openly under the chart; more fold under a disclosure.
UNDATED_OPEN = 8
NO_COUNTRY = "No country named"
REMOTE = frozenset({"call", "virtual_meeting"})
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def day(value: Any) -> datetime.date | None:
    """A meeting's date from its dict form (ISO text or a date); None when missing or unreadable."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def day_text(d: datetime.date) -> str:
    """ "21 Aug 2023"."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def countries_of(m: Mapping[str, Any]) -> list[str]:
    """The row(s) a meeting goes in: its countries other than the issuer's (all when that leaves none)."""
    countries = [c for c in m.get("countries") or [] if isinstance(c, str) and c]
    others = [c for c in countries if c != m.get("issuer")]
    return others or countries or [NO_COUNTRY]


def _x(d: datetime.date, lo: datetime.date, hi: datetime.date) -> float:
    return PAD + (100 - 2 * PAD) * (d - lo).days / max((hi - lo).days, 1)


def _span(dates: Sequence[datetime.date]) -> tuple[datetime.date, datetime.date]:
    lo, hi = min(dates), max(dates)
    if (hi - lo).days < 20:  # one day (or a few): a month around it, so the axis has somewhere to go
        lo, hi = lo - datetime.timedelta(days=15), hi + datetime.timedelta(days=15)
    return lo, hi


def ticks(lo: datetime.date, hi: datetime.date) -> list[tuple[datetime.date, str]]:
    """Axis ticks between ``lo`` and ``hi``: first days of months (or of years), at most MAX_TICKS, labelled
    "Sep 2023", "Oct", ... (the year on the first tick and on each January) or "2024"."""
    for step in _STEPS:
        out: list[tuple[datetime.date, str]] = []
        y, mo = lo.year, lo.month
        while True:
            if (y, mo) > (lo.year, lo.month) or lo.day == 1:
                d = datetime.date(y, mo, 1)
                if d > hi:
                    break
                if (step < 12 and (mo - 1) % step == 0) or (step >= 12 and mo == 1 and y % (step // 12) == 0):
                    yearly = step >= 12
                    label = str(y) if yearly else (f"{_MONTHS[mo - 1]} {y}" if not out or mo == 1 else _MONTHS[mo - 1])
                    out.append((d, label))
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        if len(out) <= MAX_TICKS:
            return out
    return []


def _lanes(xs: Sequence[float]) -> list[int]:
    """A lane for each point (xs ascending): the first lane whose last point is at least GAP away."""
    last: list[float] = []
    out = []
    for x in xs:
        free = next((i for i, end in enumerate(last) if x - end >= GAP), None)
        if free is None:
            free = len(last) if len(last) < MAX_LANES else min(range(len(last)), key=last.__getitem__)
            if free == len(last):
                last.append(x)
        last[free] = x
        out.append(free)
    return out


def _point(m: Mapping[str, Any], country: str, x: float, lane: int) -> str:
    d = day(m.get("date")) or datetime.date.min  # only dated meetings are drawn
    kind = (m.get("kind") or "meeting").replace("_", " ")
    place = f" in {m['place']}" if m.get("place") else ""
    title = m.get("title") or m.get("source")
    label = f"{country}: {title}, {day_text(d)}, {kind}{place}. Open the readout."
    tip = f"{title} \u00b7 {day_text(d)} \u00b7 {kind}{place}"
    cls = "ra-tl-pt ra-tl-remote" if m.get("kind") in REMOTE else "ra-tl-pt"
    return (
        f'<a class="{cls}" style="--x:{x:.2f}%;--lane:{lane}" {open_link(m["source"], -1, -1, 0, "doc")} '
        f'data-source="{esc(m["source"])}" data-date="{d.isoformat()}" aria-label="{esc(label)}" '
        f'title="{esc(tip)}"></a>'
    )


def _row(country: str, rows: Sequence[tuple[float, Mapping[str, Any]]], grid: str) -> str:
    rows = sorted(rows, key=lambda r: (r[0], r[1].get("source") or ""))
    lanes = _lanes([x for x, _ in rows])
    points = "".join(_point(m, country, x, lane) for (x, m), lane in zip(rows, lanes, strict=True))
    n = len(rows)
    return (
        f'<li class="ra-tl-row" style="--lanes:{max(lanes) + 1}"><span class="ra-tl-country" '
        f'title="{esc(country)}: {n} meeting{"s" if n != 1 else ""}">{esc(country)} <span class="ra-tl-n">{n}'
        f'</span></span><span class="ra-tl-track">{grid}{points}</span></li>'
    )


def _undated(meetings: Sequence[Mapping[str, Any]]) -> str:
    if not meetings:
        return ""
    items = []
    for m in sorted(meetings, key=lambda m: (m.get("title") or "", m.get("source") or "")):
        where = ", ".join(c for c in countries_of(m) if c != NO_COUNTRY)
        meta = " \u00b7 ".join(x for x in (where, (m.get("kind") or "meeting").replace("_", " ")) if x)
        items.append(
            f'<li><a class="ra-tl-undated-link" {open_link(m["source"], -1, -1, 0, "doc")} '
            f'data-source="{esc(m["source"])}" title="{esc(m.get("title") or m["source"])}">'
            f"{esc(short_title(m.get('title'), m['source'], 80))}</a>"
            f'<span class="ra-meta"> \u00b7 {esc(meta)}</span></li>'
        )
    if len(meetings) > UNDATED_OPEN:  # a long list folds away, its count still in sight
        return (
            f'<details class="ra-tl-undated"><summary>Date unknown ({len(meetings)})</summary>'
            f"<ul>{''.join(items)}</ul></details>"
        )
    return (
        f'<div class="ra-tl-undated"><div class="ra-h">Date unknown ({len(meetings)})</div>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _summary(dated: Sequence[datetime.date], undated: int, countries: int, filtered: bool) -> str:
    bits = [f"{len(dated)} dated meeting{'s' if len(dated) != 1 else ''}"]
    if dated:
        first, last = min(dated), max(dated)
        bits.append(f"{day_text(first)} \u2013 {day_text(last)}" if first != last else day_text(first))
        bits.append(f"{countries} countr{'ies' if countries != 1 else 'y'}")
    if undated:
        bits.append(f"{undated} with the date unknown")
    scope = " fitting the filters" if filtered else ""
    return f'<div class="ra-tl-summary">{esc(", ".join(bits))}{scope}</div>'


def _chart(by_country: Mapping[str, list], marks: Sequence[tuple[float, str]], top: int) -> str:
    """The legend, the axis (ticks at ``marks``: position, label) and the country rows, most meetings first."""
    order = sorted(by_country, key=lambda c: (-len(by_country[c]), c == NO_COUNTRY, c))
    grid = "".join(f'<span class="ra-tl-grid" style="--x:{x:.2f}%" aria-hidden="true"></span>' for x, _ in marks)
    parts = [
        '<div class="ra-tl-legend" aria-hidden="true"><span class="ra-tl-key"></span> in person '
        '<span class="ra-tl-key ra-tl-remote"></span> call or virtual</div>',
        '<div class="ra-tl-axis" aria-hidden="true"><span></span><span class="ra-tl-ticks">'
        + "".join(f'<span class="ra-tl-tick" style="--x:{x:.2f}%">{esc(label)}</span>' for x, label in marks)
        + "</span></div>",
        '<ul class="ra-tl-rows">' + "".join(_row(c, by_country[c], grid) for c in order[:top]) + "</ul>",
    ]
    rest = order[top:]
    if rest:
        parts.append(
            f'<details class="ra-tl-more"><summary>{len(rest)} more countr'
            f'{"ies" if len(rest) != 1 else "y"}</summary><ul class="ra-tl-rows">'
            + "".join(_row(c, by_country[c], grid) for c in rest)
            + "</ul></details>"
        )
    return "".join(parts)


def render_timeline(meetings: Sequence[Mapping[str, Any]], *, filtered: bool = False, top: int = TOP_COUNTRIES) -> str:
    """The timeline of ``meetings`` (``Meeting.to_dict()`` forms): a summary line, a legend, the axis, one row
    per country (the ``top`` most frequent; the rest under a disclosure), and the meetings with no date."""
    if not meetings:
        why = "No meeting fits the filters." if filtered else "No meetings are indexed yet."
        return f'<div class="ra-tl"><div class="ra-tl-empty">{why}</div></div>'
    dated = [(d, m) for m in meetings if (d := day(m.get("date"))) is not None]
    undated = [m for m in meetings if day(m.get("date")) is None]
    by_country: dict[str, list] = {}
    chart = ""
    if dated:
        lo, hi = _span([d for d, _ in dated])
        for d, m in dated:
            for c in countries_of(m):
                by_country.setdefault(c, []).append((_x(d, lo, hi), m))
        chart = _chart(by_country, [(_x(d, lo, hi), label) for d, label in ticks(lo, hi)], top)
    summary = _summary([d for d, _ in dated], len(undated), len(by_country), filtered)
    return f'<div class="ra-tl">{summary}{chart}{_undated(undated)}</div>'
