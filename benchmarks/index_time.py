"""Indexing time and ask latency on the 941 shared readouts: this tree against an earlier commit, same run.

The earlier commit (default: bbfcc28, the code before readout records and
the new answerer) is checked out with ``git worktree`` into a temporary
folder; each tree then builds a fresh index of ../shared/corpus/readouts and
../shared/corpus/large in its own Python process (same interpreter, same
packages, same machine, one after the other, ``--repeat`` times each,
alternating), with the bundled model. Printed: build seconds per tree (best
and median), the ratio (this tree / earlier), warm ``ask`` median and p95
over 40 questions from ``data/answer_questions.jsonl``, and cold
``assistant ask`` (a new process: import, open, answer) for this tree.

    python benchmarks/index_time.py [--base REF] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import assistant
assert assistant.__file__.startswith(sys.argv[1]), assistant.__file__
from assistant import Assistant
t0 = time.perf_counter()
asst = Assistant.build([sys.argv[2] + "/readouts", sys.argv[2] + "/large"], index_dir=sys.argv[3])
build = time.perf_counter() - t0
questions = json.loads(sys.argv[4])
asst.ask(questions[0])
times = []
for q in questions:
    t = time.perf_counter()
    asst.ask(q)
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"build_s": build, "ask_ms": times}))
"""


def run_tree(tree: Path, questions: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-index-") as idx:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(tree), str(CORPUS), idx, json.dumps(questions)],
            capture_output=True,
            text=True,
            env=env,
            cwd=idx,
            check=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])


def cold_ask(question: str) -> float:
    """Seconds for `assistant ask` in a new process on an index built beforehand (this tree)."""
    exe = Path(sys.executable).parent / "assistant"
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as idx:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
        subprocess.run(
            [str(exe), "index", str(CORPUS / "readouts"), "--index-dir", idx, "-q"],
            env=env,
            check=True,
            capture_output=True,
        )
        best = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([str(exe), "ask", question, "--index-dir", idx], env=env, check=True, capture_output=True)
            best.append(time.perf_counter() - t0)
        return statistics.median(best)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="bbfcc28", help="the earlier commit to compare with")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not present")
        return 0
    questions = [
        json.loads(line)["question"]
        for line in (HERE / "data" / "answer_questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and not json.loads(line).get("history")
    ][:40]
    with tempfile.TemporaryDirectory(prefix="bench-base-") as tmp:
        base = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(base), args.base],
            check=True,
            capture_output=True,
        )
        try:
            runs: dict[str, list[dict]] = {"earlier": [], "this": []}
            for _ in range(args.repeat):
                runs["earlier"].append(run_tree(base, questions))
                runs["this"].append(run_tree(ROOT, questions))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], capture_output=True)
    print(f"941 readouts, {os.cpu_count()} cores; earlier = {args.base}, {args.repeat} builds each, alternating")
    print(f"{'tree':<8}{'build best s':>14}{'build median s':>16}{'ask p50 ms':>12}{'ask p95 ms':>12}")
    summary = {}
    for name, rs in runs.items():
        builds = [r["build_s"] for r in rs]
        asks = sorted(t for r in rs for t in r["ask_ms"])
        summary[name] = (min(builds), statistics.median(asks))
        print(
            f"{name:<8}{min(builds):>14.1f}{statistics.median(builds):>16.1f}{statistics.median(asks):>12.1f}"
            f"{asks[int(0.95 * (len(asks) - 1))]:>12.1f}"
        )
    print(f"build ratio this/earlier: {summary['this'][0] / summary['earlier'][0]:.2f}x (best of each)")
    print(f"cold `assistant ask` (this tree, 70 readouts, median of 3): {cold_ask(questions[0]):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
