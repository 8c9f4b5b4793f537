"""Test sets: the records (EvalItem, Part, TestSet), row parsing and validation, and the loaders.

A test set is JSONL, CSV (list cells written as JSON), a JSON list of rows, or
SQuAD v1.1 JSON (see ``assistant.eval.squad``). Every row is parsed and
checked before anything is asked; all problems are raised together as one
EvalDataError naming the file, the line and what to fix. Nothing but
EvalDataError escapes a loader, whatever the file holds (binary, malformed
JSON, wrong shapes).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import MAX_QUESTION_CHARS
from ..errors import EvalDataError
from .fields import as_bool, as_count, as_history, as_spans, as_str_list, check_text, json_cell, pick
from .metrics import Span
from .squad import squad_rows, write_readouts

__all__ = [
    "Span",
    "Part",
    "EvalItem",
    "TestSet",
    "MAX_QUESTION_CHARS",
    "parse_row",
    "parse_rows",
    "load_testset",
    "as_testset",
    "select_split",
    "read_text",
    "raise_collected",
]

# MAX_QUESTION_CHARS (from config): the longest question ``Assistant.ask`` accepts; longer rows are refused
# when the set is loaded. It stays in __all__ for the code that read it from here.


# =========================================================================== records


@dataclass(frozen=True)
class Part:
    """One part of a multi-part question, with what answering it takes."""

    text: str
    answerable: bool = True
    must_contain: tuple[str, ...] = ()
    evidence_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class EvalItem:
    """One question of a test set, as parsed (before it is checked against an index)."""

    id: str
    question: str
    references: tuple[str, ...] = ()
    must_contain: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    evidence_spans: tuple[Span, ...] = ()
    answerable: bool = True
    type: str | None = None
    where: str = ""  # "file:line", for error messages
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)
    #: earlier turns of the conversation, as (role, content) pairs; see ``messages``
    history: tuple[tuple[str, str], ...] = ()
    parts: tuple[Part, ...] = ()
    expected_count: int | None = None

    @property
    def messages(self) -> list[dict[str, str]]:
        """``history`` in the shape ``Assistant.ask`` takes: ``[{"role", "content"}]``."""
        return [{"role": role, "content": content} for role, content in self.history]

    @property
    def split(self) -> str | None:
        """The row's ``split`` ("dev", "test", ...), kept with its other extra fields."""
        value = self.extra.get("split")
        return None if value is None else str(value)


@dataclass(frozen=True)
class TestSet:
    """A parsed test set. ``corpus`` is set when the set brings its own readouts (SQuAD)."""

    __test__ = False  # not a pytest class

    items: tuple[EvalItem, ...]
    path: str = "<rows>"
    corpus: Path | None = None
    format: str = "rows"

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class _Unreadable:
    """A line that is not JSON: kept in its place so its problem is listed with the other rows' problems."""

    reason: str


# =========================================================================== fields

_ALIASES = {
    "question": ("question", "user_input", "query"),
    "reference": ("reference", "answer", "answers", "ground_truth", "ground_truths"),
    "evidence": ("evidence", "reference_contexts"),
}
_LIST_FIELDS = ("must_contain", "sources", "evidence")
_PASSTHROUGH = {"response": "given_response", "retrieved_contexts": "given_contexts"}
_KNOWN = {
    "id",
    "type",
    "answerable",
    "evidence_spans",
    "must_contain",
    "sources",
    "history",
    "parts",
    "expected_count",
}.union(*_ALIASES.values())
_PART_FIELDS = {"text", "answerable", "must_contain", "evidence_spans", "id", "type"}


def _as_parts(value, sources: tuple[str, ...], *, csv_cell: bool) -> tuple[Part, ...]:
    value = json_cell(value, "parts", csv_cell)
    if value is None or value == []:
        return ()
    if not isinstance(value, list):
        raise ValueError('\'parts\' must be a list of {"text", "answerable", "must_contain", "evidence_spans"} objects')
    return tuple(_as_part(p, i, sources) for i, p in enumerate(value))


