"""The extractive answerer: quote the sentences that answer, cite each, or abstain.

Pure functions over records. A sentence's evidence score mixes its cosine
similarity to the question and to the question stripped of names (bundled
model; sentence vectors computed at index time), with how much of the
question's topic it states in its own words, weighted by rarity, and how much
its readout covers (names, places). Stripping names matters: a readout's
opening sentence names everyone and so resembles any question about them,
while the sentence that answers says "the two ministers agreed ...". The answer never
writes a claim of its own: every claim is a verbatim sentence with a marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .lexical import GENERIC, ROLES, STOPWORDS, content_terms, fold, stem, tokenize, words
from .records import Answer, Citation, Passage, Sentence

ABSTAIN_TEXT = "The readouts don't say."

#: Weights of the evidence score; calibrated on a development split of the
#: question set (see benchmarks/quality.py), not on the split that is reported.
W_COSINE = 0.6
W_TOPIC = 0.6
W_SENTENCE = 0.1
W_CONTEXT = 0.2
RANK_BONUS = (0.03, 0.015, 0.0)
W_MISSING = 0.3


@dataclass(frozen=True)
class Candidate:
    """A sentence that retrieval brought back, with what scoring needs."""

    sentence: Sentence
    cosine: float
    passage_rank: int
    title: str
    date: str | None
    readout_terms: frozenset
    topic_cosine: float | None = None  # cosine to the question with its names removed


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    lexical: float


_QUESTION_WORDS = {"what", "who", "whom", "whose", "when", "where", "which", "why", "how", "did", "does", "do",
                   "is", "are", "was", "were", "has", "have", "had", "can", "could", "would", "should", "will",
                   "and", "tell", "give", "list", "name", "according", "in", "on", "during", "at", "after",
                   "besides", "apart", "aside", "beyond", "other", "before", "following", "regarding", "concerning",
                   "about", "for", "with", "from", "as", "since", "under", "while", "once", "over", "then", "also",
                   "any", "anyone", "anything", "did", "please", "summarize", "summarise", "explain", "describe"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def question_entities(question: str) -> list[str]:
    """Names in a question: capitalised words that are not question words or generic roles."""
    found: list[str] = []
    for m in re.finditer(r"[A-Z][A-Za-z\u00C0-\u024F]+|[A-Z]{2,}", question):
        w = m.group(0)
        lw = fold(w)
        if lw in _QUESTION_WORDS or lw in STOPWORDS or lw in GENERIC or lw in _CALENDAR or len(w) < 3:
            continue
        found.append(lw)
    return list(dict.fromkeys(found))


def entity_in(entity: str, terms: frozenset) -> bool:
    """Whether a question name is present among a readout's terms (demonyms by prefix: Japanese ~ Japan)."""
    s = stem(entity)
    if s in terms or entity in terms:
        return True
    prefix = entity[:5] if len(entity) >= 6 else entity[:4]
    return len(prefix) >= 4 and any(t.startswith(prefix) for t in terms)


def topic_question(question: str) -> str:
    """The question without its names: what a sentence must say once its readout supplies who and where.

    "What did Blinken and the French minister agree to set up?" -> "What did and the French agree to set up?"
    """
    drop = set(question_entities(question)) | ROLES
    out = re.sub(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019]s)?",
                 lambda m: "" if fold(re.sub(r"['\u2019]s$", "", m.group(0))) in drop else m.group(0), question)
    return " ".join(out.split())


def readout_terms(title: str, text: str) -> frozenset:
    """Every stemmed word and raw lower-cased word of a readout (for entity and context checks)."""
    raw = words(title + " " + text)
    return frozenset(raw) | frozenset(stem(w) for w in raw)


