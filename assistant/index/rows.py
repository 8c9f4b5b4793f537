"""What every store's reader answers from the readout and passage rows it holds in memory: readouts by source,
passages as records, and the list of what is indexed. Shared by the folder store and PostgreSQL.

A reader sets, when it opens a generation: ``_meta`` (per readout: rid,
source, title, date, sha256, body_start, pages, s_lo, s_hi, p_lo, p_hi,
title_source), ``_passage_meta`` (per passage: rid, start, end, s_lo, s_hi,
and possibly more columns) and ``_by_source`` (source -> rid); and it
provides ``_text`` (a readout's text), ``_text_lengths`` (every readout's
length) and ``sentence_spans``.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from ..records import Passage, Readout, ReadoutRows, Sentence


class ReadoutRowsReader:
    """Readouts and passages as records, from the rows a reader holds (see the module docstring)."""

    _meta: list[tuple]
    _passage_meta: np.ndarray
    _by_source: dict[str, int]

    def _text(self, rid: int) -> str:
        """Readout ``rid``'s text (the store's)."""
        raise NotImplementedError

    def _text_lengths(self) -> dict[int, int]:
        """Every readout's length in characters, by rid (the store's)."""
        raise NotImplementedError

    def sentence_spans(self, lo: int, hi: int) -> np.ndarray:
        """(start, end) of sentence rows ``lo:hi`` (the store's)."""
        raise NotImplementedError

    def _readout_from_meta(self, rid: int) -> Readout:
        _, source, title, date, sha, body_start, pages, *_, title_source = self._meta[rid]
        return Readout(
            source=source,
            text=self._text(rid),
            title=title,
            date=date,
            body_start=body_start,
            sha256=sha,
            pages=tuple(json.loads(pages)),
            title_source=title_source,
        )

    def readout_rid(self, source: str) -> int | None:
        return self._by_source.get(source)

    def readout(self, source: str) -> Readout | None:
        """The readout indexed under ``source``, or None."""
        rid = self._by_source.get(source)
        return None if rid is None else self._readout_from_meta(rid)

    def readout_of_passage(self, row: int) -> Readout:
        return self._readout_from_meta(int(self._passage_meta[row][0]))

    def readouts(self) -> list[dict[str, Any]]:
        """What is indexed: source, title, date, characters, passages, sentences."""
        sizes = self._text_lengths()
        return [
            {
                "source": m[1],
                "title": m[2],
                "date": m[3],
                "chars": sizes.get(m[0], 0),
                "passages": m[10] - m[9],
                "sentences": m[8] - m[7],
            }
            for m in self._meta
        ]

    def readout_hashes(self) -> list[tuple[str, str]]:
        """(source, sha256) of every readout, in row order."""
        return [(m[1], m[4]) for m in self._meta]

    def readout_rows(self, source: str) -> ReadoutRows | None:
        rid = self._by_source.get(source)
        if rid is None:
            return None
        m = self._meta[rid]
        return ReadoutRows(rid, m[7], m[8], m[9], m[10])

    def passage(self, row: int, score: float = 0.0) -> Passage:
        """Passage ``row`` as a record, with its sentences."""
        rid, start, end, s_lo, s_hi = (int(x) for x in self._passage_meta[row][:5])
        r = self._readout_from_meta(rid)
        sentences = tuple(Sentence(r.source, int(s), int(e), r.text[s:e]) for s, e in self.sentence_spans(s_lo, s_hi))
        return Passage(r.source, start, end, r.text[start:end], r.title, r.date, float(score), sentences)

    def passage_rid(self, row: int) -> int:
        return int(self._passage_meta[row][0])

    def passage_sentence_rows(self, row: int) -> tuple[int, int]:
        return int(self._passage_meta[row][3]), int(self._passage_meta[row][4])
