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

from collections import OrderedDict

import numpy as np

from ..records import Answer, Citation, Passage, Sentence
from ..text.lexicon import ROLES
from ..text.names import name_present, question_entities
from ..text.tokenize import content_terms, fold, stem, tokenize, words
from .retrieve import Retrieval

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


def entity_in(entity: str, terms: frozenset) -> bool:
    """Whether a question name is present among a readout's terms (a demonym counts: Japanese ~ Japan)."""
    return name_present(entity, terms.__contains__, lambda p: any(t.startswith(p) for t in terms))


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


class ExtractiveAnswerer:
    """The quoting answerer as a component: given a question and what retrieval found, an ``Answer``.

    It scores every sentence of the retrieved passages with the sentence
    vectors stored in the index (no model work but one embedding of the
    question without its names), so answering costs a few milliseconds.
    """

    #: Readouts whose word sets are kept between questions (they depend only on the readout's text).
    TERMS_CACHE = 4096

    def __init__(self, store, embedder, settings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._terms: OrderedDict[str, frozenset] = OrderedDict()

    def known(self, word: str) -> bool:
        """Whether some indexed readout uses ``word`` (or a demonym or inflection of it)."""
        return name_present(fold(word), self.store.has_term, self.store.has_prefix)

    def _readout_terms(self, row: int, source: str) -> frozenset:
        terms = self._terms.get(source)
        if terms is None:
            r = self.store.readout_of_passage(row)
            terms = readout_terms(r.title, r.text)
            self._terms[source] = terms
            if len(self._terms) > self.TERMS_CACHE:
                self._terms.popitem(last=False)
        return terms

    def candidates(self, retrieval: Retrieval, topic_vector: np.ndarray | None) -> list[Candidate]:
        """Every sentence of the retrieved passages, with its cosines to the question and its topic."""
        out: list[Candidate] = []
        qvec = retrieval.query_vector
        for rank, (hit, p) in enumerate(zip(retrieval.hits, retrieval.passages)):
            vecs = self.store.sentence_vectors(*self.store.passage_sentence_rows(hit.row))
            cos = vecs @ qvec if len(vecs) else np.zeros(0)
            tcos = vecs @ topic_vector if (topic_vector is not None and len(vecs)) else [None] * len(vecs)
            terms = self._readout_terms(hit.row, p.source)
            for sent, c, tc in zip(p.sentences, cos, tcos):
                out.append(Candidate(sent, float(c), rank, p.title, p.date, terms, None if tc is None else float(tc)))
        return out

    def answer(self, question: str, retrieval: Retrieval) -> Answer:
        """Quote the best-supported sentences of ``retrieval`` for ``question``, or abstain."""
        topic = topic_question(question)
        tvec = self.embedder.encode_query(topic) if topic != question else None
        return extractive_answer(question, self.candidates(retrieval, tvec), list(retrieval.passages),
                                 self.store.idf, min_support=self.settings.min_support,
                                 margin=self.settings.quote_margin, max_quotes=self.settings.max_quotes,
                                 known=self.known)
