"""The two stores side by side: the folder store (FAISS + SQLite) and PostgreSQL + pgvector, on the same
synthetic readouts, in the same run.

For each size N it writes N synthetic readouts (``synth.py``), prepares them
once (ingest, chunk, extract records, embed: the part both stores share, timed
once), then writes that same content into each store (timed per store), and
starts one fresh process per store that opens the index like a server does and
answers questions: ``ask`` p50/p95, its resident memory (and, for PostgreSQL,
that of the database sessions serving it), then adds one readout.
Indexing throughput = N / (shared preparation + the store's write).

    python benchmarks/stores.py                      # N = 10,000, the real bundled model, a pgserver PostgreSQL
    python benchmarks/stores.py --sizes 1000,10000 --store postgresql://user@host/db
    python benchmarks/stores.py --sizes 100000 --embedder hash   # store costs only: a hashing embedder, no model

Without ``--store`` a PostgreSQL 16 with pgvector is started with pgserver in
the work folder. Prints a table (ratios are PostgreSQL / folder; below 1
favours PostgreSQL) and writes JSON to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
import synth  # noqa: E402
from perf import machine, percentile  # noqa: E402


class HashingEmbedder:
    """A model-free embedder of the real model's dimension (words hashed to random unit vectors), so the largest
    runs measure the stores rather than the model. Not for answer quality."""

    backend = "hash"

    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension
        self.model_id = f"hash-{dimension}"
        self._words: dict[str, np.ndarray] = {}

    def _vec(self, text: str) -> np.ndarray:
        out = np.zeros(self.dimension, np.float32)
        for w in text.lower().split():
            v = self._words.get(w)
            if v is None:
                seed = int.from_bytes(hashlib.sha256(w.encode()).digest()[:8], "little")
                v = self._words[w] = np.random.default_rng(seed).standard_normal(self.dimension).astype(np.float32)
            out += v
        n = np.linalg.norm(out)
        return out / n if n else out

    def encode_document(self, texts, progress=None) -> np.ndarray:
        out = np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dimension), np.float32)
        if progress:
            progress(len(texts), len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self._vec(text)


def _rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settings(spec: dict):
    from assistant import load_settings

    over = {"store": spec.get("store"), "pg_schema": spec.get("schema"), "index_dir": spec.get("index")}
    if spec["embedder"] == "hash":
        over["model"] = "hash-384"
    return load_settings(**over)


def _embedder(spec: dict):
    if spec["embedder"] == "hash":
        return HashingEmbedder()
    from assistant.index.embed import make_embedder

    return make_embedder(_settings(spec))


# --------------------------------------------------------------------------- workers
def prepare_and_write(spec: dict) -> dict:
    """Prepare the corpus once, then write it into each store; times and sizes."""
    from assistant.api import make_backend
    from assistant.corpus.ingest import ingest_paths
    from assistant.index.build import BuildReport, _counts, prepare
    from assistant.index.manifest import fingerprint, new_manifest

    settings = _settings(spec["stores"][0])
    embedder = _embedder(spec["stores"][0])
    t0 = time.perf_counter()
    report = ingest_paths([Path(spec["corpus"])], settings.max_readout_bytes)
    readouts = sorted(report.readouts, key=lambda r: r.source)
    build = BuildReport()
    content = prepare(readouts, settings, embedder, None, build, None)
    content.manifest = new_manifest(
        embedder=embedder,
        dimension=int(embedder.dimension),
        settings_fp=fingerprint(settings, embedder.model_id),
        corpus_root=spec["corpus"],
        readouts=content.readouts,
        counts=_counts(content.chunks),
    )
    out = {
        "prepare_s": time.perf_counter() - t0,
        "readouts": len(readouts),
        "passages": len(content.passage_vectors),
        "sentences": len(content.sentence_vectors),
        "embedded_texts": build.embedded_texts,
        "prepare_peak_rss_mb": _peak_rss_mb(),
        "stores": {},
    }
    for store in spec["stores"]:
        backend = make_backend(_settings(store))
        t = time.perf_counter()
        with backend.writer_lock():
            backend.write(content)
        seconds = time.perf_counter() - t
        reader = backend.open()
        dense = reader.manifest.get("dense_index") or reader.manifest.get("faiss_index")
        out["stores"][store["name"]] = {"write_s": seconds, "disk_bytes": reader.disk_bytes(), "dense": dense}
        reader.close()
        if hasattr(backend, "close"):
            backend.close()
    return out


def serve(spec: dict) -> dict:
    """One server process: open, answer, report memory, add one readout."""
    from assistant import Assistant

    rss_start = _rss_mb()
    t0 = time.perf_counter()
    asst = Assistant.open(settings=_settings(spec), embedder=_embedder(spec))
    open_s = time.perf_counter() - t0
    questions = spec["questions"]
    for q in questions[:10]:  # warm up as a running server is
        asst.ask(q)
    lat, cited = [], 0
    for q in questions:
        t = time.perf_counter()
        answer = asst.ask(q)
        lat.append((time.perf_counter() - t) * 1000)
        cited += bool(answer.citations)
    rss = _rss_mb()
    db_rss = 0.0
    if spec.get("store"):
        import psycopg

        with psycopg.connect(spec["store"]) as conn:
            pids = [
                r[0]
                for r in conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE application_name LIKE %s",
                    [f"readout-assistant pid {os.getpid()} %"],
                )
            ]
        db_rss = sum(_rss_mb(p) for p in pids)
    t = time.perf_counter()
    asst.add([spec["add_file"]])
    add_s = time.perf_counter() - t
    ok = bool(asst.ask(questions[0]).text)
    return {
        "open_s": open_s,
        "ask_p50_ms": statistics.median(lat),
        "ask_p95_ms": percentile(lat, 0.95),
        "answered_with_citations": cited / len(questions),
        "rss_mb": rss,
        "rss_at_start_mb": rss_start,
        "peak_rss_mb": _peak_rss_mb(),
        "db_sessions_rss_mb": db_rss,
        "add_one_s": add_s,
        "ok_after_add": ok,
    }


WORKERS = {"prepare_and_write": prepare_and_write, "serve": serve}


def run_worker(name: str, spec: dict) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- driver
def _postgres(work: Path, url: str | None):
    if url:
        return url, None
    import pgserver

    server = pgserver.get_server(work / "pgdata", cleanup_mode="stop")
    return server.get_uri(), server


def bench_size(n: int, work: Path, url: str, args, built: dict | None = None) -> dict:
    corpus = work / f"corpus-{n}"
    if not corpus.is_dir() or len(list(corpus.iterdir())) != n:
        synth.write_corpus(n, corpus)
    extra = work / f"extra-{n}"
    (add_file,) = synth.write_corpus(1, extra, start=n)
    stores = [
        {"name": "folder", "index": str(work / f"folder-{n}"), "embedder": args.embedder},
        {"name": "postgresql", "store": url, "schema": f"bench_{n}", "embedder": args.embedder},
    ]
    if built is None:
        print(f"N={n:,}: preparing once, then writing both stores ...", file=sys.stderr, flush=True)
        built = run_worker("prepare_and_write", {"corpus": str(corpus), "stores": stores})
    else:  # --serve-again: the earlier serve added one readout to each store; this one adds another
        (add_file,) = synth.write_corpus(1, extra, start=n + 1 + int(time.time()) % 1000)
    questions = synth.questions(args.questions, n)
    result = {"n": n, "build": built, "serve": {}}
    for store in stores:
        print(f"N={n:,}: serving from {store['name']} ...", file=sys.stderr, flush=True)
        result["serve"][store["name"]] = run_worker(
            "serve", {**store, "questions": questions, "add_file": str(add_file)}
        )
    return result


ROWS = [
    (
        "indexing, readouts/s (shared prepare + store write)",
        lambda b, s, n, k: n / (b["prepare_s"] + b["stores"][k]["write_s"]),
    ),
    ("store write, s", lambda b, s, n, k: b["stores"][k]["write_s"]),
    ("store size, MB", lambda b, s, n, k: b["stores"][k]["disk_bytes"] / 1e6),
    ("open, s", lambda b, s, n, k: s[k]["open_s"]),
    ("ask p50, ms", lambda b, s, n, k: s[k]["ask_p50_ms"]),
    ("ask p95, ms", lambda b, s, n, k: s[k]["ask_p95_ms"]),
    ("server process RSS, MB", lambda b, s, n, k: s[k]["rss_mb"]),
    ("+ its database sessions' RSS, MB", lambda b, s, n, k: s[k]["db_sessions_rss_mb"]),
    ("add one readout, s", lambda b, s, n, k: s[k]["add_one_s"]),
]


def table(results: list[dict]) -> str:
    head = "| |" + "".join(f" N={r['n']:,}: folder | PostgreSQL | ratio |" for r in results)
    lines = [head, "|---|" + "---|---|---|" * len(results)]
    for label, get in ROWS:
        cells = []
        for r in results:
            f, p = (get(r["build"], r["serve"], r["n"], k) for k in ("folder", "postgresql"))
            ratio = f"{p / f:.2f}x" if f else "–"
            cells.append(
                f" {f:.3g} | {p:.3g} | {ratio} |"
                if label != "+ its database sessions' RSS, MB"
                else f" – | {p:.0f} | – |"
            )
        lines.append(f"| {label} |" + "".join(cells))
    prep = "; ".join(
        f"N={r['n']:,}: {r['build']['prepare_s']:.0f} s ({r['build']['readouts']:,} readouts, "
        f"{r['build']['passages']:,} passages, {r['build']['sentences']:,} sentences, dense "
        f"{r['build']['stores']['postgresql']['dense']})"
        for r in results
    )
    return "\n".join(lines) + f"\n\nShared preparation (ingest, chunk, records, embed): {prep}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("spec", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="10000", help="comma-separated corpus sizes (default 10000)")
    parser.add_argument("--store", help="an existing PostgreSQL (default: start one with pgserver)")
    parser.add_argument("--questions", type=int, default=200, help="questions per server (default 200)")
    parser.add_argument(
        "--embedder",
        choices=["real", "hash"],
        default="real",
        help="real: the bundled model (default); hash: no model, store costs only",
    )
    parser.add_argument("--workdir", help="where corpora and indexes go (default: a new temporary folder)")
    parser.add_argument(
        "--serve-again",
        type=Path,
        help="an earlier run's JSON (same --workdir): measure the servers again on its indexes, without rebuilding",
    )
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](json.loads(args.spec))))
        return 0
    work = Path(args.workdir or tempfile.mkdtemp(prefix="stores-"))
    work.mkdir(parents=True, exist_ok=True)
    url, server = _postgres(work, args.store)
    info = machine()
    earlier = (
        {r["n"]: r["build"] for r in json.loads(args.serve_again.read_text())["results"]} if args.serve_again else {}
    )
    results = [bench_size(int(n), work, url, args, earlier.get(int(n))) for n in args.sizes.split(",") if n]
    out = {"machine": info, "embedder": args.embedder, "results": results}
    (HERE / "results").mkdir(exist_ok=True)
    path = HERE / "results" / f"stores-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(
        f"{info['cpu']}, {info['cores']} cores, {info['memory']}, Python {info['python']}; load at start "
        f"{info['load_avg_1m_at_start']}; embedder: {args.embedder}"
    )
    print(table(results))
    print(f"wrote {path}", file=sys.stderr)
    if server is not None:
        server.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
