"""The index: atomic writes, incremental updates, self-description, no pickle."""

import json

import numpy as np
import pytest

from assistant import Assistant
from assistant.errors import IndexCorruptError, IndexMismatchError, IndexMissingError, IngestError
from tests.fakes import CountingEmbedder, HashEmbedder


def test_open_without_index_says_how_to_build(tmp_path):
    with pytest.raises(IndexMissingError, match="assistant index"):
        Assistant.open(tmp_path / "none")


def test_build_writes_a_self_describing_index_without_pickle(fake_assistant, fake_settings):
    gen = fake_assistant.store.path
    manifest = json.loads((gen / "manifest.json").read_text())
    assert manifest["model"] == "hash-64" and manifest["dimension"] == 64
    assert manifest["settings"]["chunk_words"] == fake_settings.chunk_words
    assert set(manifest["files"]) == {
        "germany-energy-meeting.html",
        "indonesia-maritime-meeting.txt",
        "mexico-migration-call.txt",
        "us-japan-foreign-ministers.txt",
        "us-kenya-call.md",
    }
    assert all(len(f["sha256"]) == 64 for f in manifest["files"].values())
    for f in gen.rglob("*"):
        assert f.suffix not in {".pkl", ".pickle"}
        if f.suffix == ".npy":
            np.load(f, allow_pickle=False)  # raises if anything was pickled
        if f.is_file():
            assert not f.read_bytes().startswith(b"\x80\x04"), f"{f} looks pickled"


def test_reopening_does_not_embed(fake_assistant, fake_settings):
    emb = CountingEmbedder()
    asst = Assistant.open(settings=fake_settings, embedder=emb)
    asst.retrieve("security cooperation")
    assert emb.embedded == []


def test_incremental_update_embeds_only_changed_files_and_drops_removed(fake_settings, seeds_copy):
    emb = CountingEmbedder()
    Assistant.build(seeds_copy, settings=fake_settings, embedder=emb)
    first = len(emb.embedded)
    assert first > 0
    emb.embedded.clear()
    again = Assistant.build(seeds_copy, settings=fake_settings, embedder=emb)
    assert emb.embedded == [] and not again.last_build.wrote

    (seeds_copy / "mexico-migration-call.txt").unlink()
    (seeds_copy / "new.txt").write_text("The envoys agreed to reopen the consulate in Port Louis. They met twice.")
    with open(seeds_copy / "us-kenya-call.md", "a") as fh:
        fh.write("\nThe two officials also agreed to a new exchange program for coffee farmers.\n")
    asst = Assistant.build(seeds_copy, settings=fake_settings, embedder=emb)
    b = asst.last_build
    assert b.added == ["new.txt"] and b.changed == ["us-kenya-call.md"] and b.removed == ["mexico-migration-call.txt"]
    # only sentences never seen before were embedded: the new file's and the appended one (+ new titles)
    assert set(emb.embedded) == {
        "The envoys agreed to reopen the consulate in Port Louis.",
        "They met twice.",
        "New",
        "The two officials also agreed to a new exchange program for coffee farmers.",
    }
    sources = {d["source"] for d in asst.readouts()}
    assert "mexico-migration-call.txt" not in sources and "new.txt" in sources
    ans = asst.ask("What did the envoys agree about the consulate in Port Louis?")
    assert ans.citations and ans.citations[0].source == "new.txt"


def test_a_crash_mid_build_leaves_the_old_index_intact(fake_settings, seeds_copy, monkeypatch):
    asst = Assistant.build(seeds_copy, settings=fake_settings)
    before = asst.ask("What did the ministers agree on sanctions?").to_dict()
    (seeds_copy / "extra.txt").write_text("The delegations agreed on fisheries quotas.")

    import assistant.index.store as store_mod

    def boom(*a, **k):
        raise OSError("disk full (simulated)")

    with monkeypatch.context() as m, pytest.raises(OSError):
        m.setattr(store_mod.BM25Index, "save", boom)
        Assistant.build(seeds_copy, settings=fake_settings)
    index_dir = fake_settings.index_dir
    assert not list(index_dir.glob(".tmp-*"))
    reopened = Assistant.open(settings=fake_settings)
    assert "extra.txt" not in {d["source"] for d in reopened.readouts()}
    after = reopened.ask("What did the ministers agree on sanctions?").to_dict()
    assert after["citations"] == before["citations"]


def test_settings_mismatch_is_a_clear_error(fake_assistant, fake_settings):
    other = fake_settings.model_copy(update={"chunk_words": 50})
    with pytest.raises(IndexMismatchError, match="chunk_words"):
        Assistant.open(settings=other)
    with pytest.raises(IndexMismatchError, match="model"):
        Assistant.open(settings=fake_settings, embedder=HashEmbedder(64, "hash-other"))


def test_changed_settings_rebuild_from_scratch(fake_settings, seeds_copy):
    Assistant.build(seeds_copy, settings=fake_settings)
    asst = Assistant.build(seeds_copy, settings=fake_settings.model_copy(update={"chunk_words": 40}))
    assert asst.last_build.rebuilt_reason and "chunk_words" in asst.last_build.rebuilt_reason
    assert asst.store.manifest["settings"]["chunk_words"] == 40


def test_damaged_index_is_reported_not_crashed(fake_assistant, fake_settings):
    (fake_assistant.store.path / "passages.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexCorruptError, match="Rebuild"):
        Assistant.open(settings=fake_settings)


def test_empty_corpus_is_an_error_that_lists_what_was_skipped(tmp_path, fake_settings):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "notes.docx").write_bytes(b"PK")
    with pytest.raises(IngestError, match="notes.docx: unsupported"):
        Assistant.build(tmp_path / "c", settings=fake_settings)


def test_add_keeps_existing_readouts(fake_assistant, tmp_path):
    up = tmp_path / "upload" / "fiji-call.txt"
    up.parent.mkdir()
    up.write_text("The Secretary spoke with the Prime Minister of Fiji about ocean warming and coral reefs.")
    report = fake_assistant.add([up])
    assert report.added == ["fiji-call.txt"]
    sources = {d["source"] for d in fake_assistant.readouts()}
    assert len(sources) == 6
    ans = fake_assistant.ask("What did the Secretary discuss with Fiji about coral reefs?")
    assert ans.citations and ans.citations[0].source == "fiji-call.txt"


def test_index_dir_survives_concurrent_reader_after_swap(fake_assistant, fake_settings, seeds_copy):
    reader = Assistant.open(settings=fake_settings)
    (seeds_copy / "more.txt").write_text("The ministers agreed to open a trade office in Accra.")
    Assistant.build(seeds_copy, settings=fake_settings)
    # the old reader keeps answering from the files it already opened
    assert reader.ask("What did the ministers agree on sanctions?").citations
