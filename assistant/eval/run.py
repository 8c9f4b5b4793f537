"""Score an assistant against a test set, offline: retrieval, answers, citations, abstention.

    from assistant import Assistant, evaluate
    report = evaluate(Assistant.open("index/"), "tests/data/seed_eval.jsonl", k=5)
    report.summary          # {"hit@5": 1.0, "mrr": 0.93, ...}
    report.rows             # pandas DataFrame, one row per question
    report.write_html("report.html")

Test sets are JSONL, CSV (list columns as JSON strings) or SQuAD v1.1 JSON
(whose paragraphs become the corpus, see ``load_testset``). The metric
functions below are pure and have no dependency on the rest of the package,
so benchmarks and notebooks can reuse them on their own rows.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import string
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..errors import EvalDataError

__all__ = [
    "Span", "EvalItem", "TestSet", "Report", "evaluate", "load_testset", "parse_rows", "load_report",
    "spans_overlap", "first_hit_rank", "hit_at_k", "reciprocal_rank", "evidence_recall", "must_contain_coverage",
    "normalize_answer", "exact_match", "token_f1", "contains_reference", "citation_precision", "citation_recall",
    "abstention_scores", "percentile", "mean", "summarize", "compare",
]


# =========================================================================== records

@dataclass(frozen=True)
class Span:
    """A character span of one readout's ingested text."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"source": self.source, "start": self.start, "end": self.end}


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


# =========================================================================== metrics (pure)

def spans_overlap(a: Span, b: Span) -> bool:
    """True when two spans of the same readout share at least one character."""
    return a.source == b.source and a.start < b.end and b.start < a.end


def first_hit_rank(retrieved_sources: Sequence[str], gold_sources: Iterable[str]) -> int | None:
    """1-based rank of the first retrieved passage that comes from a gold readout; None if none does."""
    gold = set(gold_sources)
    for rank, source in enumerate(retrieved_sources, start=1):
        if source in gold:
            return rank
    return None


def hit_at_k(retrieved_sources: Sequence[str], gold_sources: Iterable[str], k: int) -> bool:
    """True when a gold readout is among the readouts of the top ``k`` passages."""
    rank = first_hit_rank(list(retrieved_sources)[:k], gold_sources)
    return rank is not None


def reciprocal_rank(retrieved_sources: Sequence[str], gold_sources: Iterable[str], k: int | None = None) -> float:
    """1 / rank of the first passage from a gold readout (within the top ``k``), else 0."""
    ranked = list(retrieved_sources) if k is None else list(retrieved_sources)[:k]
    rank = first_hit_rank(ranked, gold_sources)
    return 0.0 if rank is None else 1.0 / rank


