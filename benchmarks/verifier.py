"""Precision and recall of the citation verifier (assistant/verify.py) on a labelled set.

``benchmarks/data/verifier_pairs.jsonl`` holds claim / readout-sentence pairs
written by the team: paraphrases and partial restatements that the sentence
supports (label 1), and claims it does not support (label 0): wording made
stronger ("agreed" where the readout says "discussed", "expressed" or
"raised"), wrong numbers, names and dates, flipped negations, and changed
meaning. Evidence sentences come from seeds/ and from four readouts written
for this set (``benchmarks/data/verifier_readouts/``), read through the
project's own ingest so offsets and text are exactly what the assistant sees.

Positive class = "the verifier accepts the claim as supported":
precision = accepted claims that are truly supported / all accepted;
recall = truly supported claims accepted / all truly supported.

Pairs are split by evidence sentence (even groups: dev, odd: test). The two
soft parameters (cosine weight, threshold) are chosen on dev by F0.5
(precision weighs more: letting an unsupported claim through is worse than
flagging a true one) and reported on test untouched. ``--calibrate`` prints
the grid's best; verify.py's constants hold the values chosen. Usage:

    python benchmarks/verifier.py [--calibrate] [--json OUT]
    python benchmarks/verifier.py --heldout   # the 100 pairs of benchmarks/data/verifier_heldout/
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAIRS = HERE / "data" / "verifier_pairs.jsonl"
#: Written after the rules were frozen, by someone who had not read them: an honest out-of-sample check.
HELDOUT = HERE / "data" / "verifier_heldout" / "pairs.jsonl"
sys.path.insert(0, str(ROOT))


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_evidence(pairs: list[dict], embedder=None):
    """One Evidence per pair (the exact sentence span in its ingested readout) and the claims' vectors."""
    from assistant.corpus.ingest import ingest_paths
    from assistant.qa.verify import Evidence
    from assistant.records import Sentence

    readouts = {}
    for src in sorted({p["source"] for p in pairs}):
        (r,) = ingest_paths([ROOT / src]).readouts
        readouts[src] = r
    evidences = []
    for p in pairs:
        r = readouts[p["source"]]
        start = r.text.find(p["evidence"])
        if start < 0:
            raise SystemExit(f"pair {p['id']}: evidence sentence not found in {p['source']}")
        evidences.append(
            Evidence(
                Sentence(r.source, start, start + len(p["evidence"]), p["evidence"]), None, r.title, r.date, r.text
            )
        )
    if embedder is None:
        return evidences, [None] * len(pairs)
    ev_vecs = embedder.encode_document([e.sentence.text for e in evidences])
    claim_vecs = embedder.encode_document([p["claim"] for p in pairs])
    from dataclasses import replace

    evidences = [replace(e, vector=v) for e, v in zip(evidences, ev_vecs)]
    return evidences, list(claim_vecs)


def features(pairs, evidences, claim_vecs):
    from assistant.qa.verify import cosine, coverage, hard_checks

    rows = []
    for p, ev, vec in zip(pairs, evidences, claim_vecs):
        rows.append(
            {
                "hard": hard_checks(p["claim"], ev),
                "cos": cosine(vec, ev),
                "cov": coverage(p["claim"], ev.sentence.text + " " + ev.title),
            }
        )
    return rows


def predict(rows, w: float, t: float) -> list[bool]:
    from assistant.qa.verify import support_score

    return [not r["hard"] and support_score(r["cos"], r["cov"], w) >= t for r in rows]


