"""The PostgreSQL store against a real PostgreSQL 16 with pgvector (pgserver): builds, incremental updates,
answers and citations identical to the folder store's, generations and their garbage collection, the writer
lock, uploads kept in the database, copying a folder index without embedding, the CLI's --store."""

# ruff: noqa: F811  (the PostgreSQL fixtures are imported from tests/pg_support.py)
from __future__ import annotations

import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant import Assistant, IndexBusyError, IndexMissingError
from assistant.config import Settings
from tests.conftest import DATA, ROOT, SEEDS, SHARED_READOUTS
from tests.fakes import CountingEmbedder
from tests.pg_support import pg_schema, pg_settings, pg_url, scalar, tables_of  # noqa: F401

pytestmark = pytest.mark.postgres

SECURITY_Q = "What did the ministers agree on security?"
ZANZIBAR = (
    "Zanzibar Fisheries Talks\nDate: June 1, 2024\n\nThe delegations met in Stone Town. The delegations agreed "
    "to establish a joint patrol of the Zanzibar channel against illegal fishing.\n"
)
ZANZIBAR_Q = "What did the delegations agree about the Zanzibar channel?"
FIJI = "Fiji Oceans Call\nDate: July 2, 2024\n\nThe ministers agreed to fund coral reef monitoring around Fiji.\n"
FIJI_Q = "What did the ministers agree about coral reef monitoring?"


def folder_settings(tmp_path: Path, name: str = "folder-index") -> Settings:
    return Settings(model="hash-64", index_dir=tmp_path / name, corpus=SEEDS)


def answer_key(answer) -> tuple:
    """Everything an answer says, without timings and raw scores."""
    assert answer.text
    return (
        answer.text,
        answer.abstained,
        tuple(answer.missing),
        tuple((c.marker, c.source, c.start, c.end, c.quote, c.kind, c.actor) for c in answer.citations),
        tuple((p.source, p.start, p.end) for p in answer.passages),
    )


def _schema_table(schema: str, name: str) -> str:
    return f'"{schema}".{name}'


# --------------------------------------------------------------------------- build and answer


def test_build_answers_with_exact_citations_and_info_names_the_store(pg_settings, pg_url, pg_schema, seeds_copy):
    asst = Assistant.build(seeds_copy, settings=pg_settings)
    try:
        info = asst.info()
        assert info["store"].startswith("postgresql://") and f"schema {pg_schema}" in info["store"]
        assert info["readouts"] == 5 and info["passages"] > 5 and info["disk_bytes"] > 0
        assert sorted(asst.last_build.added) == sorted(p.name for p in seeds_copy.iterdir())
        answer = asst.ask(SECURITY_Q)
        assert answer.citations and not answer.abstained
        for c in answer.citations:
            assert asst.readout(c.source).text[c.start : c.end] == c.quote
            if c.source.endswith(".txt"):
                assert (seeds_copy / c.source).read_text(encoding="utf-8")[c.start : c.end] == c.quote
        assert answer.citations[0].source == "us-japan-foreign-ministers.txt"
        # one segment's four tables plus the fixed ones; nothing else
        assert {t for t in tables_of(pg_url, pg_schema) if re.match(r"seg\d+_", t)} == {
            f"seg{n}_{k}"
            for k in ("readouts", "sentences", "passages", "terms")
            for n in [scalar(pg_url, f"SELECT segments[1] FROM {_schema_table(pg_schema, 'generations')}")]
        }
        assert (
            scalar(
                pg_url,
                "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%hnsw%%'",
                [pg_schema],
            )
            == 0
        )  # small: exact search
    finally:
        asst.close()


def _parity_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "parity-corpus"
    shutil.copytree(SEEDS, corpus)
    for f in (DATA / "readouts").iterdir():
        shutil.copyfile(f, corpus / f.name)
    if SHARED_READOUTS.is_dir():  # the 70 real readouts, when the shared data is there
        for f in sorted(SHARED_READOUTS.iterdir())[:70]:
            shutil.copyfile(f, corpus / f.name)
    return corpus


def _parity_questions() -> list[str]:
    questions = [
        json.loads(line)["question"] for line in (DATA / "seed_eval.jsonl").read_text().splitlines() if line.strip()
    ]
    real = ROOT / "benchmarks" / "data" / "readout_questions.jsonl"
    if SHARED_READOUTS.is_dir() and real.exists():
        questions += [json.loads(line)["question"] for line in real.read_text().splitlines() if line.strip()][:60]
    return questions + [SECURITY_Q, "Who did the Secretary meet in Berlin?", "What was agreed about lithium?"]


