"""Checking a parsed test set against the index it will be asked of, before any question is asked.

Sources are matched to indexed readouts (by path, or by file name alone when
that is unambiguous), evidence spans must lie inside their readout, evidence
quotes must be found. The result is each question's gold, with canonical
source names and the text of every gold span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .datasets import EvalItem, TestSet, raise_collected
from .metrics import QUOTES, Span

__all__ = ["Gold", "resolve"]


@dataclass(frozen=True)
class Gold:
    """One question's gold, checked against the index."""

    sources: tuple[str, ...]  # the gold readouts: ``sources`` plus the readouts of the gold spans
    spans: tuple[Span, ...]  # evidence spans, then the spans of the evidence quotes
    texts: tuple[str, ...]  # the readout text of each span
    parts: tuple[tuple[Span, ...], ...] = ()  # each part's evidence spans, in the order of ``item.parts``


def _find_quote(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    words = quote.translate(QUOTES).split()
    if not words:
        return None
    # tolerate different whitespace and typographic quotes
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text.translate(QUOTES))
    return (m.start(), m.end()) if m else None


class _Index:
    """The indexed readouts, read lazily: canonical names and texts."""

    def __init__(self, assistant) -> None:
        self.assistant = assistant
        self.sources = [r["source"] for r in assistant.readouts()]
        self.known = set(self.sources)
        self.by_name: dict[str, list[str]] = {}
        for s in self.sources:
            self.by_name.setdefault(Path(s).name, []).append(s)
        self._texts: dict[str, str] = {}

    def text(self, source: str) -> str:
        if source not in self._texts:
            readout = self.assistant.readout(source)
            if readout is None:
                raise ValueError(f"source {source!r} is listed by the index but cannot be read; rebuild the index")
            self._texts[source] = readout.text
        return self._texts[source]

    def canon(self, name: str) -> str:
        if name in self.known:
            return name
        matches = self.by_name.get(Path(name).name, [])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValueError(f"source {name!r} is ambiguous: {', '.join(matches[:3])}")
        raise ValueError(
            f"source {name!r} is not in the index ({len(self.sources)} readouts); "
            "index the corpus the test set was written for (--corpus)"
        )

    def span(self, s: Span) -> Span:
        src = self.canon(s.source)
        size = len(self.text(src))
        if s.end > size:
            raise ValueError(f"evidence span {s.start}-{s.end} is past the end of {src} ({size} chars)")
        return Span(src, s.start, s.end)

    def quote(self, quote: str, sources: list[str]) -> Span:
        for src in sources or self.sources:
            loc = _find_quote(self.text(src), quote)
            if loc:
                return Span(src, *loc)
        short = quote if len(quote) <= 60 else quote[:57] + "..."
        raise ValueError(f"evidence quote {short!r} is not in {'its sources' if sources else 'any readout'}")


def _gold(item: EvalItem, index: _Index) -> Gold:
    sources = [index.canon(s) for s in item.sources]
    spans = [index.span(s) for s in item.evidence_spans]
    spans += [index.quote(q, sources) for q in item.evidence]
    parts = tuple(tuple(index.span(s) for s in p.evidence_spans) for p in item.parts)
    texts = tuple(index.text(s.source)[s.start : s.end] for s in spans)
    part_sources = [s.source for p in parts for s in p]
    return Gold(tuple(dict.fromkeys(sources + [s.source for s in spans] + part_sources)), tuple(spans), texts, parts)


def resolve(testset: TestSet, assistant) -> dict[str, Gold]:
    """Check every item against the assistant's index before anything is scored; returns each item's Gold by id.

    Sources may be given by file name alone when that is unambiguous. Raises
    EvalDataError listing rows whose sources are not indexed, whose spans
    fall outside their readout, or whose evidence quotes cannot be found.
    """
    index = _Index(assistant)
    out, problems = {}, []
    for item in testset.items:
        try:
            out[item.id] = _gold(item, index)
        except ValueError as exc:
            problems.append(f"{item.where}: {exc}")
    if problems:
        raise_collected(testset.path, problems)
    return out
