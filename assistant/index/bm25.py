"""BM25 over passages, in bm25s's on-disk format, built and scored with vectorised numpy.

Neither indexing nor a cold start pays for bm25s's import (and the scipy it
pulls in); the tests check every score against bm25s itself. Nothing is
pickled: JSON and ``.npy`` arrays only.
"""

from __future__ import annotations

import bisect
import json
from functools import cached_property
from pathlib import Path

import numpy as np


class _CSCScores:
    """A BM25 score matrix in bm25s's on-disk format, read and written without importing bm25s.

    Column ``t`` of the (documents x vocabulary) CSC matrix holds the score
    of token ``t`` in every document that contains it; a query's scores are
    the sum of its tokens' columns (a repeated token counts again), exactly
    as bm25s computes them. Loading memory-maps the arrays, and skipping the
    bm25s import (and the scipy it pulls in) takes ~0.2 s off a cold start.
    """

    _FILES = {"data": "data.csc.index.npy", "indices": "indices.csc.index.npy", "indptr": "indptr.csc.index.npy"}

    def __init__(self, scores: dict, vocab: dict[str, int], params: dict) -> None:
        self.scores = scores
        self.vocab_dict = vocab
        self.params = params

    @classmethod
    def load(cls, path: Path) -> _CSCScores:
        params = json.loads((path / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((path / "vocab.index.json").read_text(encoding="utf-8"))
        scores = {k: np.load(path / f, mmap_mode="r", allow_pickle=False) for k, f in cls._FILES.items()}
        scores["num_docs"] = int(params["num_docs"])
        return cls(scores, vocab, params)

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for k, f in self._FILES.items():
            np.save(path / f, np.asarray(self.scores[k]), allow_pickle=False)
        (path / "vocab.index.json").write_text(json.dumps(self.vocab_dict, ensure_ascii=False), encoding="utf-8")
        params = {
            "k1": 1.5,
            "b": 0.75,
            "delta": 0.5,
            "method": "lucene",
            "idf_method": "lucene",
            "dtype": "float32",
            "int_dtype": "int32",
            "backend": "numpy",
            **self.params,
            "num_docs": int(self.scores["num_docs"]),
        }
        (path / "params.index.json").write_text(json.dumps(params, indent=4), encoding="utf-8")

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        data, indices, indptr = self.scores["data"], self.scores["indices"], self.scores["indptr"]
        out = np.zeros(int(self.scores["num_docs"]), dtype=np.float32)
        for t in tokens:
            i = self.vocab_dict.get(t)
            if i is None:
                continue
            lo, hi = int(indptr[i]), int(indptr[i + 1])
            # within one column every document appears once, so plain fancy-index addition is exact
            out[np.asarray(indices[lo:hi])] += data[lo:hi]
        return out


def top_scores(scores: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n`` best documents of a BM25 score array with a score above 0: (rows, scores), best first. Both
    stores select with this one function, so equal scores come out in the same order from either."""
    if scores.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    n = min(n, scores.size)
    idx = np.argpartition(-scores, n - 1)[:n]
    idx = idx[np.argsort(-scores[idx], kind="stable")]
    keep = scores[idx] > 0
    return idx[keep].astype(np.int64), scores[idx][keep]


class BM25Index:
    """BM25 over passages; ``top(tokens, n)`` returns (passage rows, scores)."""

    def __init__(self, model: _CSCScores, tf: np.ndarray, lengths: np.ndarray) -> None:
        self._model = model
        self._vocab = model.vocab_dict
        # raw term frequencies (CSC order) and document lengths, so ``appended`` never re-tokenises
        self._tf = tf
        self._lengths = lengths

    @classmethod
    def build(cls, docs: list[list[str]]) -> BM25Index:
        # an empty document list still needs a valid index
        vocab: dict[str, int] = {}
        ids, offsets = cls.encode_docs(docs or [[""]], vocab)
        return cls.from_token_ids(ids, offsets, vocab)

    @classmethod
    def from_token_ids(
        cls, ids: np.ndarray, offsets: np.ndarray, vocab: dict[str, int], k1: float = 1.5, b: float = 0.75
    ) -> BM25Index:
        """Build from token ids (document ``d`` is ``ids[offsets[d]:offsets[d+1]]``), vectorised.

        Computes exactly what bm25s computes for its default ("lucene") method,
        so the saved index is an ordinary bm25s index, in a few numpy passes
        instead of a Python loop per document. The raw term frequencies and
        document lengths are kept (and saved) so that ``appended`` can add
        documents later without re-tokenising anything.
        """
        ids = np.asarray(ids, dtype=np.int64)
        offsets = np.asarray(offsets, dtype=np.int64)
        n_docs, n_vocab = len(offsets) - 1, len(vocab)
        lengths = np.diff(offsets)
        doc_of = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
        # (term, document) pairs sorted by term then document: CSC order
        pair, tf = np.unique(ids * max(n_docs, 1) + doc_of, return_counts=True)
        term, doc = pair // max(n_docs, 1), pair % max(n_docs, 1)
        indptr = np.zeros(n_vocab + 1, dtype=np.int64)
        np.cumsum(np.bincount(term, minlength=n_vocab), out=indptr[1:])
        return cls._scored(indptr, doc, tf, lengths, vocab, k1, b)

    @classmethod
    def _scored(cls, indptr, doc, tf, lengths, vocab, k1: float = 1.5, b: float = 0.75) -> BM25Index:
        n_docs, n_vocab = len(lengths), len(vocab)
        counts = np.diff(indptr)
        term = np.repeat(np.arange(n_vocab, dtype=np.int64), counts)
        df = counts.astype(np.float64)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        avg = float(np.mean(lengths)) if n_docs else 1.0
        tf64 = np.asarray(tf, dtype=np.float64)
        norm = k1 * ((1 - b) + b * np.asarray(lengths, dtype=np.float64)[doc] / avg)
        scores = (idf[term] * tf64 / (norm + tf64)).astype(np.float32)
        model = _CSCScores(
            {
                "data": scores,
                "indices": np.asarray(doc, dtype=np.int32),
                "indptr": np.asarray(indptr, dtype=np.int32),
                "num_docs": n_docs,
            },
            dict(vocab),
            {"k1": k1, "b": b},
        )
        return cls(model, np.asarray(tf, dtype=np.uint16), np.asarray(lengths, dtype=np.int32))

    def appended(self, docs: list[list[str]]) -> BM25Index:
        """A new index: this one plus ``docs`` (as the last documents), every score recomputed."""
        tf, lengths = self._tf, self._lengths
        vocab = dict(self._vocab)
        ids, offsets = self.encode_docs(docs, vocab)
        n_old = len(lengths)
        new = BM25Index.from_token_ids(ids, offsets, vocab)
        old_indptr = np.asarray(self._model.scores["indptr"], dtype=np.int64)
        old_counts = np.zeros(len(vocab), dtype=np.int64)
        old_counts[: len(old_indptr) - 1] = np.diff(old_indptr)
        new_indptr = np.asarray(new._model.scores["indptr"], dtype=np.int64)
        new_counts = np.diff(new_indptr)
        new_term = np.repeat(np.arange(len(vocab), dtype=np.int64), new_counts)
        # a new document's pairs go at the end of their term's column (their ids are the largest)
        old_end = np.concatenate([old_indptr[1:], np.full(len(vocab) - (len(old_indptr) - 1), old_indptr[-1])])
        at = old_end[new_term]
        doc = np.insert(
            np.asarray(self._model.scores["indices"], dtype=np.int64),
            at,
            np.asarray(new._model.scores["indices"], dtype=np.int64) + n_old,
        )
        merged_tf = np.insert(np.asarray(tf), at, new._tf)
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(old_counts + new_counts, out=indptr[1:])
        return BM25Index._scored(indptr, doc, merged_tf, np.concatenate([np.asarray(lengths), new._lengths]), vocab)

    @staticmethod
    def encode_docs(docs: list[list[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids of ``docs`` (flat) and their offsets; new tokens are added to ``vocab`` in place.

        An empty document is stored as the empty token, as ``build`` does.
        """
        flat: list[int] = []
        offsets = [0]
        for d in docs:
            for t in d or [""]:
                i = vocab.get(t)
                if i is None:
                    i = vocab[t] = len(vocab)
                flat.append(i)
            offsets.append(len(flat))
        return np.asarray(flat, dtype=np.int32), np.asarray(offsets, dtype=np.int64)

    def save(self, path: Path) -> None:
        self._model.save(Path(path))
        np.save(Path(path) / "tf.npy", self._tf, allow_pickle=False)
        np.save(Path(path) / "lengths.npy", self._lengths, allow_pickle=False)

    @classmethod
    def load(cls, path: Path) -> BM25Index:
        path = Path(path)
        return cls(
            _CSCScores.load(path),
            np.load(path / "tf.npy", mmap_mode="r", allow_pickle=False),
            np.load(path / "lengths.npy", mmap_mode="r", allow_pickle=False),
        )

    @property
    def num_docs(self) -> int:
        return int(self._model.scores["num_docs"])

    def scores(self, tokens: list[str]) -> np.ndarray:
        known = [t for t in tokens if t in self._vocab]
        if not known:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def top(self, tokens: list[str], n: int) -> tuple[np.ndarray, np.ndarray]:
        return top_scores(self.scores(tokens), n)

    def valid(self) -> bool:
        """Whether the arrays are consistent: every posting points at a document, columns are in order,
        and the stored term frequencies and lengths match (checked on open, not at the first question)."""
        sc = self._model.scores
        indptr, indices, data = sc["indptr"], sc["indices"], sc["data"]
        n_docs = self.num_docs
        if len(indptr) != len(self._vocab) + 1 or len(data) != len(indices) or len(self._tf) != len(indices):
            return False
        if len(indptr) and (
            int(indptr[0]) != 0 or int(indptr[-1]) != len(indices) or bool(np.any(np.diff(indptr) < 0))
        ):
            return False
        if len(indices) and (int(np.min(indices)) < 0 or int(np.max(indices)) >= n_docs):
            return False
        return len(self._lengths) == n_docs

    def rows_with(self, token: str) -> np.ndarray:
        """The documents (passage rows) that contain ``token``: its posting list."""
        i = self._vocab.get(token)
        if i is None:
            return np.zeros(0, np.int64)
        indptr = self._model.scores["indptr"]
        return np.asarray(self._model.scores["indices"][int(indptr[i]) : int(indptr[i + 1])], dtype=np.int64)

    def with_prefix(self, prefix: str, limit: int = 50) -> list[str]:
        """Vocabulary tokens starting with ``prefix`` (at most ``limit``)."""
        vocab = self._sorted_vocab
        i = bisect.bisect_left(vocab, prefix)
        out: list[str] = []
        while i < len(vocab) and vocab[i].startswith(prefix) and len(out) < limit:
            out.append(vocab[i])
            i += 1
        return out

    def has(self, token: str) -> bool:
        """Whether ``token`` (a stemmed or raw word) is in the vocabulary."""
        return token in self._vocab

    @cached_property
    def _sorted_vocab(self) -> list[str]:
        return sorted(t for t in self._vocab if t)

    def has_prefix(self, prefix: str) -> bool:
        """Whether some vocabulary token starts with ``prefix``."""
        vocab = self._sorted_vocab
        i = bisect.bisect_left(vocab, prefix)
        return i < len(vocab) and vocab[i].startswith(prefix)

    @cached_property
    def _df(self) -> np.ndarray:
        return np.diff(np.asarray(self._model.scores["indptr"]))

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token (the rarer, the higher); unseen tokens get the maximum."""
        n = max(self.num_docs, 1)
        i = self._vocab.get(token)
        df = int(self._df[i]) if i is not None and i < len(self._df) else 0
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))
