"""Reading one field of a test-set row: lists, spans, booleans, counts, conversations, JSON cells of a CSV.

Each reader takes the raw value (a JSON value, or a CSV cell's string when ``csv_cell``) and returns a
plain value or raises ValueError saying what is wrong with that field; ``datasets.parse_row`` adds the
file and line.
"""

from __future__ import annotations

import json
from typing import Any

from .metrics import Span

__all__ = ["json_cell", "as_str_list", "as_spans", "as_bool", "as_count", "as_history", "pick", "check_text"]

_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}
_MAX_DEPTH = 20


def json_cell(value, name: str, csv_cell: bool, hint: str = ""):
    """A CSV cell holding JSON (a list or an object) is decoded; other values pass through."""
    if not (csv_cell and isinstance(value, str)):
        return value
    cell = value.strip()
    if not cell:
        return None
    if cell[0] not in "[{":
        return value
    try:
        return json.loads(cell)
    except (ValueError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise ValueError(f"'{name}' is not valid JSON ({reason}){hint}")


def as_str_list(value, name: str, *, csv_cell: bool) -> tuple[str, ...]:
    """A list of strings (a lone string is a list of one; a CSV cell may hold a JSON list); blanks dropped."""
    if value is None:
        return ()
    if isinstance(value, str):
        if csv_cell and value.strip().startswith("["):
            value = json_cell(value, name, csv_cell, '; write a list like ["a", "b"]')
        else:
            return (value.strip() if csv_cell else value,) if value.strip() else ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{name}' must be a list of strings")
    return tuple(v for v in value if v.strip())


def as_spans(value, sources: tuple[str, ...], *, csv_cell: bool, name: str = "evidence_spans") -> tuple[Span, ...]:
    """``[{"source", "start", "end"}]`` spans; ``source`` may be left out when the row names exactly one source."""
    shape = f'\'{name}\' must be a list of {{"source", "start", "end"}} objects'
    if isinstance(value, str) and not csv_cell and value.strip():
        raise ValueError(shape)
    value = json_cell(value, name, csv_cell)
    if value is None or (isinstance(value, str) and not value.strip()):
        return ()
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(shape)
    return tuple(_as_span(s, i, sources, name) for i, s in enumerate(value))


def _as_span(s, i: int, sources: tuple[str, ...], name: str) -> Span:
    if not isinstance(s, dict):
        raise ValueError(f"'{name}'[{i}] must be an object with source, start and end")
    source = s.get("source")
    if source is None and len(sources) == 1:
        source = sources[0]
    if not isinstance(source, str) or not source:
        raise ValueError(f"'{name}'[{i}] has no 'source' (and the row does not name exactly one source)")
    start, end = s.get("start"), s.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise ValueError(f"'{name}'[{i}] needs integer 'start' and 'end'")
    if not 0 <= start < end:
        raise ValueError(f"'{name}'[{i}] must have 0 <= start < end (got {start}, {end})")
    return Span(source, start, end)


def as_bool(value, name: str, *, csv_cell: bool) -> bool | None:
    """true/false (and yes/no, 1/0 in a CSV cell); None when the field is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and csv_cell:
        v = value.strip().lower()
        if v in _TRUE:
            return True
        if v in _FALSE:
            return False
    raise ValueError(f"'{name}' must be true or false (got {value!r:.40})")


def as_count(value, *, csv_cell: bool) -> int | None:
    """``expected_count``: a whole number >= 0; None when the field is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if csv_cell and isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"'expected_count' must be a whole number >= 0 (got {value!r:.40})")
    return value


def as_history(value, *, csv_cell: bool) -> tuple[tuple[str, str], ...]:
    """A conversation ``[{"role": "user"|"assistant", "content": str}]`` as (role, content) pairs."""
    value = json_cell(value, "history", csv_cell)
    if value is None or value == []:
        return ()
    shape = '\'history\' must be a list of {"role": "user"|"assistant", "content": str} messages'
    if not isinstance(value, list):
        raise ValueError(shape)
    turns = []
    for i, m in enumerate(value):
        if (
            not isinstance(m, dict)
            or m.get("role") not in ("user", "assistant")
            or not isinstance(m.get("content"), str)
        ):
            raise ValueError(f'\'history\'[{i}] must be {{"role": "user"|"assistant", "content": str}}')
        turns.append((m["role"], m["content"]))
    return tuple(turns)


def pick(row: dict, names: tuple[str, ...]):
    """The value of the first of ``names`` (aliases) the row gives; ValueError if two are given and differ."""
    present = [n for n in names if n in row and row[n] is not None and row[n] != ""]
    if len(present) > 1 and len({json.dumps(row[n], sort_keys=True) for n in present}) > 1:
        raise ValueError(f"both {present[0]!r} and {present[1]!r} are given and they differ; keep one")
    return row[present[0]] if present else None


def check_text(value: Any) -> None:
    """Raise ValueError when a parsed JSON value nests too deeply or holds a string that is not valid text."""
    stack = [(value, 0)]
    while stack:
        v, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise ValueError(f"values nest more than {_MAX_DEPTH} levels deep")
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(f"text holds an invalid character ({v[exc.start]!r}, a lone surrogate)") from None
        elif isinstance(v, dict):
            stack.extend((x, depth + 1) for pair in v.items() for x in pair)
        elif isinstance(v, list):
            stack.extend((x, depth + 1) for x in v)
