"""Readout records against hand labels: meeting date, place, kind, participants, statement kinds and actors.

``benchmarks/data/readout_labels.jsonl`` holds the team's labels for 56 real
readouts from ../shared/corpus (values and character offsets only; the guide
the labellers followed is ``readout_labels_guide.md``). The readouts were
split into dev and test before any extraction rule was written; rules were
tuned by reading dev only. Usage:

    python benchmarks/records.py                 # test split (the reported figures)
    python benchmarks/records.py --split dev --errors   # dev, listing every disagreement

Figures: meeting-date accuracy, place accuracy (None must match None; names
match when one contains the other after folding), kind accuracy,
participant precision / recall / F1 (a predicted participant matches a
labelled one of the same side by surname, or, for those without a name, by
title head and country), statement-kind accuracy with a confusion table,
actor accuracy. 95% Wilson intervals beside each rate.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = HERE / "data" / "readout_labels.jsonl"
sys.path.insert(0, str(ROOT))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of k successes in n."""
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - r) / d, (c + r) / d)


def _fold(s: str | None) -> str:
    from assistant.text.tokenize import fold

    return " ".join(fold(s or "").replace(".", "").replace(",", " ").split())


def same_place(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    fa, fb = _fold(a).removeprefix("the "), _fold(b).removeprefix("the ")
    return fa in fb or fb in fa


def same_country(a: str | None, b: str | None) -> bool:
    from assistant.text.names import canonical_party

    if not a or not b:
        return not a and not b
    return (canonical_party(a) or a) == (canonical_party(b) or b)


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    parts = [p for p in _fold(name).split() if p not in ("jr", "sr")]
    return parts[-1] if parts else None


def match_participants(pred, gold) -> int:
    """How many predicted participants match a labelled one (each label used once)."""
    used, hits = set(), 0
    for p in pred:
        for i, g in enumerate(gold):
            if i in used or p.side != g["side"]:
                continue
            names = {_fold(w) for w in (p.name or "").split()} | {_surname(p.name)}
            if g["name"] and p.name and (_surname(g["name"]) in names or _surname(p.name) in _fold(g["name"]).split()):
                used.add(i)
                hits += 1
                break
            if (
                not g["name"]
                and not p.name
                and same_country(p.country, g["country"])
                and p.title
                and g["title"]
                and _fold(p.title).split()[-1] in _fold(g["title"]).split()
            ):
                used.add(i)
                hits += 1
                break
    return hits


def evaluate(split: str, show_errors: bool = False) -> dict:
    from assistant.corpus.chunking import sentences_of
    from assistant.corpus.ingest import ingest_paths
    from assistant.corpus.meetings import extract_meeting
    from assistant.corpus.statements import extract_statements

    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = [x for x in labels if split == "all" or x["split"] == split]
    report = ingest_paths([CORPUS / x["source"] for x in labels])
    by_name = {r.source: r for r in report.readouts}
    c: Counter = Counter()
    confusion: Counter = Counter()
    errors = []
    for x in labels:
        r = by_name.get(x["source"]) or by_name[Path(x["source"]).name]
        sents = sentences_of(r)
        m = extract_meeting(r, sents)
        st = extract_statements(sents, m)
        c["readouts"] += 1
        c["date"] += (m.date.isoformat() if m.date else None) == x["meeting_date"]
        c["place"] += same_place(m.place, x["place"])
        c["kind"] += m.kind == x["kind"]
        hits = match_participants(m.participants, x["participants"])
        c["p_hits"] += hits
        c["p_pred"] += len(m.participants)
        c["p_gold"] += len(x["participants"])
        errors += _meeting_errors(x, m, hits)
        for g in x["sentences"]:
            # the statement of the sentence holding the labelled span's start (labels keep offsets, not indexes,
            # so they stay valid when sentence boundaries change)
            s = next((t for t in st if t.start <= g["start"] < t.end), None)
            c["sentences"] += 1
            if s is None:
                continue
            c["skind"] += s.kind == g["kind"]
            c["actor"] += s.actor == g["actor"] or (
                s.actor not in ("issuer", "counterpart", "both") and g["actor"] not in ("issuer", "counterpart", "both")
            )
            confusion[(g["kind"], s.kind)] += 1
            if s.kind != g["kind"] or s.actor != g["actor"]:
                errors.append(
                    f"  {x['source'][:50]} #{g['i']} gold {g['kind']}/{g['actor']} got {s.kind}/{s.actor}: "
                    f"{r.text[g['start'] : g['end']][:140]}"
                )
    return {"counts": c, "confusion": confusion, "errors": errors}


def _meeting_errors(x, m, hits) -> list[str]:
    out = []
    src = x["source"][:60]
    if (m.date.isoformat() if m.date else None) != x["meeting_date"]:
        out.append(f"{src} date gold {x['meeting_date']} got {m.date} ({m.date_text})")
    if not same_place(m.place, x["place"]):
        out.append(f"{src} place gold {x['place']!r} got {m.place!r}")
    if m.kind != x["kind"]:
        out.append(f"{src} kind gold {x['kind']} got {m.kind}")
    if hits != len(x["participants"]) or hits != len(m.participants):
        gold = "; ".join(f"{p['name']}|{p['title']}|{p['country']}|{p['side']}" for p in x["participants"])
        got = "; ".join(f"{p.name}|{p.title}|{p.country}|{p.side}" for p in m.participants)
        out.append(f"{src} participants\n     gold {gold}\n     got  {got}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["dev", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="list disagreements (read them on dev only)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not present")
        return 0
    res = evaluate(args.split, args.errors)
    c = res["counts"]
    prec = c["p_hits"] / c["p_pred"] if c["p_pred"] else 0.0
    rec = c["p_hits"] / c["p_gold"] if c["p_gold"] else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    rows = [
        ("meeting date", c["date"], c["readouts"]),
        ("place", c["place"], c["readouts"]),
        ("kind", c["kind"], c["readouts"]),
        ("participant precision", c["p_hits"], c["p_pred"]),
        ("participant recall", c["p_hits"], c["p_gold"]),
        ("statement kind", c["skind"], c["sentences"]),
        ("actor", c["actor"], c["sentences"]),
    ]
    print(f"split {args.split}: {c['readouts']} readouts, {c['sentences']} sentences")
    out = {"split": args.split, "participants_f1": round(f1, 3)}
    for name, k, n in rows:
        lo, hi = wilson(k, n)
        print(f"  {name:<22} {k / n if n else float('nan'):6.1%}  ({k}/{n}; 95% CI {lo:.1%}-{hi:.1%})")
        out[name] = {"rate": round(k / n, 4) if n else None, "k": k, "n": n, "ci95": [round(lo, 4), round(hi, 4)]}
    print(f"  participants F1        {f1:6.1%}")
    conf = res["confusion"]
    ad = conf[("agreed", "discussed")] + conf[("discussed", "agreed")]
    print(f"  agreed<->discussed confusions: {ad} of {c['sentences']} sentences ({ad / max(c['sentences'], 1):.1%})")
    out["agreed_discussed_confusions"] = ad
    kinds = sorted({g for g, _ in conf} | {p for _, p in conf})
    print("  confusion (rows gold, columns predicted):")
    print("    " + " ".join(f"{k[:5]:>5}" for k in kinds))
    for g in kinds:
        print(f"    {g[:12]:<12}" + " ".join(f"{conf[(g, p)] or '.':>5}" for p in kinds))
    if args.errors:
        print("\n".join(res["errors"]))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
