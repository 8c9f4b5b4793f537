"""Answer quality on the real readouts in ../shared/corpus/readouts.

Runs the question set in benchmarks/data/readout_questions.jsonl (questions
written by the team, gold answers given as character spans, never as copied
text) through the public API and prints, per split:

- hit@5: the right readout among the top 5 passages (answerable questions);
- cites: some citation overlaps the answering sentence's span;
- abstain recall on unanswerable questions, false-abstain rate on answerable;
- median and p95 ``ask`` latency.

The "dev" split is the one the answerer's weights and thresholds were tuned
on; "test" is reported untouched. Scoring goes through the evaluation harness
(``assistant.evaluate``), whose metric functions these numbers are built from;
``--out DIR`` also writes its report.json and report.html. Usage:

    python benchmarks/quality.py [--split test|dev|all] [--json OUT] [--index-dir DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "data" / "readout_questions.jsonl"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "readouts"


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(asst, questions: Path | list[dict] = QUESTIONS, k: int = 5) -> dict:
    """Run every question through ``asst`` with the evaluation harness; metrics, rows and the Report."""
    from assistant.eval.run import evaluate, load_testset

    report = evaluate(asst, load_testset(questions) if isinstance(questions, Path) else questions, k=k)
    rows = [
        {
            "id": r["id"],
            "split": (r.get("extra") or {}).get("split"),
            "type": r["type"],
            "answerable": r["answerable"],
            "hit": bool(r[f"hit@{k}"]),
            # some citation overlaps some gold span, i.e. citation recall above zero
            "cites": bool(r["citation_recall"]),
            "abstained": r["abstained"],
            "n_citations": len(r["cited"]),
            "latency_ms": r["latency_ms"],
        }
        for r in report.records
    ]
    return {"rows": rows, "metrics": summarize(rows), "report": report}


def summarize(rows: list[dict]) -> dict:
    from assistant.eval.run import abstention_scores, mean, percentile

    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    nan = float("nan")

    def rate(xs, key):
        value = mean(x[key] for x in xs)
        return nan if value is None else value

    abst = abstention_scores([r["abstained"] for r in rows], [r["answerable"] for r in rows])
    lat = [r["latency_ms"] for r in rows]
    return {
        "questions": len(rows),
        "answerable": len(ans),
        "unanswerable": len(una),
        "hit@5": rate(ans, "hit"),
        "cites_answer": rate(ans, "cites"),
        "abstain_on_unanswerable": nan if abst["abstain_recall"] is None else abst["abstain_recall"],
        "abstain_on_answerable": nan if abst["false_abstain_rate"] is None else abst["false_abstain_rate"],
        "citations_per_answer": statistics.mean([r["n_citations"] for r in ans if not r["abstained"]] or [0]),
        "latency_p50_ms": nan if not lat else percentile(lat, 50),
        "latency_p95_ms": nan if not lat else percentile(lat, 95),
    }


def _miss_kind(r: dict) -> str:
    """U: answered an unanswerable question; A: abstained on an answerable one; R: no gold readout retrieved;
    C: the answering sentence not cited."""
    if not r["answerable"]:
        return "U"
    return "A" if r["abstained"] else ("R" if not r["hit"] else "C")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--index-dir", type=Path, default=None, help="reuse or create the index here")
    ap.add_argument("--store", default=None, help="index into this store instead (e.g. a postgresql:// URL)")
    ap.add_argument("--json", type=Path, default=None, help="write metrics and rows here")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=None, help="also write the harness's report.json and report.html here")
    ap.add_argument(
        "--misses",
        action="store_true",
        help="list the questions missed (dev misses only, unless "
        "--split test: reading test misses is for reporting, not tuning)",
    )
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not present (the shared readouts are needed)")
        return 0
    from assistant import Assistant

    index_dir = args.index_dir or Path(tempfile.mkdtemp(prefix="quality-index-"))
    t0 = time.perf_counter()
    asst = Assistant.build(args.corpus, index_dir=index_dir, store=args.store)
    build_s = time.perf_counter() - t0
    result = score(asst, QUESTIONS)
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    report = {"build_seconds": build_s, "by_split": {}}
    for split in splits + (["all"] if args.split == "all" else []):
        rows = [r for r in result["rows"] if split == "all" or r["split"] == split]
        report["by_split"][split] = summarize(rows)
    print(f"index built in {build_s:.1f}s ({asst.store.n_readouts} readouts, {asst.store.n_passages} passages)")
    print(f"{'split':<6}{'n':>4}{'hit@5':>8}{'cites':>8}{'abst-U':>8}{'abst-A':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for split, m in report["by_split"].items():
        print(
            f"{split:<6}{m['questions']:>4}{m['hit@5']:>8.1%}{m['cites_answer']:>8.1%}"
            f"{m['abstain_on_unanswerable']:>8.1%}{m['abstain_on_answerable']:>8.1%}"
            f"{m['latency_p50_ms']:>9.1f}{m['latency_p95_ms']:>9.1f}"
        )
    failures = [
        r
        for r in result["rows"]
        if (r["answerable"] and (not r["hit"] or not r["cites"] or r["abstained"]))
        or (not r["answerable"] and not r["abstained"])
    ]
    failures = [r for r in failures if r["split"] == ("test" if args.split == "test" else "dev")]
    if failures and args.misses:
        print("misses:", " ".join(f"{r['id']}({_miss_kind(r)})" for r in failures))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        result["report"].to_json(args.out / "report.json")
        result["report"].write_html(args.out / "report.html")
        print(f"wrote {args.out / 'report.json'} and {args.out / 'report.html'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        # only the rows of the split asked for: a dev run must not put test rows in front of whoever reads it
        rows = [r for r in result["rows"] if args.split == "all" or r["split"] == args.split]
        args.json.write_text(json.dumps({**report, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
