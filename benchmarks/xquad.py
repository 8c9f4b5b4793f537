"""An outside retrieval/QA check: XQuAD English (SQuAD v1.1 format) through the evaluation harness.

Each of the 240 Wikipedia paragraphs becomes one readout (a title line, a
blank line, the paragraph); the 1,190 questions are asked with the default
extractive answerer. Prints, by paragraph:

- hit@1 / hit@5: the paragraph holding the answer is the first / among the
  first five retrieved passages' readouts;
- contains-reference: the (extractive) answer contains the reference answer
  as whole words after SQuAD normalisation;
- citation recall: some citation overlaps the reference answer's span.

The index is kept in OUT/index, so later runs only re-embed what changed.
Usage (about 1-2 minutes on 2 CPU cores for the first build):

    python benchmarks/xquad.py [--out DIR] [--k 5] [--json FILE]

Same as: assistant eval ../shared/benchmarks/xquad/xquad.en.json --out DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
XQUAD = HERE.parent.parent / "shared" / "benchmarks" / "xquad" / "xquad.en.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=XQUAD, help="SQuAD v1.1 JSON file")
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(tempfile.gettempdir()) / "readout-assistant-xquad",
        help="folder for the paragraphs, the index, report.json and report.html",
    )
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None, help="also write the headline numbers here")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: {args.data} is not present (the shared XQuAD file is needed)")
        return 0
    from assistant import Assistant
    from assistant.eval.run import evaluate, load_testset

    testset = load_testset(args.data, corpus_dir=args.out / "corpus")
    t0 = time.perf_counter()
    asst = Assistant.build(testset.corpus, index_dir=args.out / "index")
    build_s = time.perf_counter() - t0
    report = evaluate(asst, testset, k=args.k)
    report.to_json(args.out / "report.json")
    report.write_html(args.out / "report.html")
    s = report.summary
    headline = {
        "paragraphs": asst.store.n_readouts,
        "questions": s["questions"],
        "build_seconds": round(build_s, 1),
        "hit@1": s["hit@1"],
        f"hit@{args.k}": s[f"hit@{args.k}"],
        "mrr": s["mrr"],
        "contains_reference": s["contains_reference"],
        "citation_recall": s["citation_recall"],
        "exact_match": s["exact_match"],
        "f1": s["f1"],
        "false_abstain_rate": s["false_abstain_rate"],
        "latency_p50_ms": s["latency_p50_ms"],
        "latency_p95_ms": s["latency_p95_ms"],
    }
    print(
        f"XQuAD en: {headline['paragraphs']} paragraphs, {headline['questions']} questions "
        f"(index {'built' if asst.last_build and asst.last_build.wrote else 'reused'} in {build_s:.1f}s)"
    )
    for key, value in headline.items():
        if key in ("paragraphs", "questions", "build_seconds"):
            continue
        shown = f"{value:.1f} ms" if key.endswith("_ms") else (f"{value:.3f}" if key == "mrr" else f"{value:.1%}")
        print(f"  {key:<20}{shown:>10}")
    print(f"report: {args.out / 'report.html'}")
    if args.json:
        args.json.write_text(json.dumps(headline, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
