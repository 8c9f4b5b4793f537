"""Records passed between stages: one frozen dataclass each, with provenance.

Every record that points into a readout carries ``source`` (the readout's path
relative to the corpus root), ``start`` and ``end`` (character offsets into the
readout's text as ingested), so ``readout.text[start:end] == record.text``
always holds. Ids are derived from content (sha256), so the same text in the
same place always gets the same id.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
from dataclasses import asdict, dataclass, field
from typing import NamedTuple


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
    #: where the title came from: "text" (a title line), "format" (an HTML or PDF title), "file" (the file
    #: name, a stand-in until the records give a better one), or "records" (made from them)
    title_source: str = "text"

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


class StatementRow(NamedTuple):
    """A sentence row's statement as a store keeps it (``Statement`` without its text and span)."""

    kind: str
    actor: str
    cameo: str | None
    verb_start: int
    verb_end: int


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
class Participant:
    """Someone who took part in a meeting: name (None when the readout gives only a title), title, the
    country or organisation they represent, and their side ("issuer" or "counterpart"); ``start``/``end``
    are the offsets of the words that name them first."""

    name: str | None
    title: str | None
    country: str | None
    side: str
    start: int = -1
    end: int = -1

    def label(self) -> str:
        """How to call them in one line: the surname, else the title and country."""
        if self.name:
            return self.name.split()[-1] if self.name.split()[-1] not in ("Jr.", "Jr") else self.name.split()[-2]
        return " ".join(x for x in (self.country, self.title) if x) or "?"

    def to_dict(self) -> dict:
        return asdict(self)

    def _repr_html_(self) -> str:
        from .render import participant_html

        return participant_html(self.to_dict())


@dataclass(frozen=True)
class Meeting:
    """What a readout records: the meeting's date (resolved; None when it cannot be known), publication
    date, place, kind, participants, the countries and organisations at the table, and the issuing
    government and office. Each value's ``*_span`` is the offsets of the words it came from (-1, -1 when it
    was inferred: the publication date standing in for a meeting date the text does not give)."""

    source: str
    title: str
    date: datetime.date | None
    published: datetime.date | None
    place: str | None
    kind: str
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = ()
    issuer: str | None = None
    office: str | None = None
    date_text: str | None = None
    date_span: tuple[int, int] = (-1, -1)
    place_span: tuple[int, int] = (-1, -1)
    kind_span: tuple[int, int] = (-1, -1)
    office_span: tuple[int, int] = (-1, -1)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        d["published"] = self.published.isoformat() if self.published else None
        return d

    def describe_line(self) -> str:
        """One line for a terminal: date, kind, place, who, title."""
        who = "; ".join(p.name or f"{p.title} ({p.country})" for p in self.participants) or "(participants not named)"
        day = self.date.isoformat() if self.date else "date unknown"
        return f"{day}  {self.kind or 'meeting'}  {self.place or '-'}  {who}  | {self.title}"

    @classmethod
    def from_dict(cls, d: dict) -> Meeting:
        """The inverse of ``to_dict`` (as stored in the index)."""
        return cls(
            **{
                **d,
                "date": _day(d.get("date")),
                "published": _day(d.get("published")),
                "participants": tuple(Participant(**p) for p in d.get("participants") or ()),
                "countries": tuple(d.get("countries") or ()),
                **{k: tuple(d[k]) for k in ("date_span", "place_span", "kind_span", "office_span") if k in d},
            }
        )

    def _repr_html_(self) -> str:
        from .render import meeting_html

        return meeting_html(self.to_dict())


@dataclass(frozen=True)
class Statement:
    """One sentence as an event: its kind (the taxonomy in ``text.lexicon.STATEMENT_KINDS``), who acts
    ("issuer", "counterpart", "both" or a name), the CAMEO root code where one fits, and the span of its
    main verb."""

    source: str
    start: int
    end: int
    text: str
    kind: str
    actor: str
    cameo: str | None = None
    verb_start: int = -1
    verb_end: int = -1
    date: datetime.date | None = None  # the meeting's date
    counterpart: str | None = None  # the other side of the meeting, in words ("Hayashi (Japan)")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d


def _day(value) -> datetime.date | None:
    if not value:
        return None
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


class _Rows(list):
    """A list of records that is also a table: ``rows()`` (one flat dict per record, the columns of
    ``COLUMNS``), ``to_csv()``, and ``to_frame()`` (a pandas DataFrame, the ``DATES`` columns as datetimes)."""

    COLUMNS: tuple[str, ...] = ()
    DATES: tuple[str, ...] = ()

    def rows(self) -> list[dict]:
        raise NotImplementedError

    def to_csv(self) -> str:
        """The records as CSV text with a header row (the columns of ``rows()``)."""
        import csv
        import io

        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(self.COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows())
        return buf.getvalue()

    def to_frame(self):
        """One row per record (the columns of ``rows()``), dates as pandas datetimes; needs pandas."""
        import pandas as pd

        frame = pd.DataFrame(self.rows(), columns=list(self.COLUMNS))
        for col in self.DATES:
            frame[col] = pd.to_datetime(frame[col])
        return frame


class Meetings(_Rows):
    """A list of meetings (what ``Assistant.meetings`` returns): ``to_frame()`` makes a pandas DataFrame, and it
    renders as a table in Jupyter."""

    COLUMNS = ("date", "kind", "place", "participants", "countries", "title", "source", "published", "issuer")
    DATES = ("date", "published")

    def rows(self) -> list[dict]:
        """One flat dict per meeting (dates as ISO text; participants and countries joined with "; ")."""
        out = []
        for m in self:
            d = m.to_dict()
            d["countries"] = "; ".join(m.countries)
            d["participants"] = "; ".join(
                " ".join(x for x in (p.title, p.name) if x) + (f" ({p.country})" if p.country else "")
                for p in m.participants
            )
            out.append({k: d[k] for k in self.COLUMNS})
        return out

    def _repr_html_(self) -> str:
        from .render import meetings_html

        return meetings_html([m.to_dict() for m in self])


class Statements(_Rows):
    """A list of statements (what ``Assistant.statements`` returns): event data, one row per sentence.
    ``to_csv()`` and ``to_frame()`` give the columns of ``COLUMNS``."""

    COLUMNS = ("date", "actor", "counterpart", "kind", "cameo", "quote", "source", "start", "end")
    DATES = ("date",)

    def rows(self) -> list[dict]:
        """One flat dict per statement: meeting date, actor, counterpart, kind, CAMEO code, quote, span."""
        return [
            {
                "date": s.date.isoformat() if s.date else None,
                "actor": s.actor,
                "counterpart": s.counterpart,
                "kind": s.kind,
                "cameo": s.cameo,
                "quote": s.text,
                "source": s.source,
                "start": s.start,
                "end": s.end,
            }
            for s in self
        ]


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
    #: the statement kind of the cited sentence ("agreed", "discussed", ... see Statement) and who acts
    kind: str | None = None
    actor: str | None = None

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
    #: the parts of the question the readouts do not answer, each in a sentence ("The readout of ... gives no
    #: figure for ...")
    missing: tuple[str, ...] = ()
    #: what the question was understood to ask (answer type, parts, constraints), for display and evaluation
    analysis: dict = field(default_factory=dict, compare=False)

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
            "missing": list(self.missing),
            "analysis": dict(self.analysis),
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
