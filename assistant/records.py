"""Records passed between stages: one frozen dataclass each, with provenance.

Every record that points into a readout carries ``source`` (the readout's path
relative to the corpus root), ``start`` and ``end`` (character offsets into the
readout's text as ingested), so ``readout.text[start:end] == record.text``
always holds. Ids are derived from content (sha256), so the same text in the
same place always gets the same id.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import asdict, dataclass, field


def content_id(*parts: object) -> str:
    """Return a short, stable id derived from ``parts`` (sha256, 16 hex chars)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:16]


def sha256_text(text: str) -> str:
    """Full sha256 hex digest of a text, used for change detection."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Readout:
    """One ingested readout: its full text and what could be read off it."""

    source: str
    text: str
    title: str
    date: str | None = None
    body_start: int = 0
    sha256: str = ""
    people: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return content_id("readout", self.source, self.sha256 or sha256_text(self.text))


@dataclass(frozen=True)
class Sentence:
    """A sentence of a readout with its exact span."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    """A chunk of consecutive sentences of one readout, with its exact span.

    ``score`` is set by retrieval (higher is better) and is 0.0 otherwise.
    """

    source: str
    start: int
    end: int
    text: str
    title: str = ""
    date: str | None = None
    score: float = 0.0
    sentences: tuple[Sentence, ...] = field(default=(), repr=False, compare=False)

    @property
    def id(self) -> str:
        return content_id("passage", self.source, self.start, self.end, self.text)

    def to_dict(self) -> dict:
        """JSON-serialisable form (without the per-sentence breakdown)."""
        return {
            "id": self.id,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "title": self.title,
            "date": self.date,
            "score": self.score,
        }


@dataclass(frozen=True)
class Citation:
    """One quoted span that backs a claim of an answer, marked ``[marker]``."""

    marker: int
    source: str
    quote: str
    start: int
    end: int
    title: str = ""
    date: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """The answer to one question: text with [n] markers and its citations."""

    question: str
    text: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    passages: tuple[Passage, ...] = ()
    standalone_question: str | None = None
    notice: str | None = None
    unsupported: tuple[str, ...] = ()
    timings: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        """JSON-serialisable form of the whole answer."""
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "text": self.text,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
            "notice": self.notice,
            "unsupported": list(self.unsupported),
            "timings": dict(self.timings),
        }

    def to_markdown(self) -> str:
        """The answer followed by its sources as numbered footnotes."""
        lines = [self.text]
        if self.notice:
            lines += ["", f"_{self.notice}_"]
        for u in self.unsupported:
            lines += ["", f"\u26a0 _Not backed by any readout:_ {u}"]
        if self.citations:
            lines += ["", "**Sources**", ""]
            for c in self.citations:
                when = f", {c.date}" if c.date else ""
                lines.append(
                    f"[{c.marker}] *{c.title}*{when} ({c.source}, chars {c.start}-{c.end}): "
                    f"\u201c{c.quote}\u201d"
                )
        elif self.abstained and self.passages:
            lines += ["", "**Nearest passages** (not an answer)", ""]
            for p in self.passages[:3]:
                lines.append(f"- *{p.title}* ({p.source}): {p.text[:200]}")
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [f"<div class='readout-answer'><p>{esc(self.text).replace(chr(10), '<br>')}</p>"]
        if self.notice:
            parts.append(f"<p><em>{esc(self.notice)}</em></p>")
        if self.citations:
            parts.append("<ol>")
            for c in self.citations:
                when = f", {esc(c.date)}" if c.date else ""
                parts.append(
                    f"<li value='{c.marker}'><b>{esc(c.title)}</b>{when} "
                    f"<code>{esc(c.source)}:{c.start}-{c.end}</code><br>"
                    f"<q>{esc(c.quote)}</q></li>"
                )
            parts.append("</ol>")
        parts.append("</div>")
        return "".join(parts)

    def __str__(self) -> str:
        return self.to_markdown()
