import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from assistant.qa.retrieve import rrf_fuse


def brute_rrf(rankings, k):
    docs = {d for r in rankings for d in r}
    scores = {d: sum(1.0 / (k + r.index(d) + 1) for r in rankings if d in r) for d in docs}
    return scores


@given(st.lists(st.lists(st.integers(0, 30), unique=True, max_size=15), min_size=1, max_size=3), st.integers(1, 100))
def test_rrf_matches_the_definition(rankings, k):
    fused = rrf_fuse(rankings, k)
    oracle = brute_rrf(rankings, k)
    assert {d for d, _ in fused} == set(oracle)
    for d, s in fused:
        assert abs(s - oracle[d]) < 1e-12
    assert [s for _, s in fused] == sorted((s for _, s in fused), reverse=True)


def test_dense_search_matches_brute_force(fake_assistant):
    store = fake_assistant.store
    vecs = store.all_passage_vectors()
    rng = np.random.default_rng(0)
    for _ in range(20):
        q = rng.standard_normal(vecs.shape[1]).astype(np.float32)
        q /= np.linalg.norm(q)
        rows, scores = store.dense(q, 5)
        oracle = np.argsort(-(vecs @ q), kind="stable")[:5]
        assert np.allclose(scores, (vecs @ q)[oracle], atol=1e-5)
        assert set(rows.tolist()) == set(oracle.tolist()) or np.allclose(np.sort(scores), np.sort((vecs @ q)[oracle]))


def test_bm25_finds_rare_terms(fake_assistant):
    passages = fake_assistant.retrieve("fentanyl precursor chemicals", k=3)
    assert passages[0].source == "mexico-migration-call.txt"


def test_retrieved_passages_are_exact_spans(fake_assistant):
    for p in fake_assistant.retrieve("energy security and Ukraine", k=8):
        r = fake_assistant.readout(p.source)
        assert r.text[p.start : p.end] == p.text
        for s in p.sentences:
            assert r.text[s.start : s.end] == s.text


def test_langchain_retriever(fake_assistant):
    from langchain_core.retrievers import BaseRetriever

    retriever = fake_assistant.as_retriever(k=2)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("coast guard training on illegal fishing")
    assert len(docs) == 2
    assert docs[0].metadata["source"] == "indonesia-maritime-meeting.txt"
    r = fake_assistant.readout(docs[0].metadata["source"])
    assert r.text[docs[0].metadata["start"] : docs[0].metadata["end"]] == docs[0].page_content
