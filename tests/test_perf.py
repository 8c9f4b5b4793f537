"""Performance machinery: the synthetic corpus, BM25 and FAISS fast paths, appends, and the benchmark itself.

No timing is asserted here: speed targets live in benchmarks/perf.py's output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from assistant.index import store as store_mod
from assistant.index.bm25 import BM25Index
from assistant.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

from tests.fakes import CountingEmbedder  # noqa: E402


# --------------------------------------------------------------------------- synthetic readouts
def test_synthetic_readouts_are_deterministic_and_readout_shaped(tmp_path):
    a, b = synth.generate(20, seed=3), synth.generate(20, seed=3)
    assert a == b
    assert synth.generate(20, seed=4) != a
    assert len({text for _, text in a}) == 20 and len({name for name, _ in a}) == 20
    for _name, text in a:
        title, date_line, blank, *_ = text.split("\n")
        assert date_line.startswith("Date: ") and blank == ""
        assert 190 <= len(text.split()) <= 430
    # written files ingest with their title and date, and the same seed writes the same bytes
    paths = synth.write_corpus(3, tmp_path / "c1", seed=3)
    again = synth.write_corpus(3, tmp_path / "c2", seed=3)
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    from assistant.corpus.ingest import ingest_paths

    report = ingest_paths([tmp_path / "c1"])
    assert len(report.readouts) == 3 and all(r.date for r in report.readouts)
    assert synth.questions(5, 20, seed=3) == synth.questions(5, 20, seed=3)


# --------------------------------------------------------------------------- BM25
def _bm25s_reference(docs):
    import bm25s

    model = bm25s.BM25()
    model.index([d or [""] for d in docs], show_progress=False)
    return BM25Index(model, np.zeros(0, np.uint16), np.zeros(0, np.int32))  # scores only: no term counts


def test_vectorised_bm25_and_appends_score_exactly_like_bm25s(tmp_path):
    docs = [tokenize(text) for _, text in synth.generate(60, seed=1)] + [[]]
    reference = _bm25s_reference(docs)
    built = BM25Index.build(docs[:40])
    built.save(tmp_path / "a")
    appended = BM25Index.load(tmp_path / "a").appended(docs[40:])
    appended.save(tmp_path / "b")
    reloaded = BM25Index.load(tmp_path / "b")
    for query in (["trade", "norvania"], tokenize("maritime security cooperation"), ["kalindra"]):
        want, got = reference.scores(query), reloaded.scores(query)
        assert np.allclose(want, got, atol=1e-5)
        assert list(reference.top(query, 5)[0]) == list(reloaded.top(query, 5)[0])
    assert reference.idf("trade") == pytest.approx(reloaded.idf("trade"))
    # what we write is an ordinary bm25s index
    import bm25s

    theirs = bm25s.BM25.load(str(tmp_path / "b"), allow_pickle=False, show_progress=False)
    assert np.allclose(
        theirs.get_scores(["trade", "trade", "norvania"]), reloaded.scores(["trade", "trade", "norvania"]), atol=1e-5
    )


# --------------------------------------------------------------------------- FAISS index type by size
def test_faiss_index_type_follows_size_and_hnsw_recall_is_high(tmp_path):
    import faiss

    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((3000, 32)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    assert store_mod._write_faiss(tmp_path / "flat.faiss", vecs[:100], hnsw_min=1000) == "flat"
    assert store_mod._write_faiss(tmp_path / "hnsw.faiss", vecs, hnsw_min=1000) == "hnsw"
    flat = faiss.read_index(str(tmp_path / "flat.faiss"))
    hnsw = faiss.read_index(str(tmp_path / "hnsw.faiss"))
    assert isinstance(flat, faiss.IndexFlatIP) and isinstance(hnsw, faiss.IndexHNSWFlat)
    hnsw.hnsw.efSearch = store_mod.HNSW_EF_SEARCH
    queries = rng.standard_normal((50, 32)).astype(np.float32)
    exact = np.argsort(-(queries @ vecs.T), axis=1)[:, :10]
    _, approx = hnsw.search(queries, 10)
    recall = np.mean([len(set(e) & set(a)) / 10 for e, a in zip(exact, approx)])
    assert recall >= 0.95


def test_large_index_uses_hnsw_end_to_end(fake_settings, seeds_copy, monkeypatch, tmp_path):
    monkeypatch.setattr(store_mod, "HNSW_MIN_VECTORS", 5)
    asst = Assistant.build(seeds_copy, settings=fake_settings)
    assert asst.info()["faiss_index"] == "hnsw"
    assert asst.retrieve("energy security", k=3)
    extra = tmp_path / "extra.txt"
    extra.write_text(synth.readout(0, seed=9)[1], encoding="utf-8")
    asst.add([extra])
    assert asst.info()["faiss_index"] == "hnsw"
    assert asst.ask("What did the officials agree on trade?").passages


# --------------------------------------------------------------------------- appends
def _by_span(asst, question):
    qvec = asst.embedder.encode_query(question)
    rows, scores = asst.store.dense(qvec, asst.store.n_passages)
    dense = {
        (asst.store.passage(int(r)).source, asst.store.passage(int(r)).start): round(float(s), 5)
        for r, s in zip(rows, scores)
    }
    lexical = asst.store.bm25.scores(tokenize(question))  # the folder store's BM25, all scores
    lex = {
        (asst.store.passage(i).source, asst.store.passage(i).start): round(float(v), 4) for i, v in enumerate(lexical)
    }
    return dense, lex


def test_append_matches_a_full_rebuild(tmp_path):
    corpus = tmp_path / "corpus"
    synth.write_corpus(12, corpus, seed=5)
    new = synth.write_corpus(2, tmp_path / "new", seed=5, start=12)
    settings = dict(model="hash-64")
    asst = Assistant.build(corpus, index_dir=tmp_path / "idx", **settings)
    report = asst.add(new)
    assert report.added == [p.name for p in new] and report.wrote
    manifest = json.loads((asst.store.path / "manifest.json").read_text())
    assert manifest["segments"]["sentences"] == ["sentences.npy", "sentences-1.npy"]
    assert manifest["counts"]["readouts"] == 14 and manifest["embed_backend"] == "hash"
    # the appended generation links, not copies, the old vectors; nothing is pickled
    assert (asst.store.path / "sentences.npy").stat().st_nlink >= 1
    for f in asst.store.path.rglob("*.npy"):
        np.load(f, allow_pickle=False)

    for p in new:
        (corpus / p.name).write_bytes(p.read_bytes())
    full = Assistant.build(corpus, index_dir=tmp_path / "full", **settings)
    for q in ("What did the officials agree on trade?", "maritime security in the Opal Sea"):
        (d1, l1), (d2, l2) = _by_span(asst, q), _by_span(full, q)
        assert d1.keys() == d2.keys() and l1.keys() == l2.keys()
        assert all(abs(d1[k] - d2[k]) < 1e-4 for k in d1) and all(abs(l1[k] - l2[k]) < 1e-3 for k in l1)
    reopened = Assistant.open(tmp_path / "idx", **settings)
    assert reopened.store.n_readouts == 14
    ans = reopened.ask("What did the officials agree on trade?")
    assert ans.citations
    for c in ans.citations:
        assert reopened.readout(c.source).text[c.start : c.end] == c.quote


def test_many_appends_are_compacted_by_a_full_rewrite(tmp_path, monkeypatch):
    monkeypatch.setattr(store_mod, "MAX_SEGMENTS", 3)
    synth.write_corpus(4, tmp_path / "corpus", seed=6)
    asst = Assistant.build(tmp_path / "corpus", index_dir=tmp_path / "idx", model="hash-64")
    for i in range(4):
        asst.add(synth.write_corpus(1, tmp_path / f"n{i}", seed=6, start=10 + i))
    segments = asst.store.manifest["segments"]["sentences"]
    assert len(segments) <= 3 and asst.store.n_readouts == 8
    assert len(asst.store.sentence_vectors(0, asst.store.n_sentences + 10)) == asst.store.n_sentences


def test_embedding_cache_finds_known_text_by_hash_without_reading_readouts(tmp_path):
    synth.write_corpus(3, tmp_path / "corpus", seed=7)
    emb = CountingEmbedder()
    asst = Assistant.build(tmp_path / "corpus", index_dir=tmp_path / "idx", model="hash-64", embedder=emb)
    # the same text under a new name: every sentence and the title are already in the index
    copy = tmp_path / "copy" / "same-text.txt"
    copy.parent.mkdir()
    copy.write_bytes(next((tmp_path / "corpus").glob("*.txt")).read_bytes())
    emb.embedded.clear()
    report = asst.add([copy])
    assert emb.embedded == [] and report.embedded_texts == 0 and report.reused_vectors > 0
    texts = [s.text for p in asst.retrieve("trade", k=1) for s in p.sentences]
    assert set(asst.store.known_vectors(texts)) == set(range(len(texts)))


# --------------------------------------------------------------------------- the benchmark, at tiny N
def test_perf_benchmark_runs_end_to_end_with_the_fake_embedder(tmp_path):
    out = tmp_path / "perf.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "perf.py"),
            "--sizes",
            "8",
            "--model",
            "hash-64",
            "--questions",
            "6",
            "--repeat",
            "1",
            "--backends",
            "onnx",
            "--no-quality",
            "--quiet",
            "--workdir",
            str(tmp_path / "work"),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text())
    ours, theirs = result["by_size"]["8"]["ours[onnx]"], result["by_size"]["8"]["langchain"]
    for key in (
        "build_s",
        "disk_bytes",
        "build_peak_rss_mb",
        "open_s",
        "query_p50_ms",
        "query_p95_ms",
        "serve_peak_rss_mb",
        "add_one_s",
        "cold_ask_s",
    ):
        assert ours[key] > 0, key
    assert ours["readouts_after_add"] == 9 and ours["dense_recall@30"] == 1.0
    assert theirs["build_s"] > 0 and theirs["query_p50_ms"] >= 0
    assert result["startup"]["assistant_help_s"] > 0
    assert "| query p50 ms |" in proc.stdout and "ours[onnx] / langchain" in proc.stdout