def evidence_recall(gold: Sequence[Span], retrieved: Sequence[Span]) -> float | None:
    """Share of gold evidence spans that overlap some retrieved passage; None without gold spans."""
    if not gold:
        return None
    found = sum(1 for g in gold if any(spans_overlap(g, r) for r in retrieved))
    return found / len(gold)


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _loose(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def must_contain_coverage(text: str, phrases: Sequence[str]) -> float | None:
    """Share of ``phrases`` found in ``text`` (case-, quote- and whitespace-insensitive); None if no phrases."""
    if not phrases:
        return None
    hay = _loose(text)
    return sum(1 for p in phrases if _loose(p) in hay) / len(phrases)


_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = set(string.punctuation) | {"\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014"}


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, drop punctuation and the articles a/an/the, squeeze spaces."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def _best(prediction: str, references: Sequence[str], fn: Callable[[str, str], float]) -> float | None:
    refs = [r for r in references if r is not None]
    if not refs:
        return None
    return max(fn(prediction, r) for r in refs)


def exact_match(prediction: str, references: Sequence[str]) -> float | None:
    """1.0 when the normalised prediction equals some normalised reference, else 0.0; None without references."""
    return _best(prediction, references, lambda p, r: float(normalize_answer(p) == normalize_answer(r)))


def _f1(prediction: str, reference: str) -> float:
    pred, ref = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not ref:
        return float(pred == ref)
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def token_f1(prediction: str, references: Sequence[str]) -> float | None:
    """Best SQuAD token F1 of ``prediction`` over ``references``; None without references."""
    return _best(prediction, references, _f1)


def contains_reference(prediction: str, references: Sequence[str]) -> bool | None:
    """True when some normalised reference appears, as whole words, in the normalised prediction."""
    refs = [normalize_answer(r) for r in references if r is not None]
    refs = [r for r in refs if r]
    if not refs:
        return None
    pred = f" {normalize_answer(prediction)} "
    return any(f" {r} " in pred for r in refs)


def citation_precision(cited: Sequence[Span], gold: Sequence[Span], *, quotes: Sequence[str] = (),
                       references: Sequence[str] = ()) -> float | None:
    """Share of citations that are right: they overlap a gold evidence span or, when the question has
    no evidence spans, their quote contains a reference answer. None when nothing is cited or
    there is nothing to judge citations against."""
    if not cited:
        return None
    if gold:
        return sum(1 for c in cited if any(spans_overlap(c, g) for g in gold)) / len(cited)
    if any(normalize_answer(r) for r in references):
        return sum(1 for q in quotes if contains_reference(q, references)) / len(cited)
    return None


def citation_recall(cited: Sequence[Span], gold: Sequence[Span], *, quotes: Sequence[str] = (),
                    references: Sequence[str] = ()) -> float | None:
    """Share of gold evidence spans that some citation overlaps or, when the question has no evidence
    spans, 1.0 if some cited quote contains a reference answer and 0.0 otherwise. None when there
    is nothing to judge against."""
    if gold:
        return sum(1 for g in gold if any(spans_overlap(c, g) for c in cited)) / len(gold)
    if any(normalize_answer(r) for r in references):
        return float(any(contains_reference(q, references) for q in quotes))
    return None


def abstention_scores(abstained: Sequence[bool], answerable: Sequence[bool]) -> dict[str, float | None]:
    """Precision and recall of abstaining on unanswerable questions, and the false-abstain rate.

    precision = unanswerable abstentions / all abstentions;
    recall = unanswerable abstentions / unanswerable questions;
    false_abstain_rate = answerable abstentions / answerable questions. None where a denominator is 0.
    """
    pairs = list(zip(abstained, answerable))
    n_abstain = sum(1 for a, _ in pairs if a)
    n_unans = sum(1 for _, ok in pairs if not ok)
    n_ans = len(pairs) - n_unans
    right = sum(1 for a, ok in pairs if a and not ok)
    wrong = sum(1 for a, ok in pairs if a and ok)
    return {
        "abstain_precision": right / n_abstain if n_abstain else None,
        "abstain_recall": right / n_unans if n_unans else None,
        "false_abstain_rate": wrong / n_ans if n_ans else None,
    }


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100), interpolating linearly between closest ranks; None if empty."""
    xs = sorted(values)
    if not xs:
        return None
    pos = (len(xs) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def mean(values: Iterable[float | bool | None]) -> float | None:
    """Mean of the values that are not None (booleans count as 0/1); None if there are none."""
    xs = [float(v) for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None


# =========================================================================== loading

_ALIASES = {
    "question": ("question", "user_input", "query"),
    "reference": ("reference", "answer", "answers", "ground_truth", "ground_truths"),
    "evidence": ("evidence", "reference_contexts"),
}
_LIST_FIELDS = ("must_contain", "sources", "evidence")
_PASSTHROUGH = {"response": "given_response", "retrieved_contexts": "given_contexts"}
_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


def _as_str_list(value, name: str, *, csv_cell: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        if csv_cell:
            cell = value.strip()
            if not cell:
                return ()
            if cell.startswith("["):
                try:
                    value = json.loads(cell)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"'{name}' is not valid JSON ({exc.msg}); write a list like [\"a\", \"b\"]")
            else:
                return (cell,)
        else:
            return (value,) if value.strip() else ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"'{name}' must be a list of strings")
    return tuple(v for v in value if v.strip())


def _as_spans(value, sources: tuple[str, ...], *, csv_cell: bool) -> tuple[Span, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        if not value.strip():
            return ()
        if not csv_cell:
            raise ValueError("'evidence_spans' must be a list of {\"source\", \"start\", \"end\"} objects")
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"'evidence_spans' is not valid JSON ({exc.msg})")
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueError("'evidence_spans' must be a list of {\"source\", \"start\", \"end\"} objects")
    spans = []
    for i, s in enumerate(value):
        if not isinstance(s, dict):
            raise ValueError(f"'evidence_spans'[{i}] must be an object with source, start and end")
        source = s.get("source")
        if source is None and len(sources) == 1:
            source = sources[0]
        if not isinstance(source, str) or not source:
            raise ValueError(f"'evidence_spans'[{i}] has no 'source' (and the row does not name exactly one source)")
        start, end = s.get("start"), s.get("end")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise ValueError(f"'evidence_spans'[{i}] needs integer 'start' and 'end'")
        if not 0 <= start < end:
            raise ValueError(f"'evidence_spans'[{i}] must have 0 <= start < end (got {start}, {end})")
        spans.append(Span(source, start, end))
    return tuple(spans)


def _as_bool(value, name: str, *, csv_cell: bool) -> bool | None:
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
    raise ValueError(f"'{name}' must be true or false (got {value!r})")


def _pick(row: dict, names: tuple[str, ...]):
    present = [n for n in names if n in row and row[n] is not None and row[n] != ""]
    if len(present) > 1 and len({json.dumps(row[n], sort_keys=True) for n in present}) > 1:
        raise ValueError(f"both {present[0]!r} and {present[1]!r} are given and they differ; keep one")
    return row[present[0]] if present else None


def parse_row(row: Any, where: str, default_id: str, *, csv_cell: bool = False) -> EvalItem:
    """Turn one raw row (a dict) into an EvalItem; raises ValueError saying what is wrong."""
    if not isinstance(row, dict):
        raise ValueError(f"a row must be an object with at least a 'question', got {type(row).__name__}")
    question = _pick(row, _ALIASES["question"])
    if not isinstance(question, str) or not question.strip():
        raise ValueError("no 'question' (or 'user_input'): every row needs the question text")
    ref = _pick(row, _ALIASES["reference"])
    if isinstance(ref, str) and csv_cell and ref.strip().startswith("["):
        references = _as_str_list(ref, "reference", csv_cell=True)
    elif isinstance(ref, str):
        references = (ref,) if ref.strip() else ()
    elif ref is None:
        references = ()
    elif isinstance(ref, list) and ref and all(isinstance(r, dict) for r in ref):
        # SQuAD-style [{"text": ..., "answer_start": ...}]
        texts = [r.get("text") for r in ref]
        if not all(isinstance(t, str) for t in texts):
            raise ValueError("each answer object needs a 'text' string")
        references = tuple(t for t in texts if t.strip())
    else:
        references = _as_str_list(ref, "reference", csv_cell=csv_cell)
    lists = {}
    for name in _LIST_FIELDS:
        value = _pick(row, _ALIASES.get(name, (name,)))
        lists[name] = _as_str_list(value, name, csv_cell=csv_cell)
    spans = _as_spans(row.get("evidence_spans"), lists["sources"], csv_cell=csv_cell)
    answerable = _as_bool(row.get("answerable"), "answerable", csv_cell=csv_cell)
    answerable = True if answerable is None else answerable
    if not answerable and (spans or lists["evidence"]):
        raise ValueError("'answerable' is false but the row gives evidence; drop one of them")
    qtype = row.get("type")
    if qtype is not None and not isinstance(qtype, str):
        qtype = str(qtype)
    qid = row.get("id")
    qid = default_id if qid is None or str(qid).strip() == "" else str(qid)
    known = {"id", "type", "answerable", "evidence_spans", "must_contain", "sources"}
    for names in _ALIASES.values():
        known.update(names)
    extra = {_PASSTHROUGH.get(k, k): v for k, v in row.items() if k not in known}
    return EvalItem(
        id=qid, question=question.strip(), references=references, must_contain=lists["must_contain"],
        sources=lists["sources"], evidence=lists["evidence"], evidence_spans=spans, answerable=answerable,
        type=qtype or None, where=where, extra=extra,
    )


def _raise_collected(path: str, problems: list[str]) -> None:
    shown = problems[:10]
    more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
    raise EvalDataError(
        f"{path}: {len(problems)} malformed row{'s' if len(problems) != 1 else ''}; nothing was scored. Fix:\n  "
        + "\n  ".join(shown) + more
    )


def parse_rows(rows: Sequence[tuple[str, Any]], path: str = "<rows>", *, csv_cell: bool = False,
               fmt: str = "rows") -> TestSet:
    """Parse ``(where, row)`` pairs; every problem is collected and raised together as EvalDataError."""
    items, problems, seen = [], [], {}
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
        _raise_collected(path, problems)
    if not items:
        raise EvalDataError(f"{path}: no questions found. Give one question per row (JSONL, CSV or SQuAD JSON).")
    return TestSet(tuple(items), path=path, format=fmt)


def _read_jsonl(path: Path) -> TestSet:
    rows, problems = [], []
    text = path.read_text(encoding="utf-8-sig")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append((f"{path}:{lineno}", json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})")
    if problems:
        _raise_collected(str(path), problems)
    return parse_rows(rows, str(path), fmt="jsonl")


def _read_csv(path: Path) -> TestSet:
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise EvalDataError(f"{path}: empty CSV; the first line must name the columns (question, reference, ...).")
    rows, problems = [], []
    start = 2  # the header is line 1
    for row in reader:
        where = f"{path}:{start}"
        if None in row:
            problems.append(f"{where}: more cells than the {len(reader.fieldnames)} columns of the header")
        else:
            rows.append((where, {k.strip(): v for k, v in row.items() if k is not None}))
        start = reader.line_num + 1
    if problems:
        _raise_collected(str(path), problems)
    return parse_rows(rows, str(path), csv_cell=True, fmt="csv")


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:60] or "article"


def _read_squad(path: Path, data: dict, corpus_dir: Path | None) -> TestSet:
    """SQuAD v1.1: each paragraph is written as one readout; answers become references and evidence."""
    articles = data.get("data")
    if not isinstance(articles, list):
        raise EvalDataError(f"{path}: a SQuAD file needs a top-level 'data' list of articles.")
    corpus = Path(corpus_dir) if corpus_dir is not None else Path(tempfile.mkdtemp(prefix="squad-corpus-"))
    corpus.mkdir(parents=True, exist_ok=True)
    rows, problems = [], []
    for ai, article in enumerate(articles):
        title = str(article.get("title") or f"article {ai + 1}").replace("_", " ")
        paragraphs = article.get("paragraphs")
        if not isinstance(paragraphs, list):
            problems.append(f"{path}: data[{ai}] has no 'paragraphs' list")
            continue
        for pi, para in enumerate(paragraphs):
            context = para.get("context") if isinstance(para, dict) else None
            if not isinstance(context, str) or not context.strip():
                problems.append(f"{path}: data[{ai}].paragraphs[{pi}] has no 'context' text")
                continue
            # a title line followed by a blank line is read as the readout's title on ingest
            header = f"{title} (paragraph {pi + 1})\n\n"
            source = f"{ai + 1:03d}-{_slug(title)}-p{pi + 1:02d}.txt"
            body = context.replace("\r\n", "\n").replace("\r", "\n")
            target = corpus / source
            content = header + body
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                target.write_text(content, encoding="utf-8")
            for qi, qa in enumerate(para.get("qas") or []):
                where = f"{path}: data[{ai}].paragraphs[{pi}].qas[{qi}]"
                if not isinstance(qa, dict) or not isinstance(qa.get("question"), str):
                    problems.append(f"{where}: no 'question'")
                    continue
                spans, refs = [], []
                for answer in qa.get("answers") or []:
                    text, start = answer.get("text"), answer.get("answer_start")
                    if not isinstance(text, str) or not isinstance(start, int) or not text:
                        problems.append(f"{where} (id {qa.get('id')}): an answer needs 'text' and an integer 'answer_start'")
                        continue
                    if body[start:start + len(text)] != text:
                        # tolerate an answer_start that is off by a little: take the nearest occurrence
                        hits = [m.start() for m in re.finditer(re.escape(text), body)]
                        if not hits:
                            problems.append(f"{where} (id {qa.get('id')}): answer {text!r} is not in the paragraph")
                            continue
                        start = min(hits, key=lambda h: abs(h - start))
                    refs.append(text)
                    spans.append({"source": source, "start": len(header) + start, "end": len(header) + start + len(text)})
                answerable = not qa.get("is_impossible", False) and bool(refs)
                rows.append((where, {
                    "id": qa.get("id") or f"{ai}-{pi}-{qi}", "question": qa["question"],
                    "reference": list(dict.fromkeys(refs)) or None, "sources": [source] if answerable else [],
                    "evidence_spans": spans or None, "answerable": answerable, "type": title,
                }))
    if problems:
        _raise_collected(str(path), problems)
    ts = parse_rows(rows, str(path), fmt="squad")
    return TestSet(ts.items, path=ts.path, corpus=corpus, format="squad")


def load_testset(path: str | Path, *, corpus_dir: str | Path | None = None) -> TestSet:
    """Read a test set from JSONL, CSV, a JSON list of rows, or SQuAD v1.1 JSON.

    Rows have ``question`` (or ``user_input``), and optionally ``reference``
    (``answer``), ``must_contain``, ``sources``, ``evidence`` (exact quotes),
    ``evidence_spans`` ([{source, start, end}]), ``answerable`` (default true)
    and ``type``. For SQuAD files every paragraph is written as a ``.txt``
    readout into ``corpus_dir`` (a new temporary folder by default); index that
    folder (``TestSet.corpus``) and evaluate against it. Raises EvalDataError
    naming the file, the line and the problem; nothing is returned unless
    every row parses.
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
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise EvalDataError(f"{p}:{exc.lineno}: not valid JSON ({exc.msg}).") from None
        if isinstance(data, dict) and "data" in data:
            return _read_squad(p, data, Path(corpus_dir) if corpus_dir else None)
        if isinstance(data, list):
            return parse_rows([(f"{p}: item {i + 1}", row) for i, row in enumerate(data)], str(p), fmt="json")
        raise EvalDataError(f"{p}: expected SQuAD JSON (with 'data') or a list of rows.")
    raise EvalDataError(f"{p}: unknown test set format {suffix or '(no extension)'}; use .jsonl, .csv or .json.")