def score_candidates(question: str, candidates: list[Candidate], idf: Callable[[str], float]) -> list[Scored]:
    """Evidence score of each candidate sentence, best first.

    Names in the question (people, countries) are satisfied by the readout as
    a whole, since readouts say "the two ministers" once the names are given;
    the sentence itself is judged on the question's other content words. A
    readout that lacks some of the question's names loses a share of score.
    """
    terms = list(dict.fromkeys(content_terms(question)))
    weights = {t: idf(t) for t in terms}
    total = sum(weights.values())
    entities = question_entities(question)
    entity_stems = {stem(e) for e in entities}
    topic = {t: w for t, w in weights.items() if t not in entity_stems} or weights
    topic_total = sum(topic.values())
    out = []
    for c in candidates:
        if total > 0:
            own = set(tokenize(c.sentence.text))
            lex_sent = sum(w for t, w in topic.items() if t in own) / topic_total
            lex_ctx = sum(w for t, w in weights.items() if t in c.readout_terms) / total
        else:
            lex_sent = lex_ctx = 0.0
        missing = sum(1 for e in entities if not entity_in(e, c.readout_terms)) / len(entities) if entities else 0.0
        bonus = RANK_BONUS[min(c.passage_rank, len(RANK_BONUS) - 1)]
        topic_cos = c.cosine if c.topic_cosine is None else c.topic_cosine
        score = (W_COSINE * c.cosine + W_TOPIC * topic_cos + W_SENTENCE * lex_sent + W_CONTEXT * lex_ctx + bonus
                 - W_MISSING * missing)
        out.append(Scored(c, score, lex_sent))
    out.sort(key=lambda s: (-s.score, s.candidate.sentence.source, s.candidate.sentence.start))
    return out


def unknown_entities(question: str, known: Callable[[str], bool]) -> list[str]:
    """Names in the question that no indexed readout mentions."""
    return [e for e in question_entities(question) if not known(e)]


def extractive_answer(
    question: str,
    candidates: list[Candidate],
    passages: list[Passage],
    idf: Callable[[str], float],
    *,
    min_support: float,
    margin: float,
    max_quotes: int,
    known: Callable[[str], bool] | None = None,
) -> Answer:
    """Quote the best-supported sentences with [n] markers, or abstain.

    Abstains when the question is mostly about names the readouts never
    mention (``known`` tells which words the corpus uses), or when no sentence
    reaches ``min_support``.
    """
    if known is not None:
        entities = question_entities(question)
        unknown = unknown_entities(question, known)
        if unknown and (len(unknown) >= 2 or len(unknown) * 2 >= len(entities)):
            return _abstain(question, passages, f"no indexed readout mentions {', '.join(unknown)}")
    scored = score_candidates(question, candidates, idf)
    if not scored or scored[0].score < min_support:
        return _abstain(question, passages, "no passage states it")
    best = scored[0]
    chosen = [best]
    for s in scored[1:]:
        if len(chosen) >= max_quotes or s.score < max(min_support, best.score - margin):
            break
        if any(_same_claim(s.candidate.sentence, c.candidate.sentence) for c in chosen):
            continue
        chosen.append(s)
    return compose(question, [s.candidate for s in chosen], [s.score for s in chosen], passages)


def _same_claim(a: Sentence, b: Sentence) -> bool:
    if a.source == b.source and a.start < b.end and b.start < a.end:
        return True
    ta, tb = set(tokenize(a.text)), set(tokenize(b.text))
    return bool(ta) and len(ta & tb) / len(ta | tb) > 0.8


def compose(question: str, chosen: list[Candidate], scores: list[float], passages: list[Passage]) -> Answer:
    """Write quotes grouped by readout (best readout first), best quote first, with markers in text order."""
    groups: dict[str, list[tuple[Candidate, float]]] = {}
    for c, s in zip(chosen, scores):
        groups.setdefault(c.sentence.source, []).append((c, s))
    lines: list[str] = []
    citations: list[Citation] = []
    many = len(groups) > 1
    for source, items in groups.items():
        # within a readout the strongest evidence comes first, so [1] is always the best-supported quote
        items.sort(key=lambda cs: (-cs[1], cs[0].sentence.start))
        quotes = []
        for c, s in items:
            marker = len(citations) + 1
            sent = c.sentence
            citations.append(Citation(marker, sent.source, sent.text, sent.start, sent.end, c.title, c.date, round(s, 4)))
            quotes.append(f"\u201c{sent.text}\u201d [{marker}]")
        head = items[0][0]
        prefix = f"{head.title}{f' ({head.date})' if head.date else ''}: " if many else ""
        lines.append(prefix + " ".join(quotes))
    return Answer(question=question, text="\n".join(lines), citations=tuple(citations), abstained=False,
                  passages=tuple(passages))


def _abstain(question: str, passages: list[Passage], why: str) -> Answer:
    return Answer(question=question, text=f"{ABSTAIN_TEXT} ({why.capitalize()}.)", citations=(), abstained=True,
                  passages=tuple(passages))
