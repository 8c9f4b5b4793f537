"""Lexical side: one tokenizer for BM25 and for the answerer's word overlap.

Pure functions plus BM25 over passages, stored in bm25s's format (JSON and
``.npy`` arrays, never pickled), built and scored with vectorised numpy so
neither indexing nor a cold start pays for bm25s's import; the tests check
every score against bm25s itself.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

#: Bumped whenever tokenization changes, so indexes built before are rebuilt, not misread.
TOKENIZER_VERSION = 2

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
s t don doesn didn isn aren wasn weren won shall may might must upon per via
""".split())

#: Words that every readout uses; they carry no topic and no entity.
GENERIC = frozenset("""
readout secretary minister ministers president prime foreign leader leaders official officials meeting met
meet call spoke speak discuss discussed discussion say said tell told talk talked two both side sides
today yesterday also state deputy office spokesperson counterpart counterparts government country countries
envoy envoys special ambassador ambassadors advisor adviser under assistant chancellor king queen prince premier
delegation delegations representative representatives vice cabinet general senior team
""".split())

#: Titles and roles: who, not what. A question's roles are answered by the readout's context.
ROLES = frozenset("""
secretary minister ministers president prime foreign leader leaders official officials counterpart counterparts
deputy spokesperson envoy envoys special ambassador ambassadors advisor adviser chancellor king queen prince
premier delegation delegations representative representatives vice cabinet general senior two both side sides
""".split())

