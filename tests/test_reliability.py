"""Issue 12, items 1 and 2, with real processes (children in tests/procs.py, the fake embedder in each).

Two writers: one paused inside its update while a second `assistant index` waits for it (naming it), a
third with --no-wait refuses, and the second then builds on the first's update; two `assistant index` runs
racing at random leave exactly one whole corpus. Readers: a process opening the index in a loop while
another rewrites it never fails and always sees a whole corpus; `assistant ask` next to a seeds/ folder never
builds over an index it could not open. And the writer's end-of-update tidy: superseded generations go once
nobody holds them, not one update later.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.index import generations as gens
from tests.conftest import SEEDS
from tests.procs import EXTRA_READOUTS, argv, child_env, generations, leftovers, wait_until, write_readouts

SEED_NAMES = sorted(p.name for p in SEEDS.iterdir())
SECURITY_Q = "What did the ministers agree on security?"
ZANZIBAR_Q = "What did the delegations agree about the Zanzibar channel?"


def settings(index_dir: Path) -> Settings:
    return Settings(model="hash-64", index_dir=index_dir)


def indexed(index_dir: Path) -> list[str]:
    """The sources of the index's live generation (opened afresh)."""
    asst = Assistant.open(index_dir, settings=settings(index_dir))
    try:
        return sorted(s for s, _ in asst.store.readout_hashes())
    finally:
        asst.close()


def run_cli(*args, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        argv("cli", *args), capture_output=True, text=True, env=child_env(), timeout=timeout, **kwargs
    )


