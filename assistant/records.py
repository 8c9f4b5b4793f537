"""Records passed between stages: one frozen dataclass each, with provenance.

Every record that points into a readout carries ``source`` (the readout's path
relative to the corpus root), ``start`` and ``end`` (character offsets into the
readout's text as ingested), so ``readout.text[start:end] == record.text``
always holds. Ids are derived from content (sha256), so the same text in the
same place always gets the same id.
"""

from __future__ import annotations

import bisect
import hashlib
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
    #: for paged formats (PDF): the offset where each page starts, first page first
    pages: tuple[int, ...] = ()

    @property
    def id(self) -> str:
        return content_id("readout", self.source, self.sha256 or sha256_text(self.text))

    def page_of(self, offset: int) -> int | None:
        """The 1-based page that ``offset`` falls on, or None for formats without pages."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset) or 1


@dataclass(frozen=True)
class Sentence:
    """A sentence of a readout with its exact span."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceRange:
    """A passage as a run of a readout's sentences: ``sentences[first:last]``."""

    first: int
    last: int


@dataclass(frozen=True)
class Chunks:
    """A readout cut into sentences and passages (runs of whole sentences), exact offsets kept."""

    readout: Readout
    sentences: tuple[Sentence, ...]
    passages: tuple[SentenceRange, ...]

    def passage_span(self, p: SentenceRange) -> tuple[int, int]:
        """(start, end) character offsets of a passage."""
        return self.sentences[p.first].start, self.sentences[p.last - 1].end


@dataclass(frozen=True)
class ReadoutRows:
    """Where a readout's rows sit in an index: its readout row, and its sentence and passage row ranges."""

    rid: int
    s_lo: int
    s_hi: int
    p_lo: int
    p_hi: int


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


class Passages(list):
    """A list of passages (what ``retrieve`` returns) that renders as a table in Jupyter."""

    def _repr_html_(self) -> str:
        from .render import passages_html

        return passages_html(self)


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
    page: int | None = None

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
        """The answer followed by its sources as numbered footnotes (see ``assistant.render``)."""
        from .render import answer_markdown

        return answer_markdown(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        from .render import answer_html

        return answer_html(self)

    def __str__(self) -> str:
        return self.to_markdown()