def _assert_same_records(fs, ps) -> None:
    assert fs.readout_hashes() == ps.readout_hashes()
    assert (fs.n_readouts, fs.n_sentences, fs.n_passages) == (ps.n_readouts, ps.n_sentences, ps.n_passages)
    assert [m.to_dict() for m in fs.meetings] == [m.to_dict() for m in ps.meetings]
    assert fs.statement_rows(0, fs.n_sentences) == ps.statement_rows(0, ps.n_sentences)
    assert np.array_equal(fs.sentence_spans(0, fs.n_sentences), ps.sentence_spans(0, ps.n_sentences))
    assert np.array_equal(fs.sentence_vectors(0, fs.n_sentences), ps.sentence_vectors(0, ps.n_sentences))
    assert np.array_equal(fs.all_passage_vectors(), ps.all_passage_vectors())
    assert all(np.array_equal(fs.title_vector(i), ps.title_vector(i)) for i in range(fs.n_readouts))
    assert fs.readouts() == ps.readouts()
    assert [fs.passage_sentence_rows(i) for i in range(fs.n_passages)] == [
        ps.passage_sentence_rows(i) for i in range(ps.n_passages)
    ]


def _assert_same_search(fs, ps, embedder, question: str) -> None:
    from assistant.text.tokenize import tokenize

    tokens = tokenize(question)
    assert np.array_equal(fs.bm25.scores(tokens), ps.bm25_scores(tokens))  # bit for bit
    for got, want in zip(ps.lexical(tokens, 30), fs.lexical(tokens, 30), strict=True):
        assert np.array_equal(got, want)
    some = np.arange(0, fs.n_passages, 3, dtype=np.int64)
    for got, want in zip(ps.lexical(tokens, 10, some), fs.lexical(tokens, 10, some), strict=True):
        assert np.array_equal(got, want)
    for t in tokens:
        assert (ps.idf(t), ps.has_term(t), ps.has_prefix(t[:3])) == (fs.idf(t), fs.has_term(t), fs.has_prefix(t[:3]))
        assert np.array_equal(ps.rows_with_term(t[:4], prefix=True), fs.rows_with_term(t[:4], prefix=True))
    q = embedder.encode_query(question)
    for rows in (None, some):
        f_rows, f_scores = fs.dense(q, 30, rows)
        p_rows, p_scores = ps.dense(q, 30, rows)
        np.testing.assert_allclose(p_scores, f_scores, atol=1e-5)
        # the same ranking up to ties (scores that the two libraries' float sums may order differently)
        gaps = np.abs(np.diff(f_scores)) > 1e-5
        same = np.concatenate([[True], gaps]) & np.concatenate([gaps, [True]])
        assert np.array_equal(p_rows[same], f_rows[same])


def test_same_rankings_answers_and_citations_as_the_folder_store(tmp_path, pg_settings):
    corpus = _parity_corpus(tmp_path)
    folder = Assistant.build(corpus, settings=folder_settings(tmp_path))
    pg = Assistant.build(corpus, settings=pg_settings)
    try:
        fs, ps = folder.store, pg.store
        _assert_same_records(fs, ps)
        questions = _parity_questions()
        for q in questions:
            _assert_same_search(fs, ps, folder.embedder, q)
            assert answer_key(pg.ask(q)) == answer_key(folder.ask(q)), q
        follow = [
            {"role": "user", "content": SECURITY_Q},
            {"role": "assistant", "content": folder.ask(SECURITY_Q).text},
        ]
        assert answer_key(pg.ask("And on Ukraine?", history=follow)) == answer_key(
            folder.ask("And on Ukraine?", history=follow)
        )
        assert [m.to_dict() for m in pg.meetings()] == [m.to_dict() for m in folder.meetings()]
        assert [s.to_dict() for s in pg.statements(kind="agreed")] == [
            s.to_dict() for s in folder.statements(kind="agreed")
        ]
        filtered = {"country": "Japan"}
        assert answer_key(pg.ask(SECURITY_Q, filters=filtered)) == answer_key(folder.ask(SECURITY_Q, filters=filtered))
    finally:
        folder.close()
        pg.close()


