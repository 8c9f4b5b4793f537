"""Moving an index from one store to another without embedding anything (``assistant index --from-folder``).

Everything a build writes is read back through the ``StoreReader`` interface
(readouts, sentence and passage spans, readout records, statements, vectors);
only the BM25 tokens are made again, by the same pure tokenizer the index
was built with (its version is in the manifest). The target store then
answers exactly as the source does.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus.uploads import UPLOAD_PREFIX, is_upload
from ..errors import AssistantError
from ..records import Chunks, Sentence, SentenceRange, Statement
from .base import Backend, IndexContent, StoreReader
from .build import BuildReport, bm25_documents

#: Manifest keys that belong to one generation of one store, not to the index's content.
_STORE_KEYS = ("generation", "store", "dense_index", "pg_segments", "faiss_index", "segments", "format_version")


def content_from_store(store: StoreReader) -> IndexContent:
    """The whole index held by ``store`` as content a backend can write: no text is embedded."""
    chunks, statements, passage_rows = [], [], []
    for source, _ in store.readout_hashes():
        r = store.readout(source)
        rows = store.readout_rows(source)
        if r is None or rows is None:
            raise AssistantError(f"The index lost {source} while it was copied; try again.")
        spans = store.sentence_spans(rows.s_lo, rows.s_hi)
        sentences = tuple(Sentence(source, int(s), int(e), r.text[s:e]) for s, e in spans)
        passages = []
        for row in range(rows.p_lo, rows.p_hi):
            lo, hi = store.passage_sentence_rows(row)
            passages.append(SentenceRange(lo - rows.s_lo, hi - rows.s_lo))
            passage_rows.append(row)
        chunks.append(Chunks(r, sentences, tuple(passages)))
        kinds = store.statement_rows(rows.s_lo, rows.s_hi)
        statements.append(
            [
                Statement(source, int(s), int(e), r.text[s:e], kind, actor, cameo, vs, ve)
                for (s, e), (kind, actor, cameo, vs, ve) in zip(spans, kinds, strict=True)
            ]
        )
    dim = int(store.manifest["dimension"])
    titles = [store.title_vector(i) for i in range(store.n_readouts)]
    manifest: dict[str, Any] = {k: v for k, v in store.manifest.items() if k not in _STORE_KEYS}
    return IndexContent(
        chunks=chunks,
        sentence_vectors=store.sentence_vectors(0, store.n_sentences).astype(np.float32),
        title_vectors=np.stack(titles).astype(np.float32) if titles else np.zeros((0, dim), np.float32),
        passage_vectors=np.asarray(store.all_passage_vectors(), dtype=np.float32),
        bm25_docs=[doc for c in chunks for doc in bm25_documents(c)],
        meetings=list(store.meetings),
        statements=statements,
        manifest=manifest,
    )


def copy_index(source: Backend, target: Backend, *, wait: bool = True, on_wait=None) -> BuildReport:
    """Make the index in ``source`` the whole index in ``target`` (uploaded readouts' files too), without
    embedding anything. Returns a build report (its ``embedded_texts`` is 0)."""
    t0 = time.perf_counter()
    store = source.open()
    try:
        content = content_from_store(store)
        uploads = [s for s, _ in store.readout_hashes() if is_upload(s)]
    finally:
        store.close()
    with target.writer_lock(wait=wait, on_wait=on_wait):
        src_dir, dst_dir = source.uploads_dir(), target.uploads_dir()
        if src_dir is not None and dst_dir is not None:
            Path(dst_dir).mkdir(parents=True, exist_ok=True)
            for s in uploads:
                f = Path(src_dir) / s[len(UPLOAD_PREFIX) :]
                if f.is_file() and f.resolve() != (Path(dst_dir) / f.name).resolve():
                    shutil.copyfile(f, Path(dst_dir) / f.name)
        target.write(content)
    build = BuildReport(
        added=[c.readout.source for c in content.chunks],
        wrote=True,
        reused_vectors=len(content.sentence_vectors) + len(content.title_vectors),
    )
    build.seconds = time.perf_counter() - t0
    return build
