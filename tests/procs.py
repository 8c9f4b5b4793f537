"""Child processes for the reliability tests: ``python tests/procs.py ROLE ARGS...``.

Each role makes ``hash-N`` model names mean the fake embedder of tests/fakes.py
(set ``ASSISTANT_MODEL=hash-64`` in the child's environment), so a child starts
and indexes the seed readouts in about a second. Children talk to the test
through files (a READY file they create, a GO or STOP file they wait for) and
through stdout (one JSON document) and stderr.

Roles:

``cli ARGS...``
    the ``assistant`` command.
``paused-upload INDEX FILE READY GO``
    upload FILE into the index; inside the update (writer lock held, vectors
    made, nothing written yet) create READY, then wait until GO exists.
``writer-loop INDEX PLAN``
    run the updates of the JSON file PLAN in order: ``["build", CORPUS]`` or
    ``["add", FILE]``; print one JSON line per update: the sources indexed
    before it (as its build report tells) and after it.
``reader-loop INDEX STOP QUESTION``
    until STOP exists: open the index afresh and note its sources (touching
    STOP.ready after the second open, so a writer can wait for the reader to
    be running); every eighth time also ask QUESTION and check the citations, from the fresh
    Assistant and from one long-lived one. Each read of CURRENT is followed
    by a short sleep, widening the race with a writer's switch. Print a JSON
    summary (every failure's message included).
``kill-at INDEX OP ARG STEP``
    run OP (``build`` CORPUS, or ``add`` FILE) and SIGKILL this process at
    write step STEP (0-based); with STEP -1 run to the end and print the
    names of the steps passed, as JSON.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes import install_fake_models  # noqa: E402

WAIT_LIMIT = 120.0  # seconds a child waits for a GO file before giving up (a test that died must not leave it)


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {path}")
        time.sleep(0.01)


def cli(args: list[str]) -> None:
    from assistant.cli import main

    sys.argv = ["assistant", *args]
    main()


def paused_upload(index_dir: str, file: str, ready: str, go: str) -> None:
    from assistant import Assistant

    asst = Assistant.open(index_dir)
    paused = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "writing" and not paused:  # the update holds the writer lock and has not written yet
            paused.append(stage)
            Path(ready).write_text(str(os.getpid()))
            _wait_for(Path(go))

    build, problems = asst.upload([file], progress=progress)
    sources = sorted(d["source"] for d in asst.readouts())
    asst.close()
    print(json.dumps({"paused": bool(paused), "added": build.added, "problems": problems, "sources": sources}))


def _sources_before(build, replace: bool) -> list[str]:
    """The sources the index held when the update began, as its build report tells."""
    before = set(build.unchanged) | set(build.changed)
    if replace:
        before |= set(build.removed) | set(build.kept)
    return sorted(before)


def writer_loop(index_dir: str, plan_file: str) -> None:
    from assistant import Assistant

    for op, arg in json.loads(Path(plan_file).read_text()):
        if op == "build":
            asst = Assistant.build(arg, index_dir=index_dir)
        else:
            asst = Assistant.open(index_dir)
            asst.add([arg])
        build = asst.last_build
        after = sorted(s for s, _ in asst.store.readout_hashes())
        asst.close()
        print(
            json.dumps(
                {"op": op, "before": _sources_before(build, op == "build"), "after": after, "wrote": build.wrote}
            ),
            flush=True,
        )


def _check_answer(asst, question: str) -> str | None:
    """None when ``question`` gets citations whose quotes are exactly their readouts' text, else why not."""
    answer = asst.ask(question)
    if not answer.citations:
        return f"no citations: {answer.text[:80]!r}"
    for c in answer.citations:
        readout = asst.readout(c.source)
        if readout is None or readout.text[c.start : c.end] != c.quote:
            return f"citation {c.marker} ({c.source} {c.start}-{c.end}) does not match its readout"
    return None


def _widen_the_pointer_race() -> None:
    """Sleep a little after every read of CURRENT, so that a writer often switches it and deletes the generation
    it named before this reader has taken its hold (the race a reader must survive by reading CURRENT again)."""
    import assistant.index.generations as gens

    real = gens.read_pointer

    def slow_read_pointer(index_dir):
        name = real(index_dir)
        time.sleep(random.uniform(0, 0.03))  # about the time from a writer's switch to its deleting the old one
        return name

    gens.read_pointer = slow_read_pointer


def reader_loop(index_dir: str, stop: str, question: str) -> None:
    from assistant import Assistant

    _widen_the_pointer_race()
    summary: dict = {"opens": 0, "sets": {}, "errors": [], "generations": [], "asks": 0}
    keeper = Assistant.open(index_dir)
    while not Path(stop).exists():
        asking = summary["opens"] % 8 == 0  # mostly opens: opening is where a reader meets a writer
        try:
            asst = Assistant.open(index_dir)
            try:
                sources = sorted(s for s, _ in asst.store.readout_hashes())
                generation = asst.store.generation
                problem = _check_answer(asst, question) if asking else None
            finally:
                asst.close()
            summary["opens"] += 1
            if summary["opens"] == 2:  # started and past its first question: the writer may begin
                Path(stop + ".ready").touch()
            key = "|".join(sources)
            summary["sets"][key] = summary["sets"].get(key, 0) + 1
            if generation not in summary["generations"]:
                summary["generations"].append(generation)
            if problem:
                summary["errors"].append(f"fresh open of {generation}: {problem}")
        except Exception as exc:  # every failure goes to the test, which fails on any
            summary["errors"].append(f"fresh open: {type(exc).__name__}: {exc}")
        if not asking:
            continue
        try:
            problem = _check_answer(keeper, question)
            summary["asks"] += 1
            if problem:
                summary["errors"].append(f"long-lived assistant: {problem}")
        except Exception as exc:
            summary["errors"].append(f"long-lived assistant: {type(exc).__name__}: {exc}")
    # the writer has finished: one more question, and the long-lived Assistant must be on its last generation
    try:
        summary["final_answer_problem"] = _check_answer(keeper, question)
    except Exception as exc:
        summary["errors"].append(f"long-lived assistant, last question: {type(exc).__name__}: {exc}")
    summary["persistent_generation"] = keeper.store.generation
    keeper.close()
    print(json.dumps(summary))