def _as_testset(testset) -> TestSet:
    if isinstance(testset, TestSet):
        return testset
    if isinstance(testset, (str, Path)):
        return load_testset(testset)
    rows = list(testset)
    return parse_rows([(f"row {i + 1}", r) for i, r in enumerate(rows)])


# =========================================================================== checking against the index

def _find_quote(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    words = quote.translate(_QUOTES).split()
    if not words:
        return None
    # tolerate different whitespace and typographic quotes
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text.translate(_QUOTES))
    return (m.start(), m.end()) if m else None


def resolve(testset: TestSet, assistant) -> dict[str, tuple[tuple[str, ...], tuple[Span, ...], tuple[str, ...]]]:
    """Check every item against the assistant's index before anything is scored.

    Returns, per item id, (gold sources, gold spans, the gold spans' texts).
    Sources may be given by file name alone when that is unambiguous. Raises
    EvalDataError listing rows whose sources are not indexed, whose spans
    fall outside their readout, or whose evidence quotes cannot be found.
    """
    indexed = [r["source"] for r in assistant.readouts()]
    by_name: dict[str, list[str]] = {}
    for s in indexed:
        by_name.setdefault(Path(s).name, []).append(s)
    indexed_set = set(indexed)
    texts: dict[str, str] = {}

    def text_of(source: str) -> str:
        if source not in texts:
            texts[source] = assistant.readout(source).text
        return texts[source]

    def canon(name: str) -> str:
        if name in indexed_set:
            return name
        matches = by_name.get(Path(name).name, [])
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValueError(f"source {name!r} is ambiguous: {', '.join(matches[:3])}")
        raise ValueError(f"source {name!r} is not in the index ({len(indexed)} readouts); "
                         "index the corpus the test set was written for (--corpus)")

    out, problems = {}, []
    for item in testset.items:
        try:
            sources = [canon(s) for s in item.sources]
            spans, quotes = [], []
            for s in item.evidence_spans:
                src = canon(s.source)
                text = text_of(src)
                if s.end > len(text):
                    raise ValueError(f"evidence span {s.start}-{s.end} is past the end of {src} ({len(text)} chars)")
                spans.append(Span(src, s.start, s.end))
                quotes.append(text[s.start:s.end])
            for q in item.evidence:
                where = sources or indexed
                found = None
                for src in where:
                    loc = _find_quote(text_of(src), q)
                    if loc:
                        found = Span(src, *loc)
                        break
                if found is None:
                    short = q if len(q) <= 60 else q[:57] + "..."
                    raise ValueError(f"evidence quote {short!r} is not in {'its sources' if sources else 'any readout'}")
                spans.append(found)
                quotes.append(text_of(found.source)[found.start:found.end])
            gold_sources = tuple(dict.fromkeys(sources + [s.source for s in spans]))
            out[item.id] = (gold_sources, tuple(spans), tuple(quotes))
        except ValueError as exc:
            problems.append(f"{item.where}: {exc}")
    if problems:
        _raise_collected(testset.path, problems)
    return out