class Lines:
    """Read a child's stream line by line in a thread, so the test can wait for one line."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def having(self, text: str) -> list[str]:
        return [line for line in self.lines if text in line]

    def join(self) -> list[str]:
        self._thread.join(timeout=30)
        return self.lines


# =========================================================================== item 1: two writers


def test_a_second_writer_waits_for_a_paused_one_and_then_builds_on_its_update(tmp_path, seeds_copy):
    index_dir = tmp_path / "index"
    Assistant.build(seeds_copy, settings=settings(index_dir)).close()
    upload = write_readouts(tmp_path / "incoming", ["fiji-oceans-call.txt"]) / "fiji-oceans-call.txt"
    ready, go = tmp_path / "ready", tmp_path / "go"

    # writer A (a child process) uploads a readout and pauses inside its update, holding the writer lock
    a = subprocess.Popen(
        argv("paused-upload", index_dir, upload, ready, go),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        wait_until(ready.exists, 60, "writer A to pause inside its update", a)
        a_pid = int(ready.read_text())
        before = generations(index_dir)

        # writer B: `assistant index` with one more readout in the corpus must wait, saying for whom
        write_readouts(seeds_copy, ["zanzibar-talks.txt"])
        b = subprocess.Popen(
            argv("cli", "index", seeds_copy, "--index-dir", index_dir, "-q"),
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            env=child_env(),
        )
        b_err = Lines(b.stderr)
        wait_until(lambda: b_err.having("waiting"), 60, "writer B to say it waits", b)
        (message,) = b_err.having("waiting")
        assert f"Another process (pid {a_pid} since" in message and str(index_dir) in message, message
        assert b.poll() is None  # still waiting: A holds the lock

        # writer C with --no-wait refuses at once, in one line naming A
        c = run_cli("index", seeds_copy, "--index-dir", index_dir, "-q", "--no-wait", timeout=30)
        assert c.returncode == 1
        assert c.stderr.count("\n") == 1 and c.stderr.startswith("error: Another process (pid "), c.stderr
        assert f"pid {a_pid} since" in c.stderr and "--no-wait" in c.stderr and "unexpected" not in c.stderr

        # a paused writer blocks no reader, and nothing has been written or deleted yet
        info = run_cli("info", "--index-dir", index_dir, "--json")
        assert info.returncode == 0, info.stderr
        assert sorted(d["source"] for d in json.loads(info.stdout)["documents"]) == SEED_NAMES
        assert generations(index_dir) == before and b.poll() is None
    finally:
        go.touch()
    out, err = a.communicate(timeout=60)
    assert a.returncode == 0, err
    assert json.loads(out)["paused"] and json.loads(out)["added"] == ["uploads/fiji-oceans-call.txt"]
    assert b.wait(timeout=60) == 0, b_err.join()
    summary = b_err.join()[-1]
    # B ran on A's generation: it kept A's upload and added only its own new readout
    assert "indexed 7 readouts (1 added, 0 changed, 0 removed, 5 unchanged, 1 uploaded kept" in summary, summary

    current, left = gens.read_pointer(index_dir), generations(index_dir)
    # the live generation is B's; the original is gone; at most A's (if A had not yet closed it) is left
    assert current in left and len(left) <= 2 and not set(before) & set(left), (before, left)
    assert leftovers(index_dir) == []
    assert indexed(index_dir) == sorted(SEED_NAMES + ["zanzibar-talks.txt", "uploads/fiji-oceans-call.txt"])
    asst = Assistant.open(index_dir, settings=settings(index_dir))
    try:
        assert asst.ask(ZANZIBAR_Q).citations[0].source == "zanzibar-talks.txt"
        fiji = asst.ask("What did the leaders agree about coral reef monitoring in Fiji?")
        assert fiji.citations[0].source == "uploads/fiji-oceans-call.txt"
    finally:
        asst.close()
    # whatever a slow exit of A kept, the next update leaves exactly the live generation
    assert run_cli("index", seeds_copy, "--index-dir", index_dir, "-q").returncode == 0
    assert generations(index_dir) == [gens.read_pointer(index_dir)] == [current]


def test_two_index_runs_at_random_times_leave_one_whole_corpus(tmp_path, seeds_copy):
    other = write_readouts(
        tmp_path / "other", ["andes-water-meeting.txt", "baltic-grid-call.txt", "zanzibar-talks.txt"]
    )
    corpora = {"seeds": SEED_NAMES, "other": sorted(p.name for p in other.iterdir())}
    index_dir = tmp_path / "index"
    for round_ in range(3):  # the first round starts with no index at all
        procs = {
            name: subprocess.Popen(
                argv("cli", "index", folder, "--index-dir", index_dir, "-q"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                env=child_env(),
            )
            for name, folder in (("seeds", seeds_copy), ("other", other))
        }
        errs = {name: p.communicate(timeout=120)[1] for name, p in procs.items()}
        assert all(p.returncode == 0 for p in procs.values()), errs
        assert not any("unexpected" in e or "error" in e for e in errs.values()), errs
        final = indexed(index_dir)
        assert final in corpora.values(), f"round {round_}: a mix of both corpora: {final}"
        waited = [name for name, e in errs.items() if "waiting for it to finish" in e]
        if waited:  # the one that waited wrote last
            assert final == corpora[waited[0]], (round_, waited, final)
        assert gens.read_pointer(index_dir) in generations(index_dir)
        assert leftovers(index_dir) == []


# =========================================================================== the writer's tidy


def test_an_update_leaves_only_the_live_generation_unless_a_reader_holds_the_old_one(tmp_path, seeds_copy):
    index_dir = tmp_path / "index"
    s = settings(index_dir)
    Assistant.build(seeds_copy, settings=s).close()
    write_readouts(seeds_copy, ["zanzibar-talks.txt"])
    Assistant.build(seeds_copy, settings=s).close()
    assert generations(index_dir) == [gens.read_pointer(index_dir)]  # the superseded copy is gone at once

    reader = Assistant.open(index_dir, settings=s)  # holds the live generation
    held = reader.store.generation
    write_readouts(seeds_copy, ["baltic-grid-call.txt"])
    Assistant.build(seeds_copy, settings=s).close()
    assert generations(index_dir) == sorted([held, gens.read_pointer(index_dir)])
    assert reader.store.generation == held and reader.store.n_readouts == 6  # still whole, still readable
    assert reader.retrieve("Zanzibar channel patrol", k=1)[0].source == "zanzibar-talks.txt"
    reader.close()
    Assistant.build(seeds_copy, settings=s).close()  # nothing to write: the update still tidies
    assert generations(index_dir) == [gens.read_pointer(index_dir)]


# =========================================================================== item 2: readers during writes


def _plan(tmp_path: Path, steps: list[tuple[str, Path]]) -> Path:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps([[op, str(arg)] for op, arg in steps]))
    return plan


def test_readers_opening_in_a_loop_during_rewrites_always_see_a_whole_corpus(tmp_path, seeds_copy):
    index_dir = tmp_path / "index"
    Assistant.build(seeds_copy, settings=settings(index_dir)).close()
    bigger = tmp_path / "bigger"
    shutil.copytree(seeds_copy, bigger)
    write_readouts(bigger, ["andes-water-meeting.txt", "baltic-grid-call.txt", "zanzibar-talks.txt"])
    extra = write_readouts(tmp_path / "extra", ["fiji-oceans-call.txt"]) / "fiji-oceans-call.txt"
    # full rewrites (one more or fewer readouts) and appends, alternating
    steps = [("add", extra), ("build", bigger), ("build", seeds_copy)] * 10
    expected = {
        "|".join(SEED_NAMES),
        "|".join(sorted(SEED_NAMES + ["fiji-oceans-call.txt"])),
        "|".join(sorted(p.name for p in bigger.iterdir())),
    }
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        argv("reader-loop", index_dir, stop, SECURITY_Q),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    ready = Path(str(stop) + ".ready")
    deadline = time.monotonic() + 120
    while not ready.exists() and reader.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the reader's start (imports, first question) must not use up the writer's run
    try:
        writer = subprocess.run(
            argv("writer-loop", index_dir, _plan(tmp_path, steps)),
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=180,
        )
    finally:
        stop.touch()
    out, err = reader.communicate(timeout=60)
    assert writer.returncode == 0, writer.stderr
    assert reader.returncode == 0, err
    summary = json.loads(out)
    print({k: v for k, v in summary.items() if k != "sets"})
    assert summary["errors"] == [], summary["errors"][:5]
    assert set(summary["sets"]) <= expected, set(summary["sets"]) - expected
    # the reads really overlapped the writes: several corpora and generations were seen
    assert summary["opens"] >= 8 and len(summary["sets"]) >= 2 and len(summary["generations"]) >= 3, summary
    assert summary["asks"] >= summary["opens"] // 8
    # the long-lived assistant followed the writer to its last generation
    assert summary["final_answer_problem"] is None
    assert summary["persistent_generation"] == gens.read_pointer(index_dir)
    updates = [json.loads(line) for line in writer.stdout.splitlines()]
    assert [u["wrote"] for u in updates] == [True] * len(steps)
    assert all("|".join(u["before"]) in expected for u in updates)  # every update began on a whole corpus
    assert indexed(index_dir) == SEED_NAMES and leftovers(index_dir) == []


@pytest.fixture
def workdir_with_seeds(tmp_path, monkeypatch):
    """A working directory holding a seeds/ folder and an index/ of a bigger corpus built from it."""
    work = tmp_path / "work"
    shutil.copytree(SEEDS, work / "seeds")
    bigger = write_readouts(
        tmp_path / "bigger", ["andes-water-meeting.txt", "baltic-grid-call.txt", "zanzibar-talks.txt"]
    )
    for p in SEEDS.iterdir():
        shutil.copy(p, bigger / p.name)
    Assistant.build(bigger, settings=settings(work / "index")).close()
    return work, bigger


def test_ask_beside_a_seeds_folder_never_builds_over_an_index_it_cannot_open(workdir_with_seeds):
    work, bigger = workdir_with_seeds
    index_dir = work / "index"
    pointer = index_dir / gens.POINTER
    live = pointer.read_text()
    for damage in ("", "gen-x/../../elsewhere\n"):  # the pointer gone (as mid-crash), or nonsense in it
        if damage:
            pointer.write_text(damage)
        else:
            pointer.unlink()
        done = run_cli("ask", SECURITY_Q, cwd=work)
        assert done.returncode == 1 and done.stderr.startswith("error: "), done.stderr
        assert "building it from" not in done.stderr and "unexpected" not in done.stderr
        assert len(generations(index_dir)) == 1 and leftovers(index_dir) == []
        pointer.write_text(live)
        assert indexed(index_dir) == sorted(p.name for p in bigger.iterdir())  # untouched


def test_cli_ask_racing_rewrites_beside_a_seeds_folder_answers_and_never_builds(tmp_path, workdir_with_seeds):
    work, bigger = workdir_with_seeds
    index_dir = work / "index"
    extra = write_readouts(tmp_path / "extra", ["fiji-oceans-call.txt"]) / "fiji-oceans-call.txt"
    steps = [("add", extra), ("build", bigger)] * 5
    writer = subprocess.Popen(
        argv("writer-loop", index_dir, _plan(tmp_path, steps)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    asks = []
    while writer.poll() is None and len(asks) < 8:
        asks.append(run_cli("ask", SECURITY_Q, "--json", cwd=work))
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert asks
    for done in asks:
        assert done.returncode == 0, done.stderr
        assert "building it from" not in done.stderr
        assert json.loads(done.stdout)["citations"]
    seeds_only = "|".join(SEED_NAMES)
    updates = [json.loads(line) for line in out.splitlines()]
    assert len(updates) == len(steps)
    assert all("|".join(u["before"]) != seeds_only for u in updates)  # no update ever began on seeds alone
    assert indexed(index_dir) == sorted(p.name for p in bigger.iterdir())
    assert set(EXTRA_READOUTS) - {"fiji-oceans-call.txt"} <= set(indexed(index_dir))
