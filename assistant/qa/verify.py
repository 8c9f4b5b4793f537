"""Offline checks of generated claims against readout sentences. Pure functions, no LLM.

A claim (one sentence of a generated answer) is supported by a readout
sentence when nothing in it contradicts that sentence and enough of it is
said there:

- **numbers** (digits, number words, million/billion, percent) and **dates**
  (months, weekdays, years) of the claim all appear in the sentence or in the
  readout's date line;
- **names** (capitalised words: people, countries, places, bodies) appear in
  the sentence, the readout's title, or elsewhere in the readout (readouts
  name the parties once, then say "the two ministers");
- the **wording is no stronger** than the readout's: "agreed", "committed",
  "will" need a sentence that says as much, not one that "discussed",
  "expressed support for" or "raised" the matter; a negation must match;
- the claim's **content words** are covered by the sentence and its
  **embedding** (the bundled sentence model) is close to the sentence's;
  a weighted mix of the two must reach ``THRESHOLD``.

The weights and the threshold were calibrated on a labelled set of claim /
sentence pairs (``benchmarks/data/verifier_pairs.jsonl``; see
``benchmarks/verifier.py``, which reports precision and recall).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..records import Sentence
from ..text.lexicon import (
    EXPRESS_VERBS,
    FREQUENCIES,
    GENERIC,
    GROUP_WORDS,
    MONTHS,
    NEGATIONS,
    NOT_CLAIM_NAMES,
    NUMBER_WORDS,
    PARTY_ALIASES,
    SCALE_WORDS,
    STOPWORDS,
    STRENGTH,
    TITLE_WORDS,
    WEEKDAYS,
)
from ..text.names import name_in_words
from ..text.tokenize import fold, stem, words

#: Weight of the embedding cosine in the support score (the rest is content-word coverage).
W_COSINE = 0.5
#: Support score from which a claim counts as supported (calibrated; see module docstring).
THRESHOLD = 0.73
#: The same, for when there are no vectors (coverage alone; calibrated the same way, without embeddings).
THRESHOLD_LEXICAL = 0.81

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")

_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")


@dataclass(frozen=True)
class Evidence:
    """A readout sentence a claim may rest on, with what the checks need around it."""

    sentence: Sentence
    vector: np.ndarray | None = None
    title: str = ""
    date: str | None = None
    readout_text: str = ""
    kind: str | None = None  # the statement kind of the sentence, when it comes from an index


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking one claim against one sentence."""

    supported: bool
    score: float
    evidence: Evidence | None = None
    cosine: float = 0.0
    coverage: float = 0.0
    reasons: tuple[str, ...] = field(default=())


# ------------------------------------------------------------------------------------------ features
def _ordinal_number(n: str) -> str:
    """ "21st" -> "21"; anything else unchanged."""
    m = _ORDINAL.match(n)
    return m.group(1) if m else n


def numbers(text: str) -> set[str]:
    """Normalised numbers and quantity words of a text ("$1,500" -> "1500", "five" -> "5", "double" -> "2x").

    "The two (sides)" names the parties, not a quantity, and is left out.
    """
    text = re.sub(r"\b(the|both)\s+two\b", " ", text, flags=re.I)
    out = {m.group(0).replace(",", "").rstrip(".") for m in _NUM.finditer(text)}
    out = {_ordinal_number(n) for n in out}
    for w in words(text):
        m = _ORDINAL.match(w)
        if m:
            out.add(m.group(1))
        elif w in NUMBER_WORDS:
            out.add(NUMBER_WORDS[w])
        elif w in SCALE_WORDS:
            out.add(w)
    if "%" in text:
        out.add("percent")
    return {n for n in out if n}


_FREQUENCY = [
    (re.compile(r"\b(" + "|".join(re.escape(w) for w in said) + r")\b", re.I), name)
    for name, said in FREQUENCIES.items()
]


def dates(text: str) -> set[str]:
    """Month and weekday names and frequencies ("annual" = "each year") in a text ("May" only when capitalised)."""
    found = {name for rx, name in _FREQUENCY if rx.search(text)}
    for m in re.finditer(r"[A-Za-z]+", text):
        w = m.group(0)
        lw = w.lower()
        if lw in WEEKDAYS or (lw in MONTHS and (lw != "may" or w[0].isupper())):
            found.add(lw)
    return found


def names(text: str) -> set[str]:
    """Capitalised words of a claim that name something (folded), minus sentence-initial function words."""
    out = set()
    for m in re.finditer(r"[A-Z][A-Za-z\u00C0-\u024F'\u2019\-]*", text):
        w = fold(m.group(0)).replace("\u2019", "'")
        if w.endswith("'s"):
            w = w[:-2]
        for part in w.split("-"):
            if len(part) < 2 or part in NOT_CLAIM_NAMES or part in STOPWORDS or part in GENERIC:
                continue
            if part in MONTHS or part in WEEKDAYS:
                continue
            out.add(part)
    return out


