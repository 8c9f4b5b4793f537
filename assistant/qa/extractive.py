"""Evidence scores of candidate sentences: how well each one answers a question. Pure functions.

``qa/answerer.py`` decides what to quote; this module only scores. A sentence's evidence score mixes its cosine
similarity to the question and to the question stripped of names (bundled
model; sentence vectors computed at index time), with how much of the
question's topic it states in its own words, weighted by rarity, and how much
its readout covers (names, places). Stripping names matters: a readout's
opening sentence names everyone and so resembles any question about them,
while the sentence that answers says "the two ministers agreed ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..records import Sentence
from ..text.lexicon import ROLES
from ..text.names import name_present, question_entities
from ..text.tokenize import content_terms, fold, stem, tokenize, without_possessive, words

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
    out = re.sub(
        r"[A-Za-z\u00C0-\u024F]+(?:['\u2019]s)?",
        lambda m: "" if fold(without_possessive(m.group(0))) in drop else m.group(0),
        question,
    )
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
        score = (
            W_COSINE * c.cosine
            + W_TOPIC * topic_cos
            + W_SENTENCE * lex_sent
            + W_CONTEXT * lex_ctx
            + bonus
            - W_MISSING * missing
        )
        out.append(Scored(c, score, lex_sent))
    out.sort(key=lambda s: (-s.score, s.candidate.sentence.source, s.candidate.sentence.start))
    return out