# --------------------------------------------------------------------------- SIGKILL at a write step


def _instrument(step: int) -> list[str]:
    """Wrap every function a write goes through so that it records a named step before and/or after it,
    and SIGKILLs this process when the step numbered ``step`` is reached. Returns the list of steps passed."""
    import shutil

    import numpy as np

    import assistant.index.generations as gens
    import assistant.index.store as store
    from assistant.index.bm25 import BM25Index

    passed: list[str] = []

    def point(name: str) -> None:
        passed.append(name)
        if len(passed) - 1 == step:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner, attr: str, label: str, before: bool = False) -> None:
        real = getattr(owner, attr)

        def wrapper(*args, **kwargs):
            if before:
                point(f"before {label}")
            out = real(*args, **kwargs)
            point(f"after {label}")
            return out

        setattr(owner, attr, wrapper)

    real_rmtree = shutil.rmtree

    def rmtree_halfway(path, *args, **kwargs):
        files = sorted(p for p in Path(path).rglob("*") if p.is_file())
        for f in files[: len(files) // 2]:
            f.unlink()
        point("halfway through deleting a folder")
        return real_rmtree(path, *args, **kwargs)

    wrap(gens, "new_folder", "making the temporary folder")
    wrap(store, "write_records", "writing the records")
    wrap(shutil, "copyfile", "copying the records")
    wrap(store, "_write_faiss", "writing FAISS")
    wrap(store, "_append_faiss", "extending FAISS")
    wrap(np, "save", "saving an array")
    wrap(store, "link_or_copy", "hard-linking a vector file")
    wrap(BM25Index, "save", "saving BM25")
    wrap(store, "write_manifest", "writing the manifest")
    wrap(os, "rename", "renaming the folder into place", before=True)
    wrap(gens, "fsync_dir", "syncing the index folder")
    wrap(os, "replace", "switching CURRENT", before=True)
    wrap(gens, "collect_garbage", "collecting superseded generations", before=True)
    wrap(gens, "tidy", "tidying at the end of the update", before=True)
    gens.shutil.rmtree = rmtree_halfway
    return passed


def kill_at(index_dir: str, op: str, arg: str, step: str) -> None:
    from assistant import Assistant

    asst = Assistant.open(index_dir) if op == "add" else None
    passed = _instrument(int(step))
    if asst is not None:
        asst.add([arg])
    else:
        asst = Assistant.build(arg, index_dir=index_dir)
    asst.close()
    print(json.dumps(passed))


ROLES = {
    "cli": lambda *a: cli(list(a)),
    "paused-upload": paused_upload,
    "writer-loop": writer_loop,
    "reader-loop": reader_loop,
    "kill-at": kill_at,
}

if __name__ == "__main__":
    install_fake_models()
    ROLES[sys.argv[1]](*sys.argv[2:])


# --------------------------------------------------------------------------- for the tests that start these children

#: Readouts written for these tests (not in seeds/), each with one sentence a question can find.
EXTRA_READOUTS = {
    "zanzibar-talks.txt": (
        "Zanzibar Fisheries Talks\nDate: June 1, 2024\n\nThe delegations met in Stone Town. The "
        "delegations agreed to establish a joint patrol of the Zanzibar channel against illegal "
        "fishing.\n"
    ),
    "fiji-oceans-call.txt": (
        "Fiji Oceans Call\nDate: July 2, 2024\n\nThe Secretary spoke with the Prime Minister of "
        "Fiji. The two leaders agreed to fund coral reef monitoring around the Fiji islands.\n"
    ),
    "andes-water-meeting.txt": (
        "Andes Water Meeting\nDate: March 9, 2024\n\nThe ministers of Peru and Bolivia met in "
        "La Paz. They agreed to share glacier melt data from the Andes every month.\n"
    ),
    "baltic-grid-call.txt": (
        "Baltic Grid Call\nDate: April 4, 2024\n\nThe energy ministers of Estonia and Latvia "
        "spoke by phone. They agreed to link their power grids through a new undersea cable.\n"
    ),
}


def argv(role: str, *args) -> list[str]:
    """The command line of a child running ``role``."""
    return [sys.executable, str(Path(__file__).resolve()), role, *(str(a) for a in args)]


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child: the caller's, with the fake embedder as the model."""
    return {**os.environ, "ASSISTANT_MODEL": "hash-64", **extra}


def write_readouts(folder: Path, names) -> Path:
    """Write the named EXTRA_READOUTS into ``folder`` (made if needed); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(EXTRA_READOUTS[name], encoding="utf-8")
    return folder


def wait_until(condition, timeout: float, what: str, proc=None) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` (with the child's stderr if it has died)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the child died before {what}: rc {proc.returncode}\n{proc.stderr.read()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in Path(index_dir).glob("gen-*"))


def leftovers(index_dir: Path) -> list[str]:
    return sorted(p.name for p in Path(index_dir).glob(".tmp-*"))
