"""Filters over readout records: country, person, date range, kind. Pure functions.

``Filters.parse`` validates what a user passes (API keywords, CLI flags,
the web chat's controls) and says what is wrong in words; ``matches`` tells
whether a meeting fits. A country may be written any way readouts write it
("Japan", "Japanese", "ROK"); a person by any part of their name or title
("Blinken", "Foreign Minister"); dates as ISO strings or dates.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..errors import AssistantError
from ..records import Meeting
from ..text.lexicon import STATEMENT_KINDS
from ..text.names import canonical_party
from ..text.tokenize import fold
from .issuers import asked_issuer, issuing_office

MEETING_KINDS = ("call", "meeting", "virtual_meeting", "visit", "trilateral", "multilateral", "dialogue")
KEYS = ("country", "person", "after", "before", "kind")


@dataclass(frozen=True)
class Filters:
    """What a user asked to see: any subset of country, person, after, before (inclusive) and kind."""

    country: str | None = None
    person: str | None = None
    after: datetime.date | None = None
    before: datetime.date | None = None
    kind: str | None = None
    statement: str | None = None
    issuer: str | None = None  # the office whose readouts a question asks about ("Which White House readouts")

    @classmethod
    def parse(cls, filters: Mapping[str, Any] | None, *, statements: bool = False) -> Filters:
        """Validated filters; raises AssistantError naming the bad key or value and what is accepted.

        With ``statements``, ``kind`` may also be a statement kind ("agreed").
        """
        if not filters:
            return cls()
        if not isinstance(filters, Mapping):
            raise AssistantError(
                f"filters must be a dict such as {{'country': 'Japan'}}, not {type(filters).__name__}."
            )
        unknown = [k for k in filters if k not in KEYS]
        if unknown:
            raise AssistantError(f"Unknown filter {', '.join(map(repr, unknown))}. Use any of: {', '.join(KEYS)}.")
        values = {k: v for k, v in filters.items() if v not in (None, "")}
        kind = values.get("kind")
        statement = None
        if kind is not None:
            kind = str(kind).strip().lower().replace(" ", "_").replace("-", "_")
            if statements and kind in STATEMENT_KINDS:
                statement, kind = kind, None
            elif kind not in MEETING_KINDS:
                extra = f"; statement kinds: {', '.join(STATEMENT_KINDS)}" if statements else ""
                raise AssistantError(
                    f"Unknown kind {values['kind']!r}. Meeting kinds: {', '.join(MEETING_KINDS)}{extra}."
                )
        country = values.get("country")
        if country is not None:
            country = canonical_party(str(country)) or str(country).strip()
        after, before = _date(values.get("after"), "after"), _date(values.get("before"), "before")
        if after and before and after > before:
            raise AssistantError(f"The date range is empty: after {after} is later than before {before}.")
        person = str(values["person"]).strip() if values.get("person") is not None else None
        return cls(country, person or None, after, before, kind, statement)

    def __bool__(self) -> bool:
        return any(
            v is not None
            for v in (self.country, self.person, self.after, self.before, self.kind, self.statement, self.issuer)
        )

    def matches(self, m: Meeting) -> bool:
        """Whether meeting ``m`` fits every filter given (its date, else its publication date, for ranges)."""
        if self.kind and m.kind != self.kind:
            return False
        if self.issuer and issuing_office(m) not in (None, self.issuer):
            return False
        if (
            self.country
            and self.country not in m.countries
            and not any(p.country == self.country for p in m.participants)
        ):
            return False
        if self.person and not _person_in(self.person, m):
            return False
        day = m.date or m.published
        if day is None:
            return not (self.after or self.before)
        if self.after and day < self.after:
            return False
        return not (self.before and day > self.before)

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in KEYS if getattr(self, k) is not None}
        for k in ("after", "before"):
            if k in out:
                out[k] = out[k].isoformat()
        if self.statement:
            out["kind"] = self.statement
        return out


def with_issuer(filters: Filters | None, question: str) -> Filters | None:
    """``filters`` and the issuing office the question asks the readouts of ("Which White House readouts ...")."""
    issuer = asked_issuer(question)
    return replace(filters or Filters(), issuer=issuer) if issuer else filters


def _person_in(person: str, m: Meeting) -> bool:
    want = fold(person)
    for p in m.participants:
        for text in (p.name, p.title):
            if text and want in fold(text):
                return True
    return False


def _date(value: Any, name: str) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 4 and text.isdigit():  # a year: its first or last day
            return datetime.date(int(text), 1, 1) if name == "after" else datetime.date(int(text), 12, 31)
        if len(text) == 7:  # YYYY-MM
            y, mo = int(text[:4]), int(text[5:7])
            if name == "after":
                return datetime.date(y, mo, 1)
            nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt - datetime.timedelta(days=1)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise AssistantError(
            f"The {name!r} filter {value!r} is not a date. Write it as YYYY-MM-DD (or YYYY-MM, YYYY)."
        ) from None


def by_date(meetings: list[Meeting]) -> list[Meeting]:
    """Meetings oldest first; those without any date last (by source)."""
    return sorted(
        meetings, key=lambda m: ((m.date or m.published) is None, m.date or m.published or datetime.date.min, m.source)
    )