# =========================================================================== scoring

_MARKER = re.compile(r"\s*\[\d+\]")


def answer_prediction(answer) -> str:
    """The text scored against references: the answer without its [n] markers ('' when it abstained)."""
    if answer.abstained:
        return ""
    return _MARKER.sub("", answer.text).strip()


def score_item(item: EvalItem, answer, latency_ms: float, k: int, gold_sources: Sequence[str],
               gold_spans: Sequence[Span], gold_texts: Sequence[str] = ()) -> dict:
    """One per-question row: every metric that applies to it (None where one does not)."""
    passages = list(answer.passages)[:k]
    retrieved_sources = [p.source for p in passages]
    retrieved = [Span(p.source, p.start, p.end) for p in passages]
    cited = [Span(c.source, c.start, c.end) for c in answer.citations]
    quotes = [c.quote for c in answer.citations]
    prediction = answer_prediction(answer)
    refs = list(item.references)
    row: dict[str, Any] = {
        "id": item.id, "type": item.type, "question": item.question, "answerable": item.answerable,
        "abstained": bool(answer.abstained), "answer": answer.text, "references": refs,
        "must_contain": list(item.must_contain), "gold_sources": list(gold_sources),
        "gold_evidence": [{**s.to_dict(), "text": t} for s, t in zip(gold_spans, list(gold_texts) + [None] * len(gold_spans))],
        "retrieved": [{"rank": i + 1, "source": p.source, "start": p.start, "end": p.end,
                       "score": round(float(p.score), 4), "text": p.text[:300]} for i, p in enumerate(passages)],
        "cited": [{"marker": c.marker, "source": c.source, "start": c.start, "end": c.end, "quote": c.quote}
                  for c in answer.citations],
        "latency_ms": round(latency_ms, 3),
    }
    if item.answerable and gold_sources:
        rank = first_hit_rank(retrieved_sources, gold_sources)
        row.update({"hit_rank": rank, "hit@1": rank == 1, f"hit@{k}": rank is not None,
                    "rr": 0.0 if rank is None else 1.0 / rank})
    else:
        row.update({"hit_rank": None, "hit@1": None, f"hit@{k}": None, "rr": None})
    answerable = item.answerable
    row["evidence_recall"] = evidence_recall(gold_spans, retrieved) if answerable else None
    row["must_contain_coverage"] = must_contain_coverage(prediction, item.must_contain) if answerable else None
    row["exact_match"] = exact_match(prediction, refs) if answerable else None
    row["f1"] = token_f1(prediction, refs) if answerable else None
    row["contains_reference"] = contains_reference(prediction, refs) if answerable else None
    row["citation_precision"] = (citation_precision(cited, gold_spans, quotes=quotes, references=refs)
                                 if answerable else None)
    row["citation_recall"] = (citation_recall(cited, gold_spans, quotes=quotes, references=refs)
                              if answerable else None)
    row["failures"] = failure_reasons(row, k)
    row["passed"] = not row["failures"]
    return row


