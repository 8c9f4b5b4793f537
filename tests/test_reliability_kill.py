"""Issue 12, item 3: a writer SIGKILLed at any moment leaves the old corpus or the new one, whole.

A child process (tests/procs.py ``kill-at``) runs an update with every function a write goes through
wrapped, and SIGKILLs itself at step N: after the temporary folder, each file, the manifest, before and after
the rename, before and after the switch of CURRENT, during the deletion of the superseded generation, and at
the end-of-update tidy. The dry run lists the steps; the test kills at each one (a step repeated file after
file: its first and last time), for a full rewrite and for an append. Then a fresh open gives exactly the
old corpus (killed before CURRENT was switched) or the new one (after), and answers with exact citations;
the next `assistant index` removes every leftover (.tmp-* folders and files, generations nobody points to).
A few kills at random moments cover the points in between.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.config import Settings
from assistant.index import generations as gens
from tests.conftest import SEEDS
from tests.fakes import HashEmbedder
from tests.procs import argv, child_env, generations, leftovers, write_readouts

QUESTION = "What did the ministers agree on security?"
SWITCH = "after switching CURRENT"


def _settings(index_dir: Path) -> Settings:
    return Settings(model="hash-64", index_dir=index_dir)


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    """For each kind of update: the index before it, the update (op, argument), the corpus that the next
    `assistant index` is given, and the sources before and after."""
    root = tmp_path_factory.mktemp("kill")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    base = root / "base-index"
    Assistant.build(seeds, settings=_settings(base), embedder=HashEmbedder(64)).close()
    old = sorted(p.name for p in seeds.iterdir())

    added = write_readouts(root / "incoming", ["fiji-oceans-call.txt"]) / "fiji-oceans-call.txt"
    after_add = root / "after-add"
    shutil.copytree(seeds, after_add)
    shutil.copy(added, after_add)

    rewritten = root / "rewritten"  # one readout gone and one new: a full rewrite, not an append
    shutil.copytree(seeds, rewritten)
    (rewritten / "mexico-migration-call.txt").unlink()
    write_readouts(rewritten, ["andes-water-meeting.txt"])
    return {
        "append": (base, ("add", added), after_add, old, sorted(p.name for p in after_add.iterdir())),
        "rewrite": (base, ("build", rewritten), rewritten, old, sorted(p.name for p in rewritten.iterdir())),
    }


def _kill_child(index_dir: Path, op: tuple[str, Path], step: int, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        argv("kill-at", index_dir, op[0], op[1], step), capture_output=True, text=True, env=child_env(), timeout=timeout
    )


def _state(index_dir: Path) -> dict:
    """What a crash left, before anything tidies it."""
    current = gens.read_pointer(index_dir)
    tmp = leftovers(index_dir)
    return {
        "tmp_folders": [n for n in tmp if (index_dir / n).is_dir()],
        "tmp_files": [n for n in tmp if not (index_dir / n).is_dir()],
        "orphans": [g for g in generations(index_dir) if g != current],
        "half_deleted": [
            g for g in generations(index_dir) if g != current and not (index_dir / g / gens.READERS_LOCK).exists()
        ],
    }


def _check_whole(index_dir: Path, expected: list[str], where: str) -> None:
    """A fresh open sees exactly ``expected`` and answers with exact citations."""
    asst = Assistant.open(index_dir, settings=_settings(index_dir))
    try:
        assert sorted(s for s, _ in asst.store.readout_hashes()) == expected, where
        answer = asst.ask(QUESTION)
        assert answer.citations, where
        for c in answer.citations:
            assert asst.readout(c.source).text[c.start : c.end] == c.quote, where
    finally:
        asst.close()


@pytest.mark.parametrize("kind", ["append", "rewrite"])
def test_sigkill_at_every_write_step_leaves_the_old_or_the_new_corpus(kind, cases, tmp_path):
    base, op, next_corpus, old, new = cases[kind]
    dry_dir = tmp_path / "dry"
    shutil.copytree(base, dry_dir)
    dry = _kill_child(dry_dir, op, -1)
    assert dry.returncode == 0, dry.stderr
    steps = json.loads(dry.stdout)
    assert SWITCH in steps and "halfway through deleting a folder" in steps and len(steps) > 20, steps
    switch = steps.index(SWITCH)

    def kill_then_reindex(step: int) -> tuple[int, dict, str]:
        index_dir = tmp_path / f"step-{step}"
        shutil.copytree(base, index_dir)
        killed = _kill_child(index_dir, op, step)
        where = f"{kind}: killed {steps[step]!r} (step {step})"
        assert killed.returncode == -signal.SIGKILL, f"{where}: rc {killed.returncode}\n{killed.stderr}"
        state = _state(index_dir)
        _check_whole(index_dir, new if step >= switch else old, where)
        again = subprocess.run(
            argv("cli", "index", next_corpus, "--index-dir", index_dir, "-q"),
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
        assert again.returncode == 0, f"{where}: {again.stderr}"
        assert leftovers(index_dir) == [], where
        assert generations(index_dir) == [gens.read_pointer(index_dir)], where
        _check_whole(index_dir, new, where)
        return step, state, again.stderr

    # every step, except that of a step repeated many times (one array file after another) only the first and
    # the last occurrence: the ones in between leave the same state
    chosen = [i for i, name in enumerate(steps) if name not in steps[:i] or name not in steps[i + 1 :]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(kill_then_reindex, chosen))
    assert [r[0] for r in results] == chosen and switch in chosen
    # the kills really left every kind of debris that the next run had to clear
    seen = {key for _, state, _ in results for key, names in state.items() if names}
    assert seen == {"tmp_folders", "tmp_files", "orphans", "half_deleted"}, seen
    # killed after the switch, the next run finds the update done and has nothing to embed
    after = [err for step, _, err in results if step >= switch]
    assert all("0 added, 0 changed, 0 removed" in err for err in after), after[:2]


def test_sigkill_at_random_moments_of_a_rewrite(cases, tmp_path):
    base, op, _, old, new = cases["rewrite"]
    probe = tmp_path / "probe"
    shutil.copytree(base, probe)
    t0 = time.monotonic()
    assert _kill_child(probe, op, -1).returncode == 0
    duration = time.monotonic() - t0
    rng = random.Random(12)

    def kill_at_random(n: int) -> str:
        index_dir = tmp_path / f"random-{n}"
        shutil.copytree(base, index_dir)
        child = subprocess.Popen(
            argv("kill-at", index_dir, op[0], op[1], -1),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=child_env(),
        )
        time.sleep(rng.uniform(0.5, 1.0) * duration)  # the import takes the first part; the write the rest
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        asst = Assistant.open(index_dir, settings=_settings(index_dir))
        try:
            seen = sorted(s for s, _ in asst.store.readout_hashes())
            assert seen in (old, new), seen
            assert asst.ask(QUESTION).citations
        finally:
            asst.close()
        return "new" if seen == new else "old"

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(kill_at_random, range(10)))
    assert set(outcomes) <= {"old", "new"} and len(outcomes) == 10