def metrics(labels: list[int], preds: list[bool]) -> dict:
    tp = sum(1 for y, p in zip(labels, preds) if y and p)
    fp = sum(1 for y, p in zip(labels, preds) if not y and p)
    fn = sum(1 for y, p in zip(labels, preds) if y and not p)
    tn = sum(1 for y, p in zip(labels, preds) if not y and not p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f05 = (1.25 * prec * rec / (0.25 * prec + rec)) if prec + rec else 0.0
    # the same numbers seen from the other side: catching unsupported claims
    u_prec = tn / (tn + fn) if tn + fn else 1.0
    u_rec = tn / (tn + fp) if tn + fp else 1.0
    return {
        "n": len(labels),
        "precision": round(prec, 3),
        "recall": round(rec, 3),
        "f0.5": round(f05, 3),
        "unsupported_precision": round(u_prec, 3),
        "unsupported_recall": round(u_rec, 3),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def calibrate(pairs, rows) -> tuple[float, float, dict]:
    dev = [i for i, p in enumerate(pairs) if p["group"] % 2 == 0]
    best = None
    for wi in range(11):
        w = wi / 10
        for ti in range(20, 96):
            t = ti / 100
            preds = predict([rows[i] for i in dev], w, t)
            m = metrics([pairs[i]["label"] for i in dev], preds)
            key = (m["f0.5"], m["recall"], -abs(w - 0.5))
            if best is None or key > best[0]:
                best = (key, w, t, m)
    return best[1], best[2], best[3]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calibrate", action="store_true", help="grid-search the cosine weight and threshold on dev")
    ap.add_argument("--json", type=Path, help="write the results as JSON")
    ap.add_argument("--no-embeddings", action="store_true", help="lexical checks only (no model)")
    ap.add_argument("--show-errors", action="store_true", help="list the pairs the verifier gets wrong")
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="score the held-out pairs (written after the rules were "
        "frozen) with the calibrated parameters, all as test",
    )
    args = ap.parse_args(argv)

    from assistant.qa import verify

    pairs = load_pairs(HELDOUT if args.heldout else PAIRS)
    if args.heldout and args.calibrate:
        raise SystemExit("--calibrate reads the dev half of the calibration set, never the held-out pairs")
    embedder = None
    if not args.no_embeddings:
        from assistant.config import Settings
        from assistant.index.embed import make_embedder

        embedder = make_embedder(Settings())
    evidences, vecs = build_evidence(pairs, embedder)
    rows = features(pairs, evidences, vecs)
    w, t = verify.W_COSINE, (verify.THRESHOLD if embedder else verify.THRESHOLD_LEXICAL)
    out: dict = {
        "pairs": len(pairs),
        "supported": sum(p["label"] for p in pairs),
        "model": embedder.model_id if embedder else None,
    }
    if args.calibrate:
        cw, ct, cm = calibrate(pairs, rows)
        print(f"best on dev: W_COSINE={cw} THRESHOLD={ct}  {cm}")
        out["calibrated"] = {"W_COSINE": cw, "THRESHOLD": ct, "dev": cm}
        w, t = cw, ct
    out["params"] = {"W_COSINE": w, "THRESHOLD": t}
    preds = predict(rows, w, t)
    labels = [p["label"] for p in pairs]
    splits = (
        (("heldout", lambda p: True),)
        if args.heldout
        else (("dev", lambda p: p["group"] % 2 == 0), ("test", lambda p: p["group"] % 2 == 1), ("all", lambda p: True))
    )
    for split, keep in splits:
        idx = [i for i, p in enumerate(pairs) if keep(p)]
        out[split] = metrics([labels[i] for i in idx], [preds[i] for i in idx])
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        by_kind[f"{p['kind']}/{'supported' if p['label'] else 'unsupported'}"].append(i)
    out["accuracy_by_kind"] = {
        k: f"{sum(1 for i in ix if preds[i] == bool(labels[i]))}/{len(ix)}" for k, ix in sorted(by_kind.items())
    }

    print(
        f"{len(pairs)} pairs ({out['supported']} supported), params W_COSINE={w} THRESHOLD={t}, "
        f"embeddings: {out['model'] or 'off'}"
    )
    print(f"{'split':<6} {'n':>4} {'precision':>9} {'recall':>7} {'F0.5':>6} {'unsup.prec':>10} {'unsup.rec':>9}")
    for split, _ in splits:
        m = out[split]
        print(
            f"{split:<6} {m['n']:>4} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f0.5']:>6.3f} "
            f"{m['unsupported_precision']:>10.3f} {m['unsupported_recall']:>9.3f}"
        )
    print("accuracy by kind:", ", ".join(f"{k} {v}" for k, v in out["accuracy_by_kind"].items()))
    if args.show_errors:
        for i, p in enumerate(pairs):
            if preds[i] != bool(p["label"]):
                r = rows[i]
                score = verify.support_score(r["cos"], r["cov"], w)
                print(
                    f"  #{p['id']} label={p['label']} {p['kind']}: {p['claim']}  "
                    f"[score {score:.2f} cos {r['cos'] if r['cos'] is None else round(r['cos'], 2)} "
                    f"cov {r['cov']:.2f}; {'; '.join(r['hard']) or 'no hard failure'}]"
                )
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