def failure_reasons(row: Mapping[str, Any], k: int) -> list[str]:
    """Why a question counts as failed (empty when it passed).

    An unanswerable question passes when the assistant abstains. An answerable
    one passes when it does not abstain, a gold readout is in the top ``k``,
    some citation hits the evidence (or, without evidence, quotes the
    reference), and every must-contain phrase is in the answer.
    """
    if not row["answerable"]:
        return [] if row["abstained"] else ["answered a question the readouts do not answer"]
    reasons = []
    if row["abstained"]:
        reasons.append("abstained")
    if row.get(f"hit@{k}") is False:
        reasons.append(f"no gold readout in the top {k}")
    if row.get("citation_recall") is not None and row["citation_recall"] == 0 and not row["abstained"]:
        reasons.append("no citation on the evidence")
    cov = row.get("must_contain_coverage")
    if cov is not None and cov < 1:
        reasons.append("missing must-contain phrase")
    return reasons


_SUMMARY_KEYS = ("mrr", "evidence_recall", "must_contain_coverage", "exact_match", "f1", "contains_reference",
                 "citation_precision", "citation_recall")


def summarize(rows: Sequence[Mapping[str, Any]], k: int) -> dict[str, Any]:
    """Aggregate per-question rows: means over the questions each metric applies to.

    hit@j for j = 1..k comes from each row's ``hit_rank``; abstention and
    latency use every row.
    """
    rows = list(rows)
    judged = [r for r in rows if r.get("rr") is not None]
    out: dict[str, Any] = {
        "questions": len(rows),
        "answerable": sum(1 for r in rows if r["answerable"]),
        "unanswerable": sum(1 for r in rows if not r["answerable"]),
        "pass_rate": mean(r["passed"] for r in rows),
    }
    curve = {}
    for j in range(1, k + 1):
        curve[j] = mean((r["hit_rank"] is not None and r["hit_rank"] <= j) for r in judged) if judged else None
    out["hit@1"] = curve.get(1)
    out[f"hit@{k}"] = curve.get(k)
    out["mrr"] = mean(r["rr"] for r in judged) if judged else None
    for key in _SUMMARY_KEYS[1:]:
        out[key] = mean(r.get(key) for r in rows)
    out.update(abstention_scores([r["abstained"] for r in rows], [r["answerable"] for r in rows]))
    lat = [r["latency_ms"] for r in rows]
    out["latency_p50_ms"] = percentile(lat, 50)
    out["latency_p95_ms"] = percentile(lat, 95)
    out["hit_curve"] = {str(j): v for j, v in curve.items()}
    return out


