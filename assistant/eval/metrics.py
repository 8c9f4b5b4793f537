"""The evaluation's metric functions: pure, no dependency on the rest of the package.

Benchmarks and notebooks can reuse them on their own rows. Each takes plain
values (spans, strings, booleans) and returns a number, a boolean, or None
when the metric does not apply (nothing to judge against).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "Span",
    "spans_overlap",
    "first_hit_rank",
    "hit_at_k",
    "reciprocal_rank",
    "evidence_recall",
    "must_contain_coverage",
    "all_facts_present",
    "normalize_answer",
    "exact_match",
    "token_f1",
    "contains_reference",
    "citation_precision",
    "citation_recall",
    "cites_evidence",
    "abstention_scores",
    "percentile",
    "mean",
    "wilson_interval",
    "number_words",
    "states_number",
    "part_answered",
    "list_recall",
    "list_precision",
]


@dataclass(frozen=True)
class Span:
    """A character span of one readout's ingested text."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"source": self.source, "start": self.start, "end": self.end}


# =========================================================================== retrieval


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


# =========================================================================== answer text

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _loose(text: str) -> str:
    return " ".join(text.translate(QUOTES).casefold().split())


def must_contain_coverage(text: str, phrases: Sequence[str]) -> float | None:
    """Share of ``phrases`` found in ``text`` (case-, quote- and whitespace-insensitive); None if no phrases."""
    if not phrases:
        return None
    hay = _loose(text)
    return sum(1 for p in phrases if _loose(p) in hay) / len(phrases)


def all_facts_present(text: str, phrases: Sequence[str]) -> bool | None:
    """True when every must-contain phrase is in ``text`` (as ``must_contain_coverage`` matches); None if none."""
    coverage = must_contain_coverage(text, phrases)
    return None if coverage is None else coverage == 1.0


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


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> list[str]:
    """English spellings of ``0 <= n < 1,000,000``: "twenty-one" and "twenty one"; [] outside that range."""
    if not 0 <= n < 1_000_000:
        return []
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        tens, ones = divmod(n, 10)
        if not ones:
            return [_TENS[tens]]
        return [f"{_TENS[tens]}-{_ONES[ones]}", f"{_TENS[tens]} {_ONES[ones]}"]
    big, unit = (100, "hundred") if n < 1000 else (1000, "thousand")
    head, rest = divmod(n, big)
    heads = number_words(head)
    if not rest:
        return [f"{h} {unit}" for h in heads]
    return [f"{h} {unit}{joint}{r}" for h in heads for joint in (" ", " and ") for r in number_words(rest)]


def states_number(text: str, n: int) -> bool:
    """True when ``text`` states ``n`` as digits ("5", "1,200") or in words ("five", "twenty-one"), whole words only.

    Digits inside longer numbers do not count ("15" does not state 5); a date
    such as "May 5" does, which is the metric's known blind spot.
    """
    for digits in dict.fromkeys((str(n), f"{n:,}")):
        if re.search(rf"(?<![\d.,]){re.escape(digits)}(?!\d|[.,]\d)", text):
            return True
    hay = f" {_words_only(text)} "
    return any(f" {_words_only(w)} " in hay for w in number_words(n))


def _words_only(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _loose(text)).split())


# =========================================================================== citations


def citation_precision(
    cited: Sequence[Span], gold: Sequence[Span], *, quotes: Sequence[str] = (), references: Sequence[str] = ()
) -> float | None:
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


def citation_recall(
    cited: Sequence[Span], gold: Sequence[Span], *, quotes: Sequence[str] = (), references: Sequence[str] = ()
) -> float | None:
    """Share of gold evidence spans that some citation overlaps or, when the question has no evidence
    spans, 1.0 if some cited quote contains a reference answer and 0.0 otherwise. None when there
    is nothing to judge against."""
    if gold:
        return sum(1 for g in gold if any(spans_overlap(c, g) for c in cited)) / len(gold)
    if any(normalize_answer(r) for r in references):
        return float(any(contains_reference(q, references) for q in quotes))
    return None


def cites_evidence(cited: Sequence[Span], gold: Sequence[Span]) -> bool | None:
    """ "The answering sentence is cited": some citation overlaps some gold evidence span; None without spans."""
    if not gold:
        return None
    return any(spans_overlap(c, g) for c in cited for g in gold)


def part_answered(
    text: str, must_contain: Sequence[str], cited: Sequence[Span], evidence: Sequence[Span]
) -> bool | None:
    """Whether one part of a multi-part question is answered.

    With must-contain phrases: every one of them is in ``text``. Without: some
    citation overlaps the part's evidence. None when the part gives neither.
    """
    if must_contain:
        return all_facts_present(text, must_contain)
    return cites_evidence(cited, evidence)


def list_recall(cited_sources: Iterable[str], gold_sources: Iterable[str]) -> float | None:
    """Readout-level recall of a list answer: share of the gold readouts among the cited ones; None without gold."""
    gold = set(gold_sources)
    if not gold:
        return None
    return len(gold & set(cited_sources)) / len(gold)


def list_precision(cited_sources: Iterable[str], gold_sources: Iterable[str]) -> float | None:
    """Readout-level precision of a list answer: share of the cited readouts that are gold; None if none cited."""
    cited = set(cited_sources)
    if not cited:
        return None
    return len(cited & set(gold_sources)) / len(cited)


# =========================================================================== aggregates


def abstention_scores(abstained: Sequence[bool], answerable: Sequence[bool]) -> dict[str, float | None]:
    """Precision and recall of abstaining on unanswerable questions, and the false-abstain rate.

    precision = unanswerable abstentions / all abstentions;
    recall = unanswerable abstentions / unanswerable questions;
    false_abstain_rate = answerable abstentions / answerable questions. None where a denominator is 0.
    """
    pairs = list(zip(abstained, answerable, strict=False))
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


Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal distribution


def wilson_interval(rate: float | None, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval (95% by default) of a rate observed on ``n`` questions; None when n is 0.

    For a share of yes/no outcomes this is the usual Wilson interval. For a
    mean of per-question scores in [0, 1] (citation recall, list recall) the
    same formula is conservative: such a score's variance is at most p(1-p).
    """
    if rate is None or n <= 0:
        return None
    p = min(1.0, max(0.0, float(rate)))
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    return max(0.0, round(centre - half, 12)), min(1.0, round(centre + half, 12))  # 1.0, not 0.9999999999999999