@pytest.mark.integration
def test_same_answers_as_the_folder_store_with_the_real_model(tmp_path, pg_settings):
    settings = pg_settings.model_copy(update={"model": "all-MiniLM-L6-v2"})
    folder = Assistant.build(SEEDS, index_dir=tmp_path / "real-folder")
    pg = Assistant.build(SEEDS, settings=settings, embedder=folder.embedder)
    try:
        for q in _parity_questions():
            assert answer_key(pg.ask(q)) == answer_key(folder.ask(q)), q
    finally:
        folder.close()
        pg.close()


# --------------------------------------------------------------------------- updates


def test_incremental_update_embeds_only_what_changed(pg_settings, seeds_copy):
    emb = CountingEmbedder(64, "hash-64")
    Assistant.build(seeds_copy, settings=pg_settings, embedder=emb).close()
    assert emb.embedded
    emb.embedded.clear()
    again = Assistant.build(seeds_copy, settings=pg_settings, embedder=emb)
    assert emb.embedded == [] and not again.last_build.wrote
    again.close()

    (seeds_copy / "zanzibar-talks.txt").write_text(ZANZIBAR, encoding="utf-8")
    added = Assistant.build(seeds_copy, settings=pg_settings, embedder=emb)
    assert added.last_build.added == ["zanzibar-talks.txt"]
    assert emb.embedded and all(t in ZANZIBAR for t in emb.embedded)  # only the new readout's texts
    assert len(added.store.segments) == 2  # an append: the old segment plus one
    cites = added.ask(ZANZIBAR_Q).citations
    assert cites and cites[0].source == "zanzibar-talks.txt"
    added.close()

    emb.embedded.clear()
    kenya = seeds_copy / "us-kenya-call.md"
    new_sentence = "The Secretary and the President agreed to open a consulate in Mombasa."
    kenya.write_text(kenya.read_text(encoding="utf-8").rstrip() + "\n\n" + new_sentence + "\n", encoding="utf-8")
    (seeds_copy / "mexico-migration-call.txt").unlink()
    changed = Assistant.build(seeds_copy, settings=pg_settings, embedder=emb)
    b = changed.last_build
    assert (b.changed, b.removed) == (["us-kenya-call.md"], ["mexico-migration-call.txt"])
    assert new_sentence in emb.embedded and len(emb.embedded) <= 2  # the new sentence (and maybe a new title)
    assert len(changed.store.segments) == 1  # a full write: one segment again
    assert "mexico-migration-call.txt" not in {d["source"] for d in changed.readouts()}
    cites = changed.ask("Where will a consulate open?").citations
    assert cites and cites[0].quote == new_sentence
    changed.close()


def test_a_reader_keeps_its_generation_until_it_closes_then_it_is_dropped(pg_settings, pg_url, pg_schema, seeds_copy):
    from assistant.api import make_backend

    Assistant.build(seeds_copy, settings=pg_settings).close()
    backend = make_backend(pg_settings)
    held = backend.open()
    first = held.generation
    (seeds_copy / "mexico-migration-call.txt").unlink()
    Assistant.build(seeds_copy, settings=pg_settings).close()  # a full rewrite: a new segment
    gens = f"SELECT array_agg(name ORDER BY gen) FROM {_schema_table(pg_schema, 'generations')}"
    assert first in scalar(pg_url, gens)  # held, so kept
    assert held.n_readouts == 5 and held.passage(0).text and held.readout("mexico-migration-call.txt") is not None
    q = np.ones(64, np.float32) / 8
    assert len(held.dense(q, 5)[0]) == 5
    held.close()
    (seeds_copy / "zanzibar-talks.txt").write_text(ZANZIBAR, encoding="utf-8")
    latest = Assistant.build(seeds_copy, settings=pg_settings)
    names = scalar(pg_url, gens)
    assert first not in names and latest.store.generation in names
    live = set(latest.store.segments and [s.seg for s in latest.store.segments])
    segs = {int(t.split("_")[0][3:]) for t in tables_of(pg_url, pg_schema) if re.match(r"seg\d+_", t)}
    kept = {
        int(s)
        for s in scalar(
            pg_url, f"SELECT array_agg(s) FROM {_schema_table(pg_schema, 'generations')}, unnest(segments) s"
        )
    }
    assert live <= segs and segs == kept  # the unheld generation's segment went with it
    latest.close()