#: Metrics where lower is better (for deltas and colouring).
LOWER_IS_BETTER = {"false_abstain_rate", "latency_p50_ms", "latency_p95_ms"}
#: The metrics shown in tables, in order.
HEADLINE = ("pass_rate", "hit@1", "hit@{k}", "mrr", "evidence_recall", "must_contain_coverage", "exact_match", "f1",
            "contains_reference", "citation_precision", "citation_recall", "abstain_precision", "abstain_recall",
            "false_abstain_rate", "latency_p50_ms", "latency_p95_ms")


def headline_keys(k: int) -> list[str]:
    return [h.replace("{k}", str(k)) for h in HEADLINE]


def compare(current: Mapping[str, Any], baseline: Mapping[str, Any], name: str | None = None) -> dict[str, Any]:
    """Differences between two report dicts (as written by ``Report.to_json``).

    Returns ``{"baseline": name, "deltas": {metric: {"before", "now", "delta"}},
    "flipped": [rows that passed before and fail now], "fixed": [the reverse]}``.
    Questions are matched by id; ``name`` says where the baseline came from.
    """
    deltas = {}
    now_s, before_s = current.get("summary", {}), baseline.get("summary", {})
    for key in dict.fromkeys(list(now_s) + list(before_s)):
        now, before = now_s.get(key), before_s.get(key)
        if isinstance(now, dict) or isinstance(before, dict):
            continue
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (now, before))
        deltas[key] = {"before": before, "now": now, "delta": now - before if numbers else None}
    before_rows = {r["id"]: r for r in baseline.get("rows", [])}
    flipped, fixed = [], []
    for r in current.get("rows", []):
        old = before_rows.get(r["id"])
        if old is None:
            continue
        entry = {"id": r["id"], "question": r["question"], "failures": r.get("failures", [])}
        if old.get("passed") and not r.get("passed"):
            flipped.append(entry)
        elif not old.get("passed") and r.get("passed"):
            fixed.append(entry)
    return {"baseline": name or baseline.get("meta", {}).get("created"), "deltas": deltas, "flipped": flipped,
            "fixed": fixed, "new": [r["id"] for r in current.get("rows", []) if r["id"] not in before_rows]}


