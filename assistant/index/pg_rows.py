"""What a reader of the PostgreSQL store answers from the rows it loads on open (see ``pg_read.py``).

``PgStore`` loads, once per generation, the readout rows, the readout
records, the passage rows and the BM25 vocabulary; the sizes, sentence rows
and vocabulary look-ups are answered from those copies here, and the records
of readouts and passages by ``rows.ReadoutRowsReader``, which the folder
store shares. No query is made in this module: a readout's text
and its block of sentences come from the reader's ``_text`` and ``_block``,
which ask the database and cache what they read.
"""

from __future__ import annotations

import bisect
from typing import Any

import numpy as np

from ..errors import IndexCorruptError
from ..records import Meeting, StatementRow
from .rows import ReadoutRowsReader


class PgRows(ReadoutRowsReader):
    """The rows of one generation held in memory, and what is read from them alone.

    The reader sets, when it loads: ``manifest``, ``meetings`` (row i: readout
    i's meeting), ``token_total``, ``_counts`` (readouts, sentences,
    passages), ``_where`` (for messages), ``_meta`` (per readout: rid, source,
    title, date, sha256, body_start, pages, s_lo, s_hi, p_lo, p_hi,
    title_source), ``_passage_meta`` (per passage: rid, start, end, s_lo,
    s_hi, length), ``_lengths``, ``_vocab`` (term -> document frequency),
    ``_sorted_vocab``, ``_by_source`` (source -> rid) and ``_s_lo`` (each
    readout's first sentence row).
    """

    manifest: dict[str, Any]
    meetings: list[Meeting]
    token_total: int
    _counts: tuple[int, int, int]
    _where: str
    _meta: list[tuple]
    _passage_meta: np.ndarray
    _lengths: np.ndarray
    _vocab: dict[str, int]
    _sorted_vocab: list[str]
    _by_source: dict[str, int]
    _s_lo: np.ndarray

    def _text(self, rid: int) -> str:
        """Readout ``rid``'s text (the reader's, from the database)."""
        raise NotImplementedError

    def _block(self, rid: int) -> tuple[str, np.ndarray, list[tuple], np.ndarray]:
        """Readout ``rid``'s text, sentence spans, statements and sentence vectors (the reader's)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ checks and sizes
    def _check_consistent(self) -> None:
        counts = self.manifest["counts"]
        n_r, n_s, n_p = self._counts
        problems = []
        if (len(self._meta), len(self._passage_meta)) != (n_r, n_p) or (
            counts["readouts"],
            counts["passages"],
            counts["sentences"],
        ) != (n_r, n_p, n_s):
            problems.append("row counts differ from the manifest")
        if [m[0] for m in self._meta] != list(range(n_r)) or (self._meta and self._meta[-1][8] != n_s):
            problems.append("readout rows are not contiguous")
        if len(self.meetings) != n_r:
            problems.append("readout records do not match the readouts")
        if n_p and self.token_total != int(self._lengths.sum()):
            problems.append("the BM25 statistics do not match the passages")
        if problems:
            raise IndexCorruptError(
                f"The index in {self._where} is damaged ({'; '.join(problems)}). "
                "Rebuild it with: assistant index PATH_TO_READOUTS --store URL"
            )

    @property
    def n_readouts(self) -> int:
        return self._counts[0]

    @property
    def n_passages(self) -> int:
        return self._counts[2]

    @property
    def n_sentences(self) -> int:
        return self._counts[1]

    # ------------------------------------------------------------------ the BM25 vocabulary
    def idf(self, token: str) -> float:
        n = max(self.n_passages, 1)
        df = self._vocab.get(token, 0)
        return float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))

    def _with_prefix(self, prefix: str, limit: int = 50) -> list[str]:
        i = bisect.bisect_left(self._sorted_vocab, prefix)
        out: list[str] = []
        while i < len(self._sorted_vocab) and self._sorted_vocab[i].startswith(prefix) and len(out) < limit:
            out.append(self._sorted_vocab[i])
            i += 1
        return out

    def has_term(self, token: str) -> bool:
        return token in self._vocab

    def has_prefix(self, prefix: str) -> bool:
        i = bisect.bisect_left(self._sorted_vocab, prefix)
        return i < len(self._sorted_vocab) and self._sorted_vocab[i].startswith(prefix)

    # ------------------------------------------------------------------ sentence rows
    def _readout_sentences(self, rid: int) -> tuple[np.ndarray, list[tuple]]:
        block = self._block(rid)
        return block[1], block[2]

    def _readout_vectors(self, rid: int) -> np.ndarray:
        return self._block(rid)[3]

    def _rids_over(self, lo: int, hi: int) -> range:
        if hi <= lo or not len(self._s_lo):
            return range(0)
        first = int(np.searchsorted(self._s_lo, lo, side="right")) - 1
        last = int(np.searchsorted(self._s_lo, hi - 1, side="right")) - 1
        return range(max(first, 0), last + 1)

    def _sentence_slice(self, lo: int, hi: int, part):
        lo, hi = max(lo, 0), min(hi, self.n_sentences)
        pieces = []
        for rid in self._rids_over(lo, hi):
            s_lo, s_hi = self._meta[rid][7], self._meta[rid][8]
            a, b = max(lo, s_lo), min(hi, s_hi)
            if b > a:
                pieces.append(part(rid)[a - s_lo : b - s_lo])
        return pieces

    def statement_rows(self, lo: int, hi: int) -> list[StatementRow]:
        """The statements (kind, actor, cameo, verb span) of sentence rows ``lo:hi``."""
        return [
            row for piece in self._sentence_slice(lo, hi, lambda rid: self._readout_sentences(rid)[1]) for row in piece
        ]

    def sentence_spans(self, lo: int, hi: int) -> np.ndarray:
        pieces = self._sentence_slice(lo, hi, lambda rid: self._readout_sentences(rid)[0])
        return np.concatenate(pieces) if pieces else np.zeros((0, 2), np.int64)

    def sentence_vectors(self, lo: int, hi: int) -> np.ndarray:
        pieces = self._sentence_slice(lo, hi, self._readout_vectors)
        dim = int(self.manifest["dimension"])
        return np.concatenate(pieces) if pieces else np.zeros((0, dim), np.float32)
