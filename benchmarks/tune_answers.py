"""Choose the answerer's thresholds on the dev splits only, by coordinate ascent; prints the choice.

The ten question sets (``data/answer_questions.jsonl`` and its ``_fresh``, ``_third``, ``_fourth``,
``_fifth``, ``_sixth``, ``_seventh``, ``_eighth`` and ``_ninth`` siblings over all 941 shared readouts,
``data/readout_questions.jsonl`` over the 70 in ../shared/corpus/readouts) each carry a dev/test split fixed
when they were written. Only dev questions are asked here. The objective is balanced:

    J = 1/2 * (answerable dev questions whose answering sentence is cited)
      + 1/2 * (unanswerable dev questions the assistant abstains on)

pooled over the ten sets, with "every must-say fact present" breaking ties. With ``--all-sets`` every set of
``benchmarks/answers.py`` is asked (their dev splits) with the regression set; ``--objective targets`` maximises
the mean of the issue's four rates instead (answering sentence cited, every fact, unanswerable abstained on,
answerable answered), cited breaking ties; ``--only`` tries only the settings named. Round 34's choice:

    python benchmarks/tune_answers.py --all-sets --objective targets --rounds 1 --index-dir IDX

and round 48's, the same in two halves run side by side (``--only`` the first five settings of ``SPACE``, then the
other five); the README gives what each chose and what was taken.

Starting from the current defaults, each setting in turn is tried at each of
its values with the others held; the best is kept; two rounds. The chosen
values become ``Settings``' defaults by hand (the script prints them), and
``benchmarks/answers.py`` and ``benchmarks/quality.py`` then report the
test splits once.

    python benchmarks/tune_answers.py [--rounds 2] [--index-dir DIR] [--small-index-dir DIR] [--all-sets]
        [--objective balanced|targets] [--only SETTING,...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = {
    "answers": HERE / "data" / "answer_questions.jsonl",
    "fresh": HERE / "data" / "answer_questions_fresh.jsonl",
    "third": HERE / "data" / "answer_questions_third.jsonl",
    "fourth": HERE / "data" / "answer_questions_fourth.jsonl",
    "fifth": HERE / "data" / "answer_questions_fifth.jsonl",
    "sixth": HERE / "data" / "answer_questions_sixth.jsonl",
    "seventh": HERE / "data" / "answer_questions_seventh.jsonl",
    "eighth": HERE / "data" / "answer_questions_eighth.jsonl",
    "ninth": HERE / "data" / "answer_questions_ninth.jsonl",
    "quality": HERE / "data" / "readout_questions.jsonl",
}

#: The values tried for each setting (the current default is added if missing).
SPACE = {
    "min_support": [0.2, 0.25, 0.30, 0.34, 0.38, 0.42, 0.46],
    "min_coverage": [0.3, 0.35, 0.45, 0.5, 0.6, 0.7],
    "min_coverage_named": [0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
    "min_topic_cosine": [0.5, 0.55, 0.6, 0.65, 0.7],
    "min_topic_cosine_named": [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55],
    "min_topic_cosine_unnamed": [0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
    "min_score_named": [0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.0],
    "quote_margin": [0.06, 0.1, 0.12, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6],
    "max_quotes": [2, 3, 4, 5, 6, 7],
    "list_coverage": [0.6, 0.75, 0.9],
}


def _open(index_dir: Path, folders: list[Path]):
    from assistant import Assistant

    return Assistant.build(folders, index_dir=index_dir)


def outcome(records) -> tuple[int, int, int, int, int, int, int]:
    """(answerable, of them cited, unanswerable, of them abstained, questions with facts, of them all present,
    answerable abstained on)."""
    ans = [r for r in records if r["answerable"]]
    una = [r for r in records if not r["answerable"]]
    cited = sum(
        bool(r.get("answer_cited") if r.get("answer_cited") is not None else r.get("citation_recall")) for r in ans
    )
    facts = [r for r in ans if r.get("facts_all") is not None]
    return (
        len(ans),
        cited,
        len(una),
        sum(r["abstained"] for r in una),
        len(facts),
        sum(bool(r["facts_all"]) for r in facts),
        sum(bool(r["abstained"]) for r in ans),
    )


def objective(totals, kind: str = "balanced") -> tuple[float, float]:
    """(what is maximised, the tie-break). "balanced": cited and unanswerable abstention, half each, facts
    breaking ties; "targets": the mean of the issue's four rates (cited, every fact, unanswerable abstained,
    answerable answered), cited breaking ties."""
    n_a, cited, n_u, abst, n_f, facts, false_abst = totals
    rates = (cited / max(n_a, 1), abst / max(n_u, 1), facts / max(n_f, 1), 1 - false_abst / max(n_a, 1))
    if kind == "targets":
        return sum(rates) / 4, rates[0]
    return 0.5 * rates[0] + 0.5 * rates[1], rates[2]


def score(values: dict, stores: dict, kind: str = "balanced") -> tuple[tuple[float, float], tuple]:
    from assistant import Assistant, evaluate, load_settings

    totals = [0] * 7
    opened: dict = {}
    for path, index_dir in stores.values():
        if index_dir not in opened:
            settings = load_settings(index_dir=index_dir).model_copy(update=values)
            opened[index_dir] = Assistant.open(index_dir, settings=settings)
        report = evaluate(opened[index_dir], path, k=5, split="dev")
        totals = [a + b for a, b in zip(totals, outcome(report.records))]
    return objective(totals, kind), tuple(totals)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--index-dir", type=Path, help="index of all 941 shared readouts (built if missing)")
    ap.add_argument("--small-index-dir", type=Path, help="index of the 70 in corpus/readouts (built if missing)")
    ap.add_argument("--all-sets", action="store_true", help="every set of benchmarks/answers.py, not the first ten")
    ap.add_argument("--objective", choices=["balanced", "targets"], default="balanced")
    ap.add_argument("--only", help="comma-separated settings to try (default: all of SPACE)")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not present")
        return 0
    from assistant import load_settings

    big = args.index_dir or Path(tempfile.mkdtemp(prefix="tune-all-"))
    small = args.small_index_dir or Path(tempfile.mkdtemp(prefix="tune-70-"))
    _open(big, [CORPUS / "readouts", CORPUS / "large"])
    _open(small, [CORPUS / "readouts"])
    sets = dict(SETS)
    if args.all_sets:
        import answers

        sets = dict(answers.SETS) | {"quality": SETS["quality"]}
    stores = {name: (path, small if name == "quality" else big) for name, path in sets.items()}
    space = {k: v for k, v in SPACE.items() if not args.only or k in args.only.split(",")}
    defaults = load_settings()
    current = {k: getattr(defaults, k) for k in SPACE}
    best, totals = score(current, stores, args.objective)
    print(f"start {current}: J={best[0]:.3f} facts={best[1]:.3f} {totals}", flush=True)
    for rnd in range(args.rounds):
        changed = False
        for key, values in space.items():
            for v in sorted(set(values) | {current[key]}):
                if v == current[key]:
                    continue
                t0 = time.perf_counter()
                got, tot = score({**current, key: v}, stores, args.objective)
                print(
                    f"  round {rnd + 1} {key}={v}: J={got[0]:.3f} facts={got[1]:.3f} {tot} "
                    f"({time.perf_counter() - t0:.0f}s)",
                    flush=True,
                )
                if got > best:
                    best, current, totals, changed = got, {**current, key: v}, tot, True
            print(f"after {key}: {current[key]} (J={best[0]:.3f})", flush=True)
        if not changed:
            break
    print(f"chosen: {current}")
    print(
        f"dev: J={best[0]:.3f} facts={best[1]:.3f} (answerable, cited, unanswerable, abstained, with facts, "
        f"all facts, answerable abstained on) = {totals}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