def _as_part(p, i: int, sources: tuple[str, ...]) -> Part:
    name = f"parts[{i}]"
    if not isinstance(p, dict):
        raise ValueError(f"'{name}' must be an object with 'text' (and answerable, must_contain, evidence_spans)")
    unknown = sorted(set(p) - _PART_FIELDS)
    if unknown:
        raise ValueError(f"'{name}' has unknown field {unknown[0]!r:.40}; a part has {', '.join(sorted(_PART_FIELDS))}")
    text = p.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"'{name}' needs a 'text' saying what the part asks")
    answerable = as_bool(p.get("answerable"), f"{name}.answerable", csv_cell=False)
    must = as_str_list(p.get("must_contain"), f"{name}.must_contain", csv_cell=False)
    spans = as_spans(p.get("evidence_spans"), sources, csv_cell=False, name=f"{name}.evidence_spans")
    if answerable is False and (must or spans):
        raise ValueError(f"'{name}' is unanswerable but gives must_contain or evidence_spans; drop one of them")
    if answerable is not False and not (must or spans):
        raise ValueError(f"'{name}' is answerable but gives neither must_contain nor evidence_spans to score it by")
    return Part(text.strip(), answerable is not False, must, spans)


# =========================================================================== rows


def _references(ref, csv_cell: bool) -> tuple[str, ...]:
    if isinstance(ref, str) and csv_cell and ref.strip().startswith("["):
        return as_str_list(ref, "reference", csv_cell=True)
    if isinstance(ref, str):
        return (ref,) if ref.strip() else ()
    if ref is None:
        return ()
    if isinstance(ref, list) and ref and all(isinstance(r, dict) for r in ref):
        # SQuAD-style [{"text": ..., "answer_start": ...}]
        texts = [r.get("text") for r in ref]
        if not all(isinstance(t, str) for t in texts):
            raise ValueError("each answer object needs a 'text' string")
        return tuple(t for t in texts if t.strip())
    return as_str_list(ref, "reference", csv_cell=csv_cell)


def _question(row: dict) -> str:
    question = pick(row, _ALIASES["question"])
    if not isinstance(question, str) or not question.strip():
        raise ValueError("no 'question' (or 'user_input'): every row needs the question text")
    question = question.strip()
    if len(question) > MAX_QUESTION_CHARS:
        raise ValueError(f"question is {len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,}")
    return question


def parse_row(row: Any, where: str, default_id: str, *, csv_cell: bool = False) -> EvalItem:
    """Turn one raw row (a dict) into an EvalItem; raises ValueError saying what is wrong."""
    if isinstance(row, _Unreadable):
        raise ValueError(row.reason)
    if not isinstance(row, dict):
        raise ValueError(f"a row must be an object with at least a 'question', got {type(row).__name__}")
    check_text(row)
    question = _question(row)
    references = _references(pick(row, _ALIASES["reference"]), csv_cell)
    lists = {
        name: as_str_list(pick(row, _ALIASES.get(name, (name,))), name, csv_cell=csv_cell) for name in _LIST_FIELDS
    }
    spans = as_spans(row.get("evidence_spans"), lists["sources"], csv_cell=csv_cell)
    answerable = as_bool(row.get("answerable"), "answerable", csv_cell=csv_cell)
    answerable = True if answerable is None else answerable
    if not answerable and (spans or lists["evidence"]):
        raise ValueError("'answerable' is false but the row gives evidence; drop one of them")
    parts = _as_parts(row.get("parts"), lists["sources"], csv_cell=csv_cell)
    if parts and answerable != any(p.answerable for p in parts):
        raise ValueError(
            'every part is unanswerable: mark the row "answerable": false'
            if answerable
            else "'answerable' is false but a part is answerable; drop one of them"
        )
    count = as_count(row.get("expected_count"), csv_cell=csv_cell)
    if count is not None and not answerable:
        raise ValueError("'expected_count' is given but the row is unanswerable; drop one of them")
    qtype = row.get("type")
    if qtype is not None and not isinstance(qtype, str):
        qtype = str(qtype)
    qid = row.get("id")
    qid = default_id if qid is None or str(qid).strip() == "" else str(qid)
    extra = {str(_PASSTHROUGH.get(k, k)): v for k, v in row.items() if k not in _KNOWN}
    return EvalItem(
        id=qid,
        question=question,
        references=references,
        must_contain=lists["must_contain"],
        sources=lists["sources"],
        evidence=lists["evidence"],
        evidence_spans=spans,
        answerable=answerable,
        type=qtype or None,
        where=where,
        extra=extra,
        history=as_history(row.get("history"), csv_cell=csv_cell),
        parts=parts,
        expected_count=count,
    )