_ALIASES = [(re.compile(pattern), canonical) for pattern, canonical in PARTY_ALIASES]


def _name_in(name: str, haystack: set[str], acronyms: frozenset[str] | set[str] = frozenset()) -> bool:
    return name in acronyms or name_in_words(name, haystack)


def _acronyms(text: str) -> set[str]:
    """Initials of runs of 2-5 words ("International Monetary Fund" -> imf, "memorandum of understanding" -> mou)."""
    ws = words(text)
    out = set()
    for n in range(2, 6):
        for i in range(len(ws) - n + 1):
            run = ws[i : i + n]
            out.add("".join(w[0] for w in run))
            core = [w for w in run if w not in STOPWORDS]
            if len(core) >= 2:
                out.add("".join(w[0] for w in core))
    return out


def strength(text: str) -> int:
    """How strongly a text says the parties acted: 3 commitment, 2 stance, 1 talk, 0 none."""
    ws = words(text)
    levels = [STRENGTH.get(w, 0) for w in ws]
    if not levels:
        return 0
    # "expressed support for": expressing a stance is talk, not a stance taken together
    for i, w in enumerate(ws):
        if w in EXPRESS_VERBS:
            for j in range(i + 1, min(i + 4, len(ws))):
                if levels[j] >= 2 and ws[j] not in ("will", "would"):
                    levels[j] = 1
    return max(levels)


def _strong_spans(text: str, width: int) -> list[list[str]]:
    """Stemmed content words following each commitment word ("agreed to expand ... cooperation")."""
    ws = words(text)
    spans = []
    for i, w in enumerate(ws):
        if STRENGTH.get(w) == 3:
            after = [
                stem(x)
                for x in ws[i + 1 : i + 1 + width]
                if x not in STOPWORDS and x not in GENERIC and STRENGTH.get(x, 0) < 3 and len(x) > 1
            ]
            spans.append(after)
    return spans


def _commitment_matches(claim: str, sentence: str) -> bool:
    """A commitment in the claim must be one the sentence makes: what follows "agreed" must follow a
    commitment word there too ("committed to mobilize investment" does not back "agreed on a target")."""
    wanted = [span[:3] for span in _strong_spans(claim, 6) if span]
    if not wanted:
        return True
    offered = {w for span in _strong_spans(sentence, 10) for w in span}
    return all(
        any(w in offered or any(o[:5] == w[:5] for o in offered if len(w) >= 5) for w in span) for span in wanted
    )


def _actor_of(head: list[str]) -> tuple[set[str], bool] | None:
    roles = {w for w in head if w in TITLE_WORDS}
    group = any(w in GROUP_WORDS for w in head) or "and" in head
    return (roles, group) if roles or group else None


def _actors(text: str, claim: bool) -> list[tuple[str, set[str], bool]]:
    """Who acts: (verb stem, role words, whether a group such as "the two ministers" or "they"), from the
    few words before each verb of saying or agreeing (for a claim: its opening subject only)."""
    ws = words(text)
    out = []
    for i, w in enumerate(ws):
        if w in STRENGTH and w not in ("support", "back", "thanks", "will", "would"):
            head = ws[:i] if claim else ws[max(0, i - 6) : i]
            if claim and len(head) > 5:
                return []  # the sentence does not open with its subject: nothing reliable to compare
            if not claim and "and" in head:
                # "the Secretary and the Foreign Minister discussed" is a joint subject; in "... the grain
                # corridor, and the Deputy Secretary underscored" the subject starts after "and"
                cut = len(head) - 1 - head[::-1].index("and")
                if not any(x in TITLE_WORDS or x in GROUP_WORDS for x in head[:cut]):
                    head = head[cut + 1 :]
            actor = _actor_of(head)
            if actor:
                out.append((stem(w), *actor))
            if claim:
                break
    return out


def _actor_matches(claim: str, sentence: str) -> bool:
    """Who acted must match: "the ministers welcomed" is not backed by "the Secretary welcomed", nor
    "the Deputy Secretary raised" by "the Cabinet Secretary raised" (a member of a group may stand for it).
    When the sentence uses the claim's verb, only that verb's subject counts."""
    claimed, said = _actors(claim, True), _actors(sentence, False)
    if not claimed or not said:
        return True
    verb, roles, group = claimed[0]
    same_verb = [a for a in said if a[0] == verb]
    said = same_verb or said
    if group:
        return any(g for _, _, g in said)
    if not roles or any(g or not r for _, r, g in said):
        return True
    return any(roles <= r or r <= roles for _, r, _ in said)


def negated(text: str) -> bool:
    """Whether a text contains a negation ("not", "declined", "won't" ...)."""
    low = text.lower().replace("\u2019", "'")
    return any(w in NEGATIONS for w in re.findall(r"[a-z']+", low))


