"""Retrieval: dense (cosine) and BM25, fused by reciprocal rank fusion.

``rrf_fuse`` is a pure function; ``HybridRetriever`` runs both searches over
one store and returns a ``Retrieval`` record (the question, its vector, the
fused hits and their passages), which the answerers take as it is;
``langchain_retriever`` exposes the same thing as a LangChain
``BaseRetriever``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..records import Passage
from ..text.tokenize import tokenize


@dataclass(frozen=True)
class Hit:
    """One fused retrieval result: a passage row with its scores from each side."""

    row: int
    fused: float
    dense: float | None
    lexical: float | None


@dataclass(frozen=True)
class Retrieval:
    """What retrieval found for one question: its vector, the fused hits and their passages, best first."""

    question: str
    query_vector: np.ndarray
    hits: tuple[Hit, ...]
    passages: tuple[Passage, ...]


def rrf_fuse(rankings: list[list[int]], k: int = 60) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score(d) = sum over rankings of 1 / (k + rank(d)).

    Ranks start at 1. Ties are broken by the best single rank, then by id, so
    the result is deterministic. Returns (id, score) pairs, best first.
    """
    scores: dict[int, float] = {}
    best: dict[int, int] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
            best[doc] = min(best.get(doc, rank), rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], best[kv[0]], kv[0]))


class HybridRetriever:
    """Dense + BM25 over one store, fused with RRF."""

    def __init__(self, store, embedder, settings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings

    def hits(self, question: str, query_vector: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[Hit]:
        """The top ``k`` fused hits for a question whose vector is already known (among ``rows`` if given)."""
        n = max(self.settings.candidates, k)
        d_rows, d_scores = self.store.dense(query_vector, n, rows)
        l_rows, l_scores = self.store.lexical(tokenize(question), n, rows)
        dense = {int(r): float(s) for r, s in zip(d_rows, d_scores)}
        lexical = {int(r): float(s) for r, s in zip(l_rows, l_scores)}
        fused = rrf_fuse([[int(r) for r in d_rows], [int(r) for r in l_rows]], self.settings.rrf_k)
        return [Hit(row, score, dense.get(row), lexical.get(row)) for row, score in fused[:k]]

    def run(
        self, question: str, k: int, rids: tuple[int, ...] | None = None, query_vector: np.ndarray | None = None
    ) -> Retrieval:
        """Embed ``question``, search both ways, fuse, and load the top ``k`` passages (of the readouts ``rids``
        only, when given)."""
        qvec = self.embedder.encode_query(question) if query_vector is None else query_vector
        rows = self.passage_rows(rids) if rids is not None else None
        hits = self.hits(question, qvec, k, rows)
        return Retrieval(question, qvec, tuple(hits), tuple(self.store.passage(h.row, h.fused) for h in hits))

    def passage_rows(self, rids: tuple[int, ...]) -> np.ndarray:
        """Every passage row of the readouts ``rids``."""
        meetings = self.store.meetings
        ranges = []
        for rid in rids:
            r = self.store.readout_rows(meetings[rid].source)
            if r is not None:
                ranges.append(np.arange(r.p_lo, r.p_hi, dtype=np.int64))
        return np.concatenate(ranges) if ranges else np.zeros(0, np.int64)

    def retrieve(self, question: str, k: int | None = None) -> list[Passage]:
        """The top ``k`` passages for ``question``, best first (score = fused RRF score)."""
        return list(self.run(question, k or self.settings.k).passages)


def langchain_retriever(retrieve, k: int):
    """A LangChain ``BaseRetriever`` over a ``retrieve(question, k)`` function (built on first call, so the
    LangChain import stays lazy)."""
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    class ReadoutRetriever(BaseRetriever):
        """Hybrid (dense + BM25) retrieval over indexed readouts."""

        k: int = 5

        def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
            return [
                Document(
                    page_content=p.text,
                    id=p.id,
                    metadata={
                        "source": p.source,
                        "start": p.start,
                        "end": p.end,
                        "title": p.title,
                        "date": p.date,
                        "score": p.score,
                    },
                )
                for p in retrieve(query, self.k)
            ]

    return ReadoutRetriever(k=k)