def raise_collected(path: str, problems: list[str]) -> None:
    """Raise one EvalDataError listing ``problems`` (the first ten)."""
    shown = problems[:10]
    more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
    raise EvalDataError(
        f"{path}: {len(problems)} malformed row{'s' if len(problems) != 1 else ''}; nothing was scored. Fix:\n  "
        + "\n  ".join(shown)
        + more
    )


def parse_rows(
    rows: Sequence[tuple[str, Any]], path: str = "<rows>", *, csv_cell: bool = False, fmt: str = "rows"
) -> TestSet:
    """Parse ``(where, row)`` pairs; every problem is collected and raised together as EvalDataError."""
    items: list[EvalItem] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for n, (where, row) in enumerate(rows, start=1):
        try:
            item = parse_row(row, where, f"q{n:03d}", csv_cell=csv_cell)
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if item.id in seen:
            problems.append(f"{where}: id {item.id!r} is already used at {seen[item.id]}")
            continue
        seen[item.id] = where
        items.append(item)
    if problems:
        raise_collected(path, problems)
    if not items:
        raise EvalDataError(f"{path}: no questions found. Give one question per row (JSONL, CSV or SQuAD JSON).")
    return TestSet(tuple(items), path=path, format=fmt)


# =========================================================================== files


def read_text(path: Path) -> str:
    """The file's text (UTF-8, a BOM allowed); EvalDataError naming the file when it is not text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvalDataError(f"{path}: cannot read the test set ({exc.strerror or exc}).") from None
    if b"\x00" in data:
        raise EvalDataError(
            f"{path} is not a text file (it holds NUL bytes, as binary and UTF-16 files do); "
            "a test set is JSONL, CSV or JSON text saved as UTF-8."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalDataError(
            f"{path} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "a test set is JSONL, CSV or JSON text saved as UTF-8."
        ) from None


def _loads(text: str) -> Any:
    """json.loads whose every failure is a ValueError with a short reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as exc:  # huge integers, nesting past the recursion limit
        raise ValueError(str(exc).split(";")[0] if isinstance(exc, ValueError) else "nested too deeply") from None


def _read_jsonl(path: Path) -> TestSet:
    rows: list[tuple[str, Any]] = []
    # split on newlines only: str.splitlines would also cut at U+2028 and friends, which JSON strings may hold
    for lineno, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row: Any = _loads(line)
        except json.JSONDecodeError as exc:
            row = _Unreadable(f"not valid JSON ({exc.msg} at column {exc.colno})")
        except ValueError as exc:
            row = _Unreadable(f"not valid JSON ({exc})")
        rows.append((f"{path}:{lineno}", row))
    return parse_rows(rows, str(path), fmt="jsonl")