def _content(text: str) -> list[str]:
    return [
        w
        for w in words(text)
        if w not in STOPWORDS
        and w not in GENERIC
        and not w.isdigit()
        and len(w) > 1
        and w not in STRENGTH
        and w not in NUMBER_WORDS
    ]


def coverage(claim: str, evidence: str, idf: Callable[[str], float] | None = None) -> float:
    """Share of the claim's content words (stemmed, rarer ones weigh more) found in the evidence."""
    terms = list(dict.fromkeys(stem(w) for w in _content(claim)))
    if not terms:
        return 0.0  # a claim with no content ("The two ministers.") says nothing checkable
    have = {stem(w) for w in words(evidence)}
    prefixes = {h[:5] for h in have if len(h) >= 5}
    total = got = 0.0
    for t in terms:
        wt = idf(t) if idf else 1.0
        wt = max(wt, 0.1)
        total += wt
        if t in have or (len(t) >= 5 and t[:5] in prefixes):
            got += wt
    return got / total if total else 1.0


# ------------------------------------------------------------------------------------------ verdicts
def hard_checks(claim: str, evidence: Evidence) -> list[str]:
    """The checks that fail a claim outright: numbers, dates, names, wording strength, negation."""
    sent = evidence.sentence.text
    reasons: list[str] = []
    date_line = evidence.date or ""
    missing_numbers = numbers(claim) - numbers(sent) - numbers(date_line)
    if missing_numbers:
        reasons.append("number not in the readout sentence: " + ", ".join(sorted(missing_numbers)))
    missing_dates = dates(claim) - dates(sent) - dates(date_line)
    if missing_dates:
        reasons.append("date not in the readout sentence: " + ", ".join(sorted(missing_dates)))
    context_text = " ".join((sent, evidence.title, evidence.readout_text))
    context = set(words(context_text))
    aliased = claim
    for rx, canonical in _ALIASES:
        if canonical.lower() in context_text.lower():
            aliased = rx.sub(canonical, aliased)
    claim_names = names(aliased)
    acronyms = _acronyms(context_text) if any(n not in context for n in claim_names) else set()
    missing_names = sorted(n for n in claim_names if not _name_in(n, context, acronyms))
    if missing_names:
        reasons.append("name not in the readout: " + ", ".join(missing_names))
    claim_strength, sent_strength = strength(claim), strength(sent)
    if negated(claim):
        claim_strength = 0  # "no decision was reached" commits to nothing
    if claim_strength >= 2 and claim_strength > sent_strength:
        reasons.append("wording stronger than the readout's")
    elif claim_strength == 3 and not _commitment_matches(claim, sent):
        reasons.append("the readout commits to something else")
    if not _actor_matches(claim, sent):
        reasons.append("a different party acted in the readout")
    if negated(claim) != negated(sent):
        reasons.append("negation differs from the readout")
    return reasons


def cosine(claim_vector: np.ndarray | None, evidence: Evidence) -> float | None:
    """Cosine between a claim's vector and its evidence sentence's (None when either is missing)."""
    if claim_vector is None or evidence.vector is None:
        return None
    return float(np.dot(np.asarray(claim_vector, np.float32), np.asarray(evidence.vector, np.float32)))


def support_score(cos: float | None, cov: float, w_cosine: float = W_COSINE) -> float:
    """The soft part of a verdict: embedding cosine and content-word coverage, mixed."""
    return cov if cos is None else w_cosine * cos + (1 - w_cosine) * cov


def check(
    claim: str, evidence: Evidence, claim_vector: np.ndarray | None = None, idf: Callable[[str], float] | None = None
) -> Verdict:
    """Whether ``evidence`` supports ``claim``; the reasons name every failed check."""
    reasons = hard_checks(claim, evidence)
    cos = cosine(claim_vector, evidence)
    cov = coverage(claim, evidence.sentence.text + " " + evidence.title, idf)
    score = support_score(cos, cov)
    if score < (THRESHOLD if cos is not None else THRESHOLD_LEXICAL):
        reasons.append(f"too little of the claim is in the readout sentence (score {score:.2f})")
    return Verdict(not reasons, round(score, 4), evidence, round(cos or 0.0, 4), round(cov, 4), tuple(reasons))


def best_support(
    claim: str,
    evidences: Sequence[Evidence],
    claim_vector: np.ndarray | None = None,
    idf: Callable[[str], float] | None = None,
) -> Verdict:
    """The best verdict over ``evidences``: a supported one with the highest score, else the closest failure."""
    best: Verdict | None = None
    for ev in evidences:
        v = check(claim, ev, claim_vector, idf)
        key = (v.supported, v.score)
        if best is None or key > (best.supported, best.score):
            best = v
    return best or Verdict(False, 0.0, None, reasons=("no passage cited",))
