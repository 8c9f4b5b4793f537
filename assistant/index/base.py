"""What every store offers: the content a build writes, a reader of one generation, and a backend.

Two stores implement these: the folder store (FAISS + SQLite files,
``store.py``) and PostgreSQL with pgvector (``pg.py``). The indexer
(``build.py``), retrieval and answering use only the names here, so either
store answers the same questions the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from ..records import Chunks, Meeting, Passage, Readout, ReadoutRows, Statement, StatementRow


@dataclass
class IndexContent:
    """Readouts ready to be stored: their chunks, vectors and BM25 tokens, and the manifest.

    Rows are in readout order: the sentences of ``chunks[0]`` come first in
    ``sentence_vectors``, then those of ``chunks[1]``; likewise passages.
    """

    chunks: list[Chunks]
    sentence_vectors: np.ndarray  # (total sentences, dim)
    title_vectors: np.ndarray  # (readouts, dim)
    passage_vectors: np.ndarray  # (total passages, dim)
    bm25_docs: list[list[str]]  # per passage: tokens
    meetings: list[Meeting] = field(default_factory=list)  # per readout
    statements: list[list[Statement]] = field(default_factory=list)  # per readout: one per sentence
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def readouts(self) -> list[Readout]:
        return [c.readout for c in self.chunks]


class StoreReader(Protocol):
    """One generation of an index, opened for reading; safe to share between threads."""

    manifest: dict[str, Any]
    generation: str

    @property
    def n_readouts(self) -> int: ...

    @property
    def n_passages(self) -> int: ...

    @property
    def n_sentences(self) -> int: ...

    meetings: list[Meeting]  # row i: readout i's meeting

    def dense(self, query: np.ndarray, n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passage rows by cosine to ``query``: (rows, scores); only among ``rows`` when given."""
        ...

    def lexical(self, tokens: list[str], n: int, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Top ``n`` passage rows by BM25 for ``tokens``: (rows, scores > 0); only among ``rows`` when given."""
        ...

    def statement_rows(self, lo: int, hi: int) -> list[StatementRow]:
        """The statements (kind, actor, cameo, verb span) of sentence rows ``lo:hi``."""
        ...

    def readout_rid(self, source: str) -> int | None: ...

    def idf(self, token: str) -> float: ...

    def rows_with_term(self, token: str, prefix: bool = False) -> np.ndarray:
        """Passage rows whose text has ``token`` (a stem); with ``prefix``, any token starting with it."""
        ...

    def passage_rid(self, row: int) -> int: ...

    def has_term(self, token: str) -> bool: ...

    def has_prefix(self, prefix: str) -> bool: ...

    def passage(self, row: int, score: float = 0.0) -> Passage: ...

    def passage_sentence_rows(self, row: int) -> tuple[int, int]: ...

    def sentence_vectors(self, lo: int, hi: int) -> np.ndarray:
        """Vectors of sentence rows ``lo:hi`` (float32)."""
        ...

    def title_vector(self, rid: int) -> np.ndarray: ...

    def known_vectors(self, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Vectors already stored for some of ``texts`` (by content hash), keyed by position in ``texts``."""
        ...

    def all_passage_vectors(self) -> np.ndarray: ...

    def readout(self, source: str) -> Readout | None: ...

    def readout_of_passage(self, row: int) -> Readout: ...

    def readouts(self) -> list[dict[str, Any]]: ...

    def readout_hashes(self) -> list[tuple[str, str]]:
        """(source, sha256) of every readout, in row order."""
        ...

    def readout_rows(self, source: str) -> ReadoutRows | None: ...

    def sentence_spans(self, lo: int, hi: int) -> np.ndarray: ...

    def disk_bytes(self) -> int: ...

    def close(self) -> None: ...


class Backend(Protocol):
    """Where an index lives, and how it is opened and written (one writer at a time)."""

    def describe(self) -> str:
        """For messages: ``index/`` or ``postgresql://host/db``."""
        ...

    def exists(self) -> bool: ...

    def looks_used(self) -> bool:
        """Whether anything of an index is there (so a failed open must not lead to a build over it)."""
        ...

    def current_generation(self) -> str | None:
        """The live generation's name (cheap; used to notice another process's update)."""
        ...

    def open(self) -> StoreReader: ...

    def writer_lock(
        self, *, wait: bool = True, on_wait: Callable[[str], None] | None = None
    ) -> AbstractContextManager[None]: ...

    def write(self, content: IndexContent) -> None:
        """Make ``content`` the whole index, atomically. Call with the writer lock held."""
        ...

    def append(self, old: Any, content: IndexContent) -> bool:
        """Make ``old`` plus ``content`` (new sources only) the index, atomically; False when only a full
        write can (the caller then writes everything). Call with the writer lock held."""
        ...

    def uploads_dir(self) -> Any:
        """Where uploaded readout files are kept (a folder), or None when the store keeps them itself."""
        ...
