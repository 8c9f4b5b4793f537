"""Issue 12, the bad-input probes (items 5, 6, 8, 9, 10, 11, 12, 13), each as it was found: a FIFO, links and
an oversize file given to `assistant index`; a damaged index (manifest of the wrong shape, FAISS of the wrong
dimension, BM25 arrays out of range, paths out of the index folder) reported on open as damaged with the
command that rebuilds it; `assistant info | head -1`; ask() of a non-string; eval of a binary test set and of
an over-long question; crash leftovers cleaned by the next `assistant index`. Real processes where the bug
needs one (a FIFO can hang a process; a closed pipe is a property of a process's stdout)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant import Assistant
from assistant.cli import app
from assistant.config import Settings
from assistant.errors import IndexCorruptError
from assistant.index import generations as gens
from tests.procs import argv, child_env, generations, leftovers, write_readouts

runner = CliRunner()


def run_cli(*args, timeout: float = 60, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        argv("cli", *args), capture_output=True, text=True, env=env or child_env(), timeout=timeout, **kwargs
    )


# =========================================================================== items 5, 6: what `assistant index` reads


def test_a_fifo_given_to_index_returns_at_once_with_a_message(tmp_path):
    fifo = tmp_path / "readout.txt"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    done = run_cli("index", fifo, "--index-dir", tmp_path / "index", "-q", timeout=30)
    assert time.monotonic() - t0 < 20
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: No readouts found"), done.stderr
    assert "readout.txt: not a regular file (a FIFO)" in done.stderr
    assert not (tmp_path / "index" / gens.POINTER).exists()


def test_links_fifos_and_oversize_files_in_a_folder_are_listed_as_skipped(tmp_path, seeds_copy):
    os.mkfifo(seeds_copy / "pipe.txt")
    (seeds_copy / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (seeds_copy / "loop.txt").symlink_to(seeds_copy / "loop.txt")
    (seeds_copy / "folder-link").symlink_to(tmp_path)
    with open(seeds_copy / "huge.txt", "wb") as f:  # 2.1 MB on paper, nothing on disk: never read
        f.truncate(2_100_000)
    done = run_cli("index", seeds_copy, "--index-dir", tmp_path / "index", "-q", timeout=30)
    assert done.returncode == 0, done.stderr
    skipped = sorted(line for line in done.stderr.splitlines() if line.startswith("skipped "))
    assert skipped == [
        "skipped dangling.txt: broken symbolic link (its target does not exist)",
        "skipped folder-link: symbolic link to a folder (not followed)",
        "skipped huge.txt: too large (2.1 MB; the limit is 2 MB per readout, set by ASSISTANT_MAX_READOUT_MB)",
        "skipped loop.txt: symbolic link loop",
        "skipped pipe.txt: not a regular file (a FIFO)",
    ], done.stderr
    assert "indexed 5 readouts" in done.stderr


def test_the_readout_size_limit_follows_its_setting(tmp_path, seeds_copy):
    (seeds_copy / "long.txt").write_text("The delegations agreed to meet again. " * 400)  # about 15 kB
    done = run_cli(
        "index",
        seeds_copy,
        "--index-dir",
        tmp_path / "index",
        "-q",
        timeout=30,
        env=child_env(ASSISTANT_MAX_READOUT_MB="0.01"),
    )
    assert done.returncode == 0, done.stderr
    assert (
        "skipped long.txt: too large (0.0 MB; the limit is 0.01 MB per readout, set by ASSISTANT_MAX_READOUT_MB)"
        in done.stderr
    )


# =========================================================================== items 8, 11: a damaged index


def _manifest(gen: Path) -> dict:
    return json.loads((gen / "manifest.json").read_text())


def _set_manifest(gen: Path, **changes) -> None:
    (gen / "manifest.json").write_text(json.dumps({**_manifest(gen), **changes}))


def _faiss_of_dimension(gen: Path, dim: int) -> None:
    import faiss

    n = faiss.read_index(str(gen / "passages.faiss")).ntotal
    index = faiss.IndexFlatIP(dim)
    index.add(np.random.default_rng(0).standard_normal((n, dim)).astype(np.float32))
    faiss.write_index(index, str(gen / "passages.faiss"))


def _bm25_out_of_range(gen: Path) -> None:
    path = gen / "bm25" / "indices.csc.index.npy"
    np.save(path, np.load(path) + 10_000, allow_pickle=False)


def _outside_generation(gen: Path) -> None:
    """CURRENT names a generation that is a link to a copy outside the index folder."""
    outside = gen.parent.parent / "elsewhere"
    shutil.copytree(gen, outside)
    (gen.parent / "gen-linked").symlink_to(outside)
    (gen.parent / gens.POINTER).write_text("gen-linked\n")


def _link_file_outside(gen: Path, name: str) -> None:
    outside = gen.parent.parent / f"elsewhere-{name}"
    shutil.move(gen / name, outside)
    (gen / name).symlink_to(outside)


DAMAGE = {
    "manifest is a list": (lambda g: (g / "manifest.json").write_text("[1, 2, 3]"), "manifest is a JSON list"),
    "manifest is not JSON": (lambda g: (g / "manifest.json").write_text("{"), "its manifest is unreadable"),
    "dimension is text": (lambda g: _set_manifest(g, dimension="64"), "has no valid 'dimension'"),
    "counts missing": (lambda g: _set_manifest(g, counts=[]), "has no valid 'counts'"),
    "FAISS of another dimension": (lambda g: _faiss_of_dimension(g, 32), "not of the manifest's dimension 64"),
    "BM25 indices out of range": (_bm25_out_of_range, "the BM25 arrays do not match the passages"),
    "BM25 vocabulary a list": (lambda g: (g / "bm25" / "vocab.index.json").write_text("[]"), "damaged"),
    "sentence vectors cut short": (
        lambda g: np.save(g / "sentences.npy", np.zeros((2, 64), np.float16)),
        "sentence counts differ",
    ),
    "segment path climbs out": (
        lambda g: _set_manifest(g, segments={"sentences": ["../../elsewhere.npy"]}),
        "names files outside its folder",
    ),
    "segment path absolute": (
        lambda g: _set_manifest(g, segments={"sentences": ["/etc/passwd"]}),
        "names files outside its folder",
    ),
    "CURRENT climbs out": (
        lambda g: (g.parent / gens.POINTER).write_text("gen-x/../../elsewhere\n"),
        "is not a generation of this index",
    ),
    "CURRENT absolute": (lambda g: (g.parent / gens.POINTER).write_text(f"{g}\n"), "is not a generation of this"),
    "CURRENT not UTF-8": (lambda g: (g.parent / gens.POINTER).write_bytes(b"\xff\xfe"), "CURRENT file is unreadable"),
    "generation links outside": (_outside_generation, "gen-linked is a symbolic link"),
    "a file links outside": (lambda g: _link_file_outside(g, "records.sqlite"), "records.sqlite is a symbolic link"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_index_is_reported_on_open_with_the_command_that_rebuilds_it(
    damage, fake_assistant, fake_settings, monkeypatch
):
    damage_it, expected = DAMAGE[damage]
    gen = fake_assistant.store.path
    fake_assistant.close()
    damage_it(gen)
    with pytest.raises(IndexCorruptError) as err:
        Assistant.open(settings=fake_settings)
    message = str(err.value)
    assert f"The index in {fake_settings.index_dir}/ is damaged" in message and expected in message, message
    assert "Rebuild it with: assistant index " in message and f"--index-dir {fake_settings.index_dir}" in message
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    r = runner.invoke(
        app, ["ask", "What did the ministers agree on security?", "--index-dir", str(fake_settings.index_dir)]
    )
    assert r.exit_code == 1 and r.stderr.startswith("error: The index in ") and r.stderr.count("\n") == 1, r.stderr
    assert "unexpected" not in r.stderr


# =========================================================================== item 9: a closed pipe


@pytest.fixture
def index_of_nine(tmp_path, seeds_copy) -> Path:
    write_readouts(
        seeds_copy, ["andes-water-meeting.txt", "baltic-grid-call.txt", "fiji-oceans-call.txt", "zanzibar-talks.txt"]
    )
    index_dir = tmp_path / "index"
    Assistant.build(seeds_copy, settings=Settings(model="hash-64", index_dir=index_dir)).close()
    return index_dir


def test_info_into_a_closed_pipe_exits_0_and_says_nothing(index_of_nine):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        done = subprocess.run(
            argv("cli", "info", "--index-dir", index_of_nine),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


def test_info_piped_to_head_exits_0_and_says_nothing(index_of_nine):
    command = f'{" ".join(argv("cli", "info", "--index-dir", index_of_nine))} | head -1; echo "rc=${{PIPESTATUS[0]}}"'
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=child_env(), timeout=60)
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and lines[0].strip() and lines[-1] == "rc=0", done.stdout
    assert done.stderr == ""


# =========================================================================== item 10: questions that are not text


@pytest.mark.parametrize("question", [123, b"What did they agree?", None, ["What?"]])
def test_a_question_that_is_not_a_str_is_a_type_error_naming_its_type(fake_assistant, question):
    kind = type(question).__name__
    with pytest.raises(TypeError, match=f"The question must be a str, not {kind}"):
        fake_assistant.ask(question)
    with pytest.raises(TypeError, match=f"not {kind}"):
        next(iter(fake_assistant.stream(question)))
    with pytest.raises(TypeError, match=f"not {kind}"):
        fake_assistant.retrieve(question)


# =========================================================================== item 12: eval's test set


def test_eval_of_a_binary_test_set_names_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "set.jsonl"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8")
    r = runner.invoke(app, ["eval", str(bad), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"error: {bad} is not a text file") and "unexpected" not in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


def test_eval_with_an_over_long_question_names_its_line_before_indexing(tmp_path, monkeypatch, seeds_copy):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_MODEL", "hash-64")
    testset = tmp_path / "set.jsonl"
    testset.write_text(
        json.dumps({"question": "What did the ministers agree on security?"})
        + "\n"
        + json.dumps({"question": "Why? " * 500})
        + "\n"
    )
    r = runner.invoke(app, ["eval", str(testset), "--corpus", str(seeds_copy), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert f"{testset}:2: question is 2,499 characters; the limit is 2,000" in r.stderr, r.stderr
    assert "unexpected" not in r.stderr and ":1:" not in r.stderr
    assert not (tmp_path / "out").exists()  # refused before anything was indexed or asked


# =========================================================================== item 13: crash leftovers


def test_the_next_index_removes_every_crash_leftover_even_with_nothing_to_update(
    fake_assistant, fake_settings, seeds_copy
):
    index_dir = Path(fake_settings.index_dir)
    live = gens.read_pointer(index_dir)
    fake_assistant.close()
    (index_dir / ".tmp-CURRENT-1a2b3c4d").write_text("gen-never\n")  # a kill between writing and switching
    half = index_dir / ".tmp-gen-20240101T000000-deadbeef"  # a kill while writing a generation
    (half / "bm25").mkdir(parents=True)
    (half / "records.sqlite").write_bytes(b"partial")
    orphan = index_dir / "gen-20240101T000000-cafebabe"  # renamed into place, never switched to
    shutil.copytree(index_dir / live, orphan)
    done = run_cli("index", seeds_copy, "--index-dir", index_dir, "-q")
    assert done.returncode == 0, done.stderr
    assert "0 added, 0 changed, 0 removed, 5 unchanged" in done.stderr
    assert leftovers(index_dir) == [] and generations(index_dir) == [live]