def _read_csv(path: Path) -> TestSet:
    text = read_text(path)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fieldnames = reader.fieldnames
        if not fieldnames:
            raise EvalDataError(f"{path}: empty CSV; the first line must name the columns (question, reference, ...).")
        rows, problems = [], []
        start = 2  # the header is line 1
        for row in reader:
            where = f"{path}:{start}"
            if None in row:
                problems.append(f"{where}: more cells than the {len(fieldnames)} columns of the header")
            else:
                rows.append((where, {k.strip(): v for k, v in row.items() if k is not None}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise EvalDataError(f"{path}:{reader.line_num}: not valid CSV ({exc}).") from None
    if problems:
        raise_collected(str(path), problems)
    return parse_rows(rows, str(path), csv_cell=True, fmt="csv")


def _read_json(path: Path, corpus_dir: Path | None) -> TestSet:
    try:
        data = _loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}).") from None
    except ValueError as exc:
        raise EvalDataError(f"{path}: not valid JSON ({exc}).") from None
    if isinstance(data, dict) and "data" in data:
        return _read_squad(path, data, corpus_dir)
    if isinstance(data, list):
        return parse_rows([(f"{path}: item {i + 1}", row) for i, row in enumerate(data)], str(path), fmt="json")
    raise EvalDataError(f"{path}: expected SQuAD JSON (with 'data') or a list of rows.")


def _read_squad(path: Path, data: dict, corpus_dir: Path | None) -> TestSet:
    """SQuAD v1.1: each paragraph is written as one readout; answers become references and evidence."""
    articles = data.get("data")
    if not isinstance(articles, list):
        raise EvalDataError(f"{path}: a SQuAD file needs a top-level 'data' list of articles.")
    try:
        check_text(articles)
    except ValueError as exc:
        raise EvalDataError(f"{path}: {exc}.") from None
    rows, readouts, problems = squad_rows(path, articles)
    if problems:
        raise_collected(str(path), problems)
    ts = parse_rows(rows, str(path), fmt="squad")
    return TestSet(ts.items, path=ts.path, corpus=write_readouts(path, corpus_dir, readouts), format="squad")


def load_testset(path: str | Path, *, corpus_dir: str | Path | None = None) -> TestSet:
    """Read a test set from JSONL, CSV, a JSON list of rows, or SQuAD v1.1 JSON.

    Rows have ``question`` (or ``user_input``), and optionally ``reference``
    (``answer``), ``must_contain``, ``sources``, ``evidence`` (exact quotes),
    ``evidence_spans`` ([{source, start, end}]), ``answerable`` (default true),
    ``type``, ``history`` (earlier turns), ``parts`` (of a multi-part question)
    and ``expected_count``. For SQuAD files every paragraph is written as a
    ``.txt`` readout into ``corpus_dir`` (a new temporary folder by default);
    index that folder (``TestSet.corpus``) and evaluate against it. Raises
    EvalDataError naming the file, the line and the problem; nothing is
    returned unless every row parses.
    """
    p = Path(path)
    if not p.is_file():
        raise EvalDataError(f"No test set at {p}. Give a .jsonl, .csv or SQuAD .json file.")
    suffix = p.suffix.lower()
    if suffix == ".csv":
        return _read_csv(p)
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(p)
    if suffix == ".json":
        return _read_json(p, Path(corpus_dir) if corpus_dir else None)
    raise EvalDataError(f"{p}: unknown test set format {suffix or '(no extension)'}; use .jsonl, .csv or .json.")


def select_split(ts: TestSet, split: str | None) -> TestSet:
    """The rows of one split ("dev", "test"); all of them when ``split`` is None. EvalDataError if none match."""
    if split is None:
        return ts
    items = tuple(i for i in ts.items if i.split == split)
    if not items:
        splits = sorted({i.split for i in ts.items if i.split is not None})
        raise EvalDataError(
            f"{ts.path}: no questions in split {split!r}; its splits are: "
            f"{', '.join(splits) or 'none (rows have no split field)'}."
        )
    return TestSet(items, path=ts.path, corpus=ts.corpus, format=ts.format)


def as_testset(testset) -> TestSet:
    """A TestSet from a TestSet, a path (``load_testset``) or an iterable of row dicts."""
    if isinstance(testset, TestSet):
        return testset
    if isinstance(testset, (str, Path)):
        return load_testset(testset)
    rows = list(testset)
    return parse_rows([(f"row {i + 1}", r) for i, r in enumerate(rows)])