# =========================================================================== report

class Report:
    """The result of ``evaluate``: per-question rows, a summary, and ways to show and save them."""

    def __init__(self, records: list[dict], summary: dict, meta: dict, by_type: dict | None = None,
                 comparison: dict | None = None) -> None:
        self.records = records
        self.summary = summary
        self.meta = meta
        self.by_type = by_type or {}
        self.comparison = comparison
        self.path: Path | None = None  # the report.json it was read from, if any

    @property
    def k(self) -> int:
        return int(self.meta.get("k", 5))

    @property
    def rows(self):
        """A pandas DataFrame with one row per question (needs pandas: the ``eval`` extra)."""
        from ..errors import require

        pd = require("pandas", "eval")
        return pd.DataFrame(self.records)

    @property
    def failures(self) -> list[dict]:
        """The per-question records that did not pass."""
        return [r for r in self.records if not r["passed"]]

    def to_dict(self) -> dict:
        return {"meta": self.meta, "summary": self.summary, "by_type": self.by_type,
                "comparison": self.comparison, "rows": self.records}

    def to_json(self, path: str | Path | None = None) -> str:
        """The whole report as JSON (also written to ``path`` when given)."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1, default=_json_default)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Report":
        return cls(list(data.get("rows", [])), dict(data.get("summary", {})), dict(data.get("meta", {})),
                   dict(data.get("by_type") or {}), data.get("comparison"))

    def compare(self, baseline: "Report | Mapping[str, Any] | str | Path") -> dict:
        """Compare with an earlier report (a Report, its dict, or its report.json path); kept in ``comparison``."""
        name = None
        if isinstance(baseline, (str, Path)):
            baseline = load_report(baseline)
        if isinstance(baseline, Report):
            name = str(baseline.path) if baseline.path else None
            base = baseline.to_dict()
        else:
            base = dict(baseline)
        self.comparison = compare(self.to_dict(), base, name)
        return self.comparison

    def write_html(self, path: str | Path) -> Path:
        """A self-contained HTML report (inline SVG plots, no external files)."""
        from .report import render_html

        p = Path(path)
        p.write_text(render_html(self), encoding="utf-8")
        return p

    def print(self, console=None) -> None:
        """Print summary tables to the terminal with rich."""
        from .report import print_report

        print_report(self, console)

    def _repr_html_(self) -> str:
        from .report import render_html

        return render_html(self, fragment=True)

    def __repr__(self) -> str:
        s = self.summary
        k = self.k
        return (f"<Report {s.get('questions')} questions: hit@{k}={_fmt(s.get(f'hit@{k}'))} "
                f"pass={_fmt(s.get('pass_rate'))} citation_recall={_fmt(s.get('citation_recall'))}>")


def _fmt(v) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _json_default(o):
    if isinstance(o, Path):
        return str(o)
    if isinstance(o, (set, tuple)):
        return list(o)
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    return str(o)


def load_report(path: str | Path) -> Report:
    """Read a report.json written earlier (for ``--baseline``)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvalDataError(f"No report at {p}. Give the report.json of an earlier 'assistant eval' run.") from None
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{p}:{exc.lineno}: not a valid report.json ({exc.msg}).") from None
    if not isinstance(data, dict) or "summary" not in data or "rows" not in data:
        raise EvalDataError(f"{p} is not a report.json from 'assistant eval' (no summary/rows).")
    report = Report.from_dict(data)
    report.path = p
    return report


