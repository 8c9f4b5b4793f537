"""The kit behind the own-words question sets: deal the readouts to writers, check a writer's file, merge a batch.

A batch is six writers (helpers that see neither the code nor earlier questions), each given a sixth of the 941
shared readouts and ``benchmarks/writer_brief.md``; every three writers' files make one set:

    python benchmarks/writers.py deal WORKDIR SEED P1 P2 P3 P4 P5 P6   # briefs, shares, what was asked before
    python benchmarks/writers.py check WORKDIR/P1.jsonl                # a writer runs this until it prints OK
    python benchmarks/writers.py merge WORKDIR NAME=P1,P2,P3 NAME2=P4,P5,P6 [--drop ID,...] [--write]

``check`` bars a must-say fact already asked of the same readout by any committed set (``used_facts.tsv``, written
by ``deal``) and a list or count sharing two readouts with an earlier one (``asked_lists.tsv``); it cannot judge
wording, uniqueness or completeness. ``merge`` reports what the batch's writers asked twice (lists sharing two
readouts, a dev question whose gold a test list or count uses) and, with ``--write``, writes
``benchmarks/data/answer_questions_NAME.jsonl``, to be registered in ``answers.py`` before its first run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpus"
DATA = HERE / "data"

#: rows per writer, by (split, type): 16 dev, 25 test
QUOTA = {
    **{("dev", t): n for t, n in {"agreed": 1, "amount": 1, "comparison": 1, "fact": 2, "follow_up": 1, "list": 1,
                                  "no_name": 2, "two_part": 2, "unans_detail": 1, "unans_wrong_date": 1, "when": 1,
                                  "where": 1, "who": 1}.items()},
    **{("test", t): n for t, n in {"agreed": 2, "amount": 2, "comparison": 1, "count": 1, "fact": 4, "follow_up": 2,
                                   "list": 1, "no_name": 2, "two_part": 2, "unans_combo": 1, "unans_detail": 1,
                                   "unans_no_meeting": 1, "when": 2, "where": 1, "who": 2}.items()},
}  # fmt: skip
#: capitalised words a question that names nothing may hold: titles, months, days
_NOT_NAMES = frozenset(
    "President Vice Secretary Prime Minister Foreign Deputy National Security Advisor Adviser Chancellor King Queen "
    "Crown Prince Emperor General Ambassador Envoy Special Senator Governor Mayor Premier I January February March "
    "April May June July August September October November December Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split()
)
_POINTS_BACK = re.compile(r"\b(he|she|they|it|him|her|them|his|their|its|that|those|this|these|the same)\b", re.I)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _spans(row: dict) -> list[dict]:
    spans = list(row.get("evidence_spans") or [])
    for part in row.get("parts") or []:
        spans += part.get("evidence_spans") or []
    return [s for s in spans if isinstance(s, dict) and "source" in s]


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------------------------------------ deal
def asked_before(extra: list[Path] = ()) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    """(readout, must-say fact) pairs and (id, readouts) of lists and counts of every committed set (and ``extra``)."""
    facts: set[tuple[str, str]] = set()
    lists: list[tuple[str, str]] = []
    for path in [*sorted(DATA.glob("answer_questions*.jsonl")), *extra]:
        for row in _rows(path):
            groups = [(row.get("evidence_spans") or [], row.get("must_contain") or [])]
            groups += [(p.get("evidence_spans") or [], p.get("must_contain") or []) for p in row.get("parts") or []]
            for spans, must in groups:
                facts |= {(s["source"], _norm(str(m))) for s in spans if isinstance(s, dict) for m in must}
            if row.get("type") in ("list", "count") and len(row.get("sources") or []) >= 2:
                lists.append((str(row.get("id", "?")), "|".join(sorted(row["sources"]))))
    return facts, lists


def deal(workdir: Path, seed: int, prefixes: list[str], corpus: Path = CORPUS) -> None:
    """Write each writer's brief and share of the readouts, and what earlier sets asked, into ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    facts, lists = asked_before()
    (workdir / "used_facts.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in sorted(facts)), encoding="utf-8")
    (workdir / "asked_lists.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in lists), encoding="utf-8")
    files = sorted(
        f"{p.parent.name}/{p.name}" for folder in ("readouts", "large") for p in (corpus / folder).glob("*.txt")
    )
    random.Random(seed).shuffle(files)
    brief = (HERE / "writer_brief.md").read_text(encoding="utf-8")
    (workdir / "format_examples.jsonl").write_text((DATA / "writer_format_examples.jsonl").read_text(encoding="utf-8"))
    for k, prefix in enumerate(prefixes):
        (workdir / f"share_{prefix}.txt").write_text("\n".join(sorted(files[k :: len(prefixes)])) + "\n")
        text = brief.replace("PREFIX", prefix).replace("DIR", str(workdir))
        text = text.replace("PYTHON", sys.executable).replace("REPO", str(REPO)).replace("CORPUS", str(corpus))
        (workdir / f"brief_{prefix}.md").write_text(text)
    print(f"{len(files)} readouts dealt to {len(prefixes)} writers; {len(facts)} facts and {len(lists)} lists asked")


# ------------------------------------------------------------------------------------------------ check
class Checker:
    """The checks of one writer's rows against the corpus and what was asked before."""

    def __init__(self, corpus: Path, facts: set[tuple[str, str]], lists: list[tuple[str, set[str]]]) -> None:
        self.corpus, self.facts, self.lists = corpus, facts, lists
        self._texts: dict[str, str | None] = {}

    def text(self, source: str) -> str | None:
        if source not in self._texts:
            path = self.corpus / source
            ok = path.parent.name in ("readouts", "large") and path.is_file()
            self._texts[source] = path.read_text(encoding="utf-8") if ok else None
        return self._texts[source]

    def spans(self, where: str, spans: list[dict], must: list[str], new_facts: bool = True) -> list[str]:
        problems, joined = [], ""
        for s in spans:
            text = self.text(s.get("source", ""))
            a, b = s.get("start"), s.get("end")
            if text is None:
                problems.append(f"{where}: span source {s.get('source')!r} is not a file under readouts/ or large/")
                continue
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                problems.append(f"{where}: span {a}..{b} is outside {s['source']} (length {len(text)})")
                continue
            if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (
                b < len(text) and text[b - 1].isalnum() and text[b].isalnum()
            ):
                problems.append(f"{where}: span {a}..{b} of {s['source']} cuts a word")
            joined += " " + text[a:b]
            problems += [
                f"{where}: must-say {m!r} of {s['source']} was asked before; ask another fact"
                for m in must
                if new_facts and (s["source"], _norm(m)) in self.facts
            ]
        problems += [
            f"{where}: must-say {m!r} is not in the evidence spans' text" for m in must if _norm(m) not in _norm(joined)
        ]
        return problems

    def row(self, n: int, row: dict, prefix: str) -> list[str]:
        where = f"row {n} ({row.get('id')})"
        problems = [] if row.get("id") == f"{prefix}-{n:03d}" else [f"{where}: id must be {prefix}-{n:03d}"]
        kind, spans, must = str(row.get("type")), row.get("evidence_spans") or [], row.get("must_contain") or []
        problems += [f"{where}: {k!r} must be a non-empty string" for k in ("question", "reference", "notes")
                     if not (isinstance(row.get(k), str) and row[k].strip())]  # fmt: skip
        if kind.startswith("unans_"):
            if row.get("answerable") is not False or spans or must:
                problems.append(f"{where}: unanswerable rows need answerable false, no evidence_spans, no must_contain")
            return problems
        sources = set(row.get("sources") or [])
        if row.get("answerable") is not True or not spans or not {s.get("source") for s in spans} <= sources:
            problems.append(f"{where}: answerable true, with evidence_spans whose sources are all in 'sources'")
        if kind in ("list", "count"):
            return problems + self._listed(where, row, sources)
        problems += [] if must else [f"{where}: give 1-3 must_contain strings"]
        problems += self.spans(where, spans, must)
        for i, part in enumerate(row.get("parts") or [], 1):
            problems += self.spans(
                f"{where} part {i}", part.get("evidence_spans") or [], part.get("must_contain") or [], False
            )
        return problems + self._shape(where, kind, row)

    def _listed(self, where: str, row: dict, sources: set[str]) -> list[str]:
        problems = [f"{where}: lists and counts leave must_contain empty"] if row.get("must_contain") else []
        if not 2 <= len(sources) <= 8 or {s.get("source") for s in row.get("evidence_spans") or []} != sources:
            problems.append(f"{where}: a list/count needs 2-8 sources, one evidence span in each")
        if row.get("type") == "count" and row.get("expected_count") != len(sources):
            problems.append(f"{where}: expected_count must equal the number of sources ({len(sources)})")
        problems += [f"{where}: shares {len(old & sources)} readouts with earlier list/count {qid}; ask another"
                     for qid, old in self.lists if len(old & sources) >= 2]  # fmt: skip
        return problems + self.spans(where, row.get("evidence_spans") or [], [])

    def _shape(self, where: str, kind: str, row: dict) -> list[str]:
        if kind == "two_part" and len(row.get("parts") or []) != 2:
            return [f"{where}: a two_part row needs exactly 2 parts"]
        if kind == "comparison" and len({s.get("source") for s in row.get("evidence_spans") or []}) < 2:
            return [f"{where}: a comparison needs evidence spans in two readouts"]
        if kind == "follow_up" and (
            [m.get("role") for m in row.get("history") or []] != ["user", "assistant"]
            or not _POINTS_BACK.search(row.get("question", ""))
        ):
            return [f"{where}: a follow-up has history [user, assistant] and refers back (he, they, that call ...)"]
        if kind == "no_name":
            q = row.get("question", "")
            later = [
                m for m in re.finditer(r"[A-Za-z][\w'.-]*", q) if not re.search(r"(^|[.?!:;\"(]\s*)$", q[: m.start()])
            ]
            named = [
                m.group()
                for m in later
                if m.group()[0].isupper() and m.group().rstrip(".").removesuffix("'s") not in _NOT_NAMES
            ]
            return [f"{where}: a no_name question names nothing: {named}"] if named else []
        return []


def _tsv(path: Path) -> list[tuple[str, str]]:
    """The rows of a two-column file ``deal`` wrote."""
    return [(a, b) for a, b in (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())]


def check(path: Path, corpus: Path = CORPUS) -> list[str]:
    """Every problem of a writer's file (empty when it is ready); the writer's prefix is the file's name."""
    from assistant.eval.datasets import parse_row

    facts = {(src, fact) for src, fact in _tsv(path.parent / "used_facts.tsv")}
    lists = [(qid, set(sources.split("|"))) for qid, sources in _tsv(path.parent / "asked_lists.tsv")]
    checker, problems, rows = Checker(corpus, facts, lists), [], _rows(path)
    for n, row in enumerate(rows, 1):
        try:
            parse_row(row, f"row {n}", f"q{n}")
        except ValueError as exc:
            problems.append(f"row {n}: {exc}")
            continue
        problems += checker.row(n, row, path.stem)
    got = Counter((r.get("split"), r.get("type")) for r in rows)
    keys = sorted(set(QUOTA) | set(got), key=str)
    problems += [
        f"quota: {k} has {got.get(k, 0)}, needs {QUOTA.get(k, 0)}" for k in keys if got.get(k, 0) != QUOTA.get(k, 0)
    ]
    return problems


# ------------------------------------------------------------------------------------------------ merge
def overlaps(rows: list[dict]) -> list[str]:
    """What a batch's writers asked twice: lists or counts sharing two readouts, a dev question whose gold a test
    list or count of another writer uses, the same question."""
    lists = [r for r in rows if r.get("type") in ("list", "count")]
    found = [f"lists {a['id']} ({a['split']}) and {b['id']} ({b['split']}) share readouts"
             for i, a in enumerate(lists) for b in lists[i + 1 :]
             if a["id"][:2] != b["id"][:2] and len(set(a["sources"]) & set(b["sources"])) >= 2]  # fmt: skip
    for r in (r for r in rows if r.get("split") == "dev"):
        for t in (t for t in lists if t.get("split") == "test" and t["id"][:2] != r["id"][:2]):
            if any(s["source"] == u["source"] and s["start"] < u["end"] and u["start"] < s["end"]
                   for s in _spans(r) for u in _spans(t)):  # fmt: skip
                found.append(f"dev {r['id']} uses gold of test {t['id']}")
    seen: dict[str, str] = {}
    for r in rows:
        if (q := _norm(r.get("question", ""))) in seen:
            found.append(f"{seen[q]} and {r['id']} ask the same")
        seen[q] = r["id"]
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("deal")
    d.add_argument("workdir", type=Path)
    d.add_argument("seed", type=int)
    d.add_argument("prefixes", nargs="+")
    c = sub.add_parser("check")
    c.add_argument("file", type=Path)
    m = sub.add_parser("merge")
    m.add_argument("workdir", type=Path)
    m.add_argument("groups", nargs="+", help="NAME=P1,P2,P3")
    m.add_argument("--drop", default="", help="ids to leave out, comma-separated")
    m.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not present: the kit works on the shared readouts")
        return 1
    if args.cmd == "deal":
        deal(args.workdir, args.seed, args.prefixes)
        return 0
    if args.cmd == "check":
        sys.path.insert(0, str(REPO))
        problems = check(args.file)
        print("\n".join(problems) if problems else f"OK: {len(_rows(args.file))} rows")
        return 1 if problems else 0
    groups = {name: ps.split(",") for name, ps in (g.split("=", 1) for g in args.groups)}
    rows = {p: _rows(args.workdir / f"{p}.jsonl") for ps in groups.values() for p in ps}
    print("\n".join(overlaps([r for rs in rows.values() for r in rs])) or "no overlap")
    drop = set(args.drop.split(",")) - {""}
    for name, ps in groups.items():
        kept = [r for p in ps for r in rows[p] if r["id"] not in drop]
        if args.write:
            out = DATA / f"answer_questions_{name}.jsonl"
            out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        print(f"{name}: {len(kept)} rows, {sum(r['split'] == 'test' for r in kept)} test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
