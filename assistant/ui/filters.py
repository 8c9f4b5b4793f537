"""The web chat's filter controls: what they offer, what they pass to ``Assistant.ask``, and how they read.

Pure functions over plain values and meeting dicts (``Meeting.to_dict()``).
The controls hand over strings (a dropdown's "" means "any"); :func:`clean`
turns them into the ``filters`` dict of the public API (``country``,
``person``, ``after``, ``before``, ``kind``, any subset). Whether a value is
acceptable is the library's call: ``Assistant.meetings(**filters)`` raises an
``AssistantError`` whose message the page shows as one line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..render import esc, one_line

#: The filters the controls set, in the order the page shows them.
KEYS = ("country", "person", "after", "before", "kind")
#: The longest value a control may pass on (anything longer is cut).
MAX_VALUE = 200
#: The most people a person dropdown offers (the most frequent first); any other name can be typed.
MAX_PEOPLE = 300


def clean(values: Mapping[str, Any] | None) -> dict[str, str]:
    """The controls' values as ``ask(filters=...)`` takes them: strings on one line, empty ones and unknown keys
    dropped (untrusted: they come from the browser)."""
    out: dict[str, str] = {}
    if not isinstance(values, Mapping):
        return out
    for key in KEYS:
        value = values.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            continue
        value = one_line(value)[:MAX_VALUE]
        if value:
            out[key] = value
    return out


def from_controls(
    country: Any = None, person: Any = None, after: Any = None, before: Any = None, kind: Any = None
) -> dict[str, str]:
    """:func:`clean` over the five controls, in the page's order."""
    return clean(dict(zip(KEYS, (country, person, after, before, kind), strict=True)))


def kind_label(kind: str | None) -> str:
    """A meeting kind as words: "virtual_meeting" -> "virtual meeting"."""
    return (kind or "meeting").replace("_", " ")


def describe(filters: Mapping[str, str]) -> str:
    """The filters in one line: "country: Japan · person: Blinken · after: 2023-01-01 · kind: call"."""
    parts = []
    for key in KEYS:
        if filters.get(key):
            value = kind_label(filters[key]) if key == "kind" else filters[key]
            parts.append(f"{key}: {value}")
    return " \u00b7 ".join(parts)


def status_html(
    filters: Mapping[str, str], fitting: int | None = None, total: int | None = None, error: str | None = None
) -> str:
    """The line that says whether filters are active (and how many readouts fit them), or what is wrong."""
    if error:
        return (
            f'<div class="ra-filter-status ra-filter-bad" role="alert">\u26a0 {esc(one_line(error))} '
            "Questions are not asked until the filters are fixed or cleared.</div>"
        )
    if not filters:
        scope = f" ({total} readout{'s' if total != 1 else ''})" if total is not None else ""
        return f'<div class="ra-filter-status" role="status">No filters: questions use every readout{scope}.</div>'
    fit = ""
    if fitting is not None and total is not None:
        fit = f" \u2014 {fitting} of {total} readout{'s' if total != 1 else ''} fit"
        if fitting == 0:
            fit += " (questions will find nothing; change or clear the filters)"
    return (
        f'<div class="ra-filter-status ra-filter-on" role="status"><span class="ra-filter-badge">Filters active'
        f"</span> {esc(describe(filters))}{esc(fit)}. They apply to the next questions and follow-ups.</div>"
    )


def note_html(filters: Mapping[str, str] | None) -> str:
    """The line on an answer that says which filters it was asked under ("" when none)."""
    if not filters:
        return ""
    return f'<div class="ra-filtered">Filtered: {esc(describe(filters))}</div>'


def _countries(m: Mapping[str, Any]) -> list[str]:
    countries = [c for c in m.get("countries") or [] if isinstance(c, str) and c]
    for p in m.get("participants") or []:
        if p.get("country") and p["country"] not in countries:
            countries.append(p["country"])
    return countries


def choices(meetings: Sequence[Mapping[str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """What the dropdowns offer, from the indexed meetings: countries and meeting kinds (with how many meetings
    each, alphabetical), and people (names, else titles; the most frequent first). Each list starts with its
    "any" choice, whose value is ""."""
    countries: Counter = Counter()
    kinds: Counter = Counter()
    people: Counter = Counter()
    for m in meetings:
        countries.update(_countries(m))
        kinds[m.get("kind") or "meeting"] += 1
        seen = {(p.get("name") or p.get("title") or "").strip() for p in m.get("participants") or []}
        people.update(s for s in seen if s)
    return {
        "country": [("Any country", "")] + [(f"{c} ({n})", c) for c, n in sorted(countries.items())],
        "person": [("Anyone", "")]
        + [(p, p) for p, _ in sorted(people.items(), key=lambda x: (-x[1], x[0]))[:MAX_PEOPLE]],
        "kind": [("Any kind", "")] + [(f"{kind_label(k)} ({n})", k) for k, n in sorted(kinds.items())],
    }


def last_filters(turns: Sequence[Mapping[str, Any]] | None) -> dict[str, str]:
    """The filters the conversation's latest question was asked under (what a reopened conversation goes on
    with)."""
    for t in reversed(list(turns or [])):
        if isinstance(t, Mapping) and "question" in t:
            return clean(t.get("filters"))
    return {}