def test_questions_run_on_while_another_thread_adds_readouts(pg_settings, seeds_copy, tmp_path):
    asst = Assistant.build(seeds_copy, settings=pg_settings)
    errors, stop = [], threading.Event()

    def ask_loop():
        while not stop.is_set():
            try:
                assert asst.ask(SECURITY_Q).citations
            except Exception as exc:  # collected and reported below
                errors.append(exc)

    readers = [threading.Thread(target=ask_loop) for _ in range(2)]
    for t in readers:
        t.start()
    try:
        for i in range(3):
            f = tmp_path / "more" / f"talks-{i}.txt"
            f.parent.mkdir(exist_ok=True)
            f.write_text(ZANZIBAR.replace("Zanzibar", f"Zanzibar{i}"), encoding="utf-8")
            asst.add([f])
    finally:
        stop.set()
        for t in readers:
            t.join(30)
    assert errors == []
    assert asst.info()["readouts"] == 8
    asst.close()


def test_one_writer_at_a_time_with_a_message_naming_the_other(pg_settings):
    from assistant.api import make_backend

    first, second = make_backend(pg_settings), make_backend(pg_settings)
    messages, done = [], threading.Event()

    def wait_for_it():
        with second.writer_lock(on_wait=messages.append):
            done.set()

    with first.writer_lock():
        with pytest.raises(IndexBusyError, match=f"pid {os.getpid()}"):
            with second.writer_lock(wait=False):
                pass
        waiter = threading.Thread(target=wait_for_it)
        waiter.start()
        deadline = time.time() + 10
        while not messages and time.time() < deadline:
            time.sleep(0.02)
        assert messages and "waiting for it to finish" in messages[0] and f"pid {os.getpid()}" in messages[0]
        assert not done.is_set()
    waiter.join(10)
    assert done.is_set()


# --------------------------------------------------------------------------- uploads, copies, errors, CLI


def test_uploads_are_kept_in_the_database_for_every_server(pg_settings, pg_url, pg_schema, seeds_copy, tmp_path):
    uploads = _schema_table(pg_schema, "uploads")
    one = Assistant.build(seeds_copy, settings=pg_settings)
    other = Assistant.open(settings=pg_settings)  # another server on the same database
    f = tmp_path / "incoming" / "Fiji oceans call.txt"
    f.parent.mkdir()
    f.write_text(FIJI, encoding="utf-8")
    build, problems = one.upload([f])
    assert problems == [] and build.added == ["uploads/Fiji-oceans-call.txt"]
    assert (
        bytes(scalar(pg_url, f"SELECT data FROM {uploads} WHERE name = %s", ["Fiji-oceans-call.txt"])) == f.read_bytes()
    )
    cites = other.ask(FIJI_Q).citations
    assert cites and cites[0].source == "uploads/Fiji-oceans-call.txt"

    Assistant.build(seeds_copy, settings=pg_settings).close()  # re-indexing the corpus keeps uploads
    assert "uploads/Fiji-oceans-call.txt" in {d["source"] for d in other.readouts()}
    assert scalar(pg_url, f"SELECT count(*) FROM {uploads}") == 1

    f.write_text(FIJI.replace("coral reef monitoring", "coral reef restoration"), encoding="utf-8")
    build, _ = other.upload([f])  # the same name again, through the other server: an update, not a copy
    assert build.changed == ["uploads/Fiji-oceans-call.txt"]
    assert b"restoration" in bytes(scalar(pg_url, f"SELECT data FROM {uploads}"))
    assert "restoration" in one.ask("What did the ministers agree about coral reef restoration?").citations[0].quote

    one.remove(["mexico-migration-call.txt"])  # a full write by the server whose copy of the file is older
    assert b"restoration" in bytes(scalar(pg_url, f"SELECT data FROM {uploads}"))  # the newer bytes stay

    one.remove(["uploads/Fiji-oceans-call.txt"])
    assert scalar(pg_url, f"SELECT count(*) FROM {uploads}") == 0
    assert all(not d["uploaded"] for d in other.readouts())
    one.close()
    other.close()


def test_copy_a_folder_index_into_postgresql_without_embedding(
    tmp_path, pg_settings, pg_url, pg_schema, seeds_copy, monkeypatch
):
    import assistant.index.embed as embed
    from assistant import copy_index

    folder = Assistant.build(seeds_copy, settings=folder_settings(tmp_path))
    f = tmp_path / "fiji.txt"
    f.write_text(FIJI, encoding="utf-8")
    folder.upload([f])
    counting = CountingEmbedder(64, "hash-64")
    monkeypatch.setattr(embed, "make_embedder", lambda settings: counting)
    copied = copy_index(tmp_path / "folder-index", settings=pg_settings)
    try:
        assert counting.embedded == [] and copied.last_build.embedded_texts == 0
        assert copied.store.readout_hashes() == folder.store.readout_hashes()
        for q in _parity_questions()[:12] + [FIJI_Q]:
            assert answer_key(copied.ask(q)) == answer_key(folder.ask(q)), q
        assert counting.embedded == []
        assert bytes(scalar(pg_url, f"SELECT data FROM {_schema_table(pg_schema, 'uploads')}")) == f.read_bytes()
    finally:
        copied.close()
        folder.close()