_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English suffix stripper: agreed/agreeing/agrees -> agre, countries -> countri."""
    w = word
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix in ("ational", "ization", "fulness", "ousness", "iveness", "ments", "ment", "ness", "ings",
                   "ing", "edly", "ies", "ied", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                w += "i"
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case and strip accents: "López" -> "lopez", "Tô Lâm" -> "to lam"."""
    w = word.lower()
    if w.isascii():
        return w
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded words of ``text``, possessives removed."""
    out = []
    for m in _WORD.finditer(text):
        w = fold(m.group(0)).replace("\u2019", "'")
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


def tokenize(text: str) -> list[str]:
    """Stemmed content words of ``text`` (stopwords removed): the BM25 vocabulary."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry a topic: tokens minus the words every readout uses."""
    return [t for t, w in ((stem(w), w) for w in words(text)) if w not in STOPWORDS and w not in GENERIC
            and (len(w) > 1 or w.isdigit())]


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
    def load(cls, path: Path) -> "_CSCScores":
        import json

        params = json.loads((path / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((path / "vocab.index.json").read_text(encoding="utf-8"))
        scores = {k: np.load(path / f, mmap_mode="r", allow_pickle=False) for k, f in cls._FILES.items()}
        scores["num_docs"] = int(params["num_docs"])
        return cls(scores, vocab, params)

    def save(self, path: Path) -> None:
        import json

        path.mkdir(parents=True, exist_ok=True)
        for k, f in self._FILES.items():
            np.save(path / f, np.asarray(self.scores[k]), allow_pickle=False)
        (path / "vocab.index.json").write_text(json.dumps(self.vocab_dict, ensure_ascii=False), encoding="utf-8")
        params = {"k1": 1.5, "b": 0.75, "delta": 0.5, "method": "lucene", "idf_method": "lucene",
                  "dtype": "float32", "int_dtype": "int32", "backend": "numpy", **self.params,
                  "num_docs": int(self.scores["num_docs"])}
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


class BM25Index:
    """BM25 over passages; ``top(tokens, n)`` returns (passage rows, scores)."""

    def __init__(self, model) -> None:
        self._model = model
        self._vocab = model.vocab_dict

    @classmethod
    def build(cls, docs: list[list[str]]) -> "BM25Index":
        # an empty document list still needs a valid index
        vocab: dict[str, int] = {}
        ids, offsets = cls.encode_docs(docs or [[""]], vocab)
        return cls.from_token_ids(ids, offsets, vocab)

    @classmethod
    def from_token_ids(cls, ids: np.ndarray, offsets: np.ndarray, vocab: dict[str, int],
                       k1: float = 1.5, b: float = 0.75) -> "BM25Index":
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
    def _scored(cls, indptr, doc, tf, lengths, vocab, k1: float = 1.5, b: float = 0.75) -> "BM25Index":
        n_docs, n_vocab = len(lengths), len(vocab)
        counts = np.diff(indptr)
        term = np.repeat(np.arange(n_vocab, dtype=np.int64), counts)
        df = counts.astype(np.float64)
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        avg = float(np.mean(lengths)) if n_docs else 1.0
        tf64 = np.asarray(tf, dtype=np.float64)
        norm = k1 * ((1 - b) + b * np.asarray(lengths, dtype=np.float64)[doc] / avg)
        scores = (idf[term] * tf64 / (norm + tf64)).astype(np.float32)
        model = _CSCScores({"data": scores, "indices": np.asarray(doc, dtype=np.int32),
                            "indptr": np.asarray(indptr, dtype=np.int32), "num_docs": n_docs},
                           dict(vocab), {"k1": k1, "b": b})
        index = cls(model)
        index._tf = np.asarray(tf, dtype=np.uint16)
        index._lengths = np.asarray(lengths, dtype=np.int32)
        return index

    def appended(self, docs: list[list[str]]) -> "BM25Index | None":
        """A new index: this one plus ``docs`` (as the last documents), every score recomputed.

        Returns None when this index was saved without its term frequencies
        (built by an older version); the caller then rebuilds from scratch.
        """
        tf, lengths = getattr(self, "_tf", None), getattr(self, "_lengths", None)
        if tf is None or lengths is None:
            return None
        vocab = dict(self._vocab)
        ids, offsets = self.encode_docs(docs, vocab)
        n_old = len(lengths)
        new = BM25Index.from_token_ids(ids, offsets, vocab)
        old_indptr = np.asarray(self._model.scores["indptr"], dtype=np.int64)
        old_counts = np.zeros(len(vocab), dtype=np.int64)
        old_counts[:len(old_indptr) - 1] = np.diff(old_indptr)
        new_indptr = np.asarray(new._model.scores["indptr"], dtype=np.int64)
        new_counts = np.diff(new_indptr)
        new_term = np.repeat(np.arange(len(vocab), dtype=np.int64), new_counts)
        # a new document's pairs go at the end of their term's column (their ids are the largest)
        old_end = np.concatenate([old_indptr[1:], np.full(len(vocab) - (len(old_indptr) - 1), old_indptr[-1])])
        at = old_end[new_term]
        doc = np.insert(np.asarray(self._model.scores["indices"], dtype=np.int64), at,
                        np.asarray(new._model.scores["indices"], dtype=np.int64) + n_old)
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
            for t in (d or [""]):
                i = vocab.get(t)
                if i is None:
                    i = vocab[t] = len(vocab)
                flat.append(i)
            offsets.append(len(flat))
        return np.asarray(flat, dtype=np.int32), np.asarray(offsets, dtype=np.int64)

    def save(self, path: Path) -> None:
        self._model.save(Path(path))
        if getattr(self, "_tf", None) is not None:
            np.save(Path(path) / "tf.npy", self._tf, allow_pickle=False)
            np.save(Path(path) / "lengths.npy", self._lengths, allow_pickle=False)

    @classmethod
    def load(cls, path: Path) -> "BM25Index":
        index = cls(_CSCScores.load(Path(path)))
        if (Path(path) / "tf.npy").is_file():
            index._tf = np.load(Path(path) / "tf.npy", mmap_mode="r", allow_pickle=False)
            index._lengths = np.load(Path(path) / "lengths.npy", mmap_mode="r", allow_pickle=False)
        return index

    def scores(self, tokens: list[str]) -> np.ndarray:
        known = [t for t in tokens if t in self._vocab]
        if not known:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def top(self, tokens: list[str], n: int) -> tuple[np.ndarray, np.ndarray]:
        scores = self.scores(tokens)
        if scores.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        n = min(n, scores.size)
        idx = np.argpartition(-scores, n - 1)[:n]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        keep = scores[idx] > 0
        return idx[keep].astype(np.int64), scores[idx][keep]

    def known(self, word: str) -> bool:
        """Whether the corpus uses ``word`` (or a word it is a prefix form of: Japanese ~ Japan)."""
        if not hasattr(self, "_sorted_vocab"):
            self._sorted_vocab = sorted(t for t in self._vocab if t)
        w = fold(word)
        if stem(w) in self._vocab or w in self._vocab:
            return True
        prefix = w[:5] if len(w) >= 6 else w[:4]
        if len(prefix) < 4:
            return False
        i = bisect.bisect_left(self._sorted_vocab, prefix)
        return i < len(self._sorted_vocab) and self._sorted_vocab[i].startswith(prefix)

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token (the rarer, the higher); unseen tokens get the maximum."""
        if not hasattr(self, "_df"):
            indptr = np.asarray(self._model.scores["indptr"])
            self._df = np.diff(indptr)
            self._n = max(int(self._model.scores.get("num_docs", 1)), 1)
        i = self._vocab.get(token)
        df = int(self._df[i]) if i is not None and i < len(self._df) else 0
        return float(np.log(1.0 + (self._n - df + 0.5) / (df + 0.5)))