def evaluate(assistant, testset, k: int = 5, *, baseline=None,
             progress: Callable[[str, int, int], None] | None = None) -> Report:
    """Ask every question of ``testset`` and score the answers; returns a Report.

    ``testset`` is a TestSet, a path (see ``load_testset``) or a list of row
    dicts. The whole set is parsed and checked against the index (sources,
    spans, evidence quotes) before the first question is asked. ``baseline``
    (a Report or the path of an earlier report.json) adds metric deltas and
    the questions that flipped from pass to fail. Latency is wall time of
    ``assistant.ask`` after one warm-up query.
    """
    if not isinstance(k, int) or k < 1:
        raise EvalDataError(f"k must be a positive integer (got {k!r}).")
    ts = _as_testset(testset)
    gold = resolve(ts, assistant)
    base = load_report(baseline) if isinstance(baseline, (str, Path)) else baseline
    assistant.retrieve(ts.items[0].question, k=1)  # warm-up: load the model before timing
    records = []
    t_all = time.perf_counter()
    for n, item in enumerate(ts.items, start=1):
        t0 = time.perf_counter()
        answer = assistant.ask(item.question, k=k)
        latency = (time.perf_counter() - t0) * 1000
        sources, spans, texts = gold[item.id]
        row = score_item(item, answer, latency, k, sources, spans, texts)
        if item.extra:
            row["extra"] = dict(item.extra)
        records.append(row)
        if progress:
            progress("evaluating", n, len(ts.items))
    types = sorted({r["type"] for r in records if r["type"]})
    by_type = {t: summarize([r for r in records if r["type"] == t], k) for t in types}
    info = {}
    try:
        info = assistant.info()
    except Exception:  # noqa: BLE001 - a duck-typed assistant need not describe itself
        pass
    meta = {
        "testset": ts.path, "format": ts.format, "k": k, "questions": len(records),
        "model": info.get("model"), "index_dir": info.get("index_dir"), "readouts": info.get("readouts"),
        "corpus": str(ts.corpus) if ts.corpus else info.get("corpus_root"),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "seconds": round(time.perf_counter() - t_all, 2),
    }
    report = Report(records, summarize(records, k), meta, by_type)
    if base is not None:
        report.compare(base)
    return report
