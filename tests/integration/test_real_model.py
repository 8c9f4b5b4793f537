"""End to end with the real bundled all-MiniLM-L6-v2 (no fakes, no network)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, SEEDS, SHARED_READOUTS

pytestmark = pytest.mark.integration

SEED_QUESTION = "What did the ministers agree on security?"


def test_seed_question_quotes_the_security_sentence(real_assistant):
    ans = real_assistant.ask(SEED_QUESTION)
    assert not ans.abstained
    first = ans.citations[0]
    assert first.source == "us-japan-foreign-ministers.txt"
    assert "concrete security cooperation" in first.quote and first.quote.endswith("Japan-U.S. Alliance.")
    text = (SEEDS / first.source).read_text(encoding="utf-8")
    assert text[first.start : first.end] == first.quote
    assert "[1]" in ans.text


def test_real_model_embeds_offline(real_assistant):
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert real_assistant.embedder.dimension == 384


@pytest.mark.parametrize(
    "question",
    [
        "What did the ministers say about the Mars landing program?",
        "What did the President of Brazil agree with the Secretary?",
        "What was decided about the Olympic Games?",
    ],
)
def test_unanswerable_questions_abstain(real_assistant, question):
    ans = real_assistant.ask(question)
    assert ans.abstained, ans.text
    assert ans.text.startswith("The readouts don't say") and not ans.citations


@pytest.mark.parametrize(
    "question,source,needle",
    [
        (
            "How much will the United States give in logistical support for the Haiti mission?",
            "us-kenya-call.md",
            "$200 million",
        ),
        ("Who will lead the technical team to Washington?", "mexico-migration-call.txt", "Ms. Rivera"),
        ("What will the coast guard training program cover?", "indonesia-maritime-meeting.txt", "fishing"),
        ("What did the ministers agree about sanctions enforcement?", "germany-energy-meeting.html", "sanctions"),
    ],
)
def test_seed_questions_cite_the_answering_sentence(real_assistant, question, source, needle):
    ans = real_assistant.ask(question)
    assert not ans.abstained, ans.text
    assert any(c.source == source and needle in c.quote for c in ans.citations), ans.to_dict()["citations"]


@pytest.fixture(scope="module")
def test_readouts_assistant(tmp_path_factory):
    from assistant import Assistant

    return Assistant.build(DATA / "readouts", index_dir=tmp_path_factory.mktemp("data-index"))


@pytest.mark.parametrize(
    "question,source,needle",
    [
        ("What did the envoy and Fiji agree to fund?", "fiji-oceans-call.txt", "reef monitoring station"),
        ("How many technicians does Chile want to train?", "chile-lithium-meeting.md", "3,000"),
        (
            "How many cutters will the United States send to the Arctic exercise?",
            "norway-arctic-meeting.html",
            "two cutters",
        ),
        ("What was agreed on water use data?", "chile-lithium-meeting.md", "water use data"),
    ],
)
def test_written_readouts_in_three_formats(test_readouts_assistant, question, source, needle):
    ans = test_readouts_assistant.ask(question)
    assert not ans.abstained, ans.text
    c = ans.citations[0]
    assert c.source == source and needle in c.quote
    assert test_readouts_assistant.readout(source).text[c.start : c.end] == c.quote


def test_follow_up_uses_history(test_readouts_assistant):
    history = [
        {"role": "user", "content": "How many technicians does Chile want to train?"},
        {"role": "assistant", "content": "..."},
    ]
    ans = test_readouts_assistant.ask("By when?", history=history)
    assert ans.standalone_question and "Chile" in ans.standalone_question
    assert ans.citations and "2027" in ans.citations[0].quote


def test_cli_first_run_builds_then_answers(tmp_path):
    """The README's main path, as a user runs it: a fresh folder with seeds/, then `assistant ask`."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    exe = Path(sys.executable).parent / "assistant"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    out = subprocess.run(
        [str(exe), "ask", SEED_QUESTION], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stderr
    assert "building it from seeds" in out.stderr and "embedding" in out.stderr
    assert "[1] us-japan-foreign-ministers.txt (chars" in out.stdout
    assert "deterrent and response capabilities" in out.stdout
    again = subprocess.run(
        [str(exe), "ask", SEED_QUESTION, "--json"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert again.returncode == 0 and "building" not in again.stderr
    assert json.loads(again.stdout)["citations"][0]["source"] == "us-japan-foreign-ministers.txt"


@pytest.mark.skipif(not SHARED_READOUTS.is_dir(), reason="../shared/corpus/readouts is not present")
def test_shared_readouts_citations_are_exact(tmp_path):
    from assistant import Assistant

    asst = Assistant.build(SHARED_READOUTS, index_dir=tmp_path / "idx")
    assert asst.store.n_readouts == 70
    cited = 0
    for q in [
        "What did the leaders say about the Quad?",
        "What did Blinken discuss with the Egyptian president?",
        "What was said about the Grand Ethiopian Renaissance Dam?",
        "Did anyone talk about the Senkaku Islands?",
    ]:
        ans = asst.ask(q)
        assert ans.citations or ans.abstained, q
        cited += len(ans.citations)
        for c in ans.citations:
            assert (SHARED_READOUTS / c.source).read_text(encoding="utf-8")[c.start : c.end] == c.quote
    assert cited >= 3, "these questions are about the shared readouts, so citations were checked"


@pytest.mark.parametrize(
    "question,source,needle,read_as",
    [
        (
            "how much will the united states give in logistical support for the haiti mission?",
            "us-kenya-call.md",
            "$200 million",
            "United States",
        ),
        (
            "what did the ministers agree about sanctions enforcement with germany?",
            "germany-energy-meeting.html",
            "sanctions",
            "Germany",
        ),
    ],
)
def test_questions_typed_in_lower_case_are_answered_as_cased(real_assistant, question, source, needle, read_as):
    ans = real_assistant.ask(question)
    assert not ans.abstained, ans.text
    assert ans.question == question  # shown as typed, read with the capitals
    assert read_as in (ans.standalone_question or ""), ans.standalone_question
    assert any(c.source == source and needle in c.quote for c in ans.citations), ans.to_dict()["citations"]


@pytest.mark.parametrize(
    "plain",
    [
        "How much will the United States give in logistical support for the Haiti mission?",
        "What did the ministers agree about sanctions enforcement with Germany?",
        "What did the ministers agree about Mars exploration?",  # the readouts don't say: abstains both ways
    ],
)
def test_a_question_wrapped_in_greetings_and_thanks_is_answered_as_asked(real_assistant, plain):
    framed = f"Hi there!\n\nQuick question: {plain[0].lower() + plain[1:]} Thanks in advance, please cite the readout."
    asked, wrapped = real_assistant.ask(plain), real_assistant.ask(framed)
    assert wrapped.abstained == asked.abstained, wrapped.text
    assert [(c.source, c.start) for c in wrapped.citations] == [(c.source, c.start) for c in asked.citations]
    assert wrapped.question == framed and wrapped.standalone_question == plain
    assert wrapped.missing == asked.missing


@pytest.mark.parametrize(
    "typed,plain",
    [
        (
            "What did the United States and Mexcio agree on migration?",
            "What did the United States and Mexico agree on migration?",
        ),
        (
            "How much will the Untied States give in logistical support for the Haiti mission?",
            "How much will the United States give in logistical support for the Haiti mission?",
        ),
    ],
)
def test_a_name_typed_with_two_letters_swapped_is_answered_as_spelt(real_assistant, typed, plain):
    misspelt, spelt = real_assistant.ask(typed), real_assistant.ask(plain)
    assert not spelt.abstained and misspelt.abstained == spelt.abstained, misspelt.text
    assert [(c.source, c.start) for c in misspelt.citations] == [(c.source, c.start) for c in spelt.citations]
    assert misspelt.question == typed and misspelt.standalone_question == plain