def test_missing_index_and_unreachable_server_say_what_to_do(pg_settings):
    with pytest.raises(IndexMissingError, match="--store"):
        Assistant.open(settings=pg_settings)
    assert not Assistant.index_exists(store=pg_settings.store) or True
    bad = pg_settings.model_copy(update={"store": "postgresql://nobody@127.0.0.1:1/nothing"})
    with pytest.raises(IndexMissingError, match="Cannot connect to PostgreSQL at postgresql://127.0.0.1:1/nothing"):
        Assistant.open(settings=bad)


def test_cli_index_info_ask_and_copy_with_store(pg_url, pg_schema, seeds_copy, tmp_path, monkeypatch):
    from assistant.cli import app

    runner = CliRunner()
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    monkeypatch.setenv("ASSISTANT_PG_SCHEMA", pg_schema)
    r = runner.invoke(app, ["index", str(seeds_copy), "--store", pg_url, "-q"])
    assert r.exit_code == 0, r.output
    assert "indexed 5 readouts" in r.output and "postgresql://localhost/" in r.output
    r = runner.invoke(app, ["info", "--store", pg_url])
    assert r.exit_code == 0 and "store:      postgresql://localhost/" in r.output and "5 readouts" in r.output
    r = runner.invoke(app, ["ask", SECURITY_Q, "--store", pg_url, "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["citations"][0]["source"] == "us-japan-foreign-ministers.txt"
    monkeypatch.setenv("ASSISTANT_STORE", pg_url)  # the store as an environment variable
    r = runner.invoke(app, ["meetings", "--json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 5

    folder = tmp_path / "idx"
    assert (
        runner.invoke(
            app, ["index", str(DATA / "readouts"), "--index-dir", str(folder), "--store", str(folder), "-q"]
        ).exit_code
        == 0
    )
    r = runner.invoke(app, ["index", "--from-folder", str(folder), "--store", pg_url])
    assert r.exit_code == 0, r.output
    assert "0 texts embedded" in r.output and "indexed 3 readouts" in r.output


def test_large_segments_are_searched_through_hnsw_and_small_appends_exactly(
    tmp_path, pg_url, pg_schema, pg_settings, seeds_copy
):
    from assistant.index.pg import PgBackend
    from assistant.index.store import FolderBackend
    from assistant.index.transfer import copy_index

    corpus = _parity_corpus(tmp_path)
    folder = Assistant.build(corpus, settings=folder_settings(tmp_path))
    backend = PgBackend(pg_url, schema=pg_schema, hnsw_min=1)  # HNSW from the first passage on
    copy_index(FolderBackend(tmp_path / "folder-index"), backend)
    assert (
        scalar(
            pg_url, "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%hnsw%%'", [pg_schema]
        )
        == 1
    )
    asst = Assistant.open(settings=pg_settings)
    try:
        assert asst.info()["readouts"] == folder.info()["readouts"]
        f = tmp_path / "zanzibar-talks.txt"
        f.write_text(ZANZIBAR, encoding="utf-8")
        asst.add([f])  # an append: a second, small segment searched exactly beside the HNSW one
        assert len(asst.store.segments) == 2 and asst.store.manifest["dense_index"] == "hnsw"
        assert asst.ask(ZANZIBAR_Q).citations[0].source == "zanzibar-talks.txt"
        fs, ps = folder.store, asst.store
        found = total = 0
        for q in _parity_questions():
            v = folder.embedder.encode_query(q)
            exact = set(fs.dense(v, 10)[0].tolist())
            got, scores = ps.dense(v, 10)
            assert len(got) == 10 and np.all(np.diff(scores) <= 1e-6)  # best first
            found += len(exact & set(got.tolist()))
            total += len(exact)
            rows = np.arange(0, fs.n_passages, 2, dtype=np.int64)  # a restricted search stays exact
            assert set(ps.dense(v, 5, rows)[0].tolist()) == set(fs.dense(v, 5, rows)[0].tolist())
        assert found / total >= 0.9  # HNSW's recall of the exact top 10 (the zanzibar passage aside)
    finally:
        asst.close()
        folder.close()
        backend.close()
