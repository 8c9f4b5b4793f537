"""Load on the web chat: many clients asking at once through the server's HTTP ask endpoint.

Indexes the 70 shared readouts (../shared/corpus/readouts) with the bundled
model into a temporary folder, starts a real ``assistant serve`` process on a
free loopback port, and asks the questions of benchmarks/data/readout_questions.jsonl
through ``/ask`` (Gradio's HTTP API: ``POST /gradio_api/call/v2/ask`` with
``{"question": ...}``, then the answer's event stream), the endpoint
``Client(url).predict(q, api_name="/ask")`` uses. Phases:

    baseline   one client, 25 questions one after another (after a warm-up)
    load       20 clients at once, 25 questions each (500)
    to 1,000   the same 20 clients go on, 25 more each (1,000 in all)

It reports errors, latency p50/p95 (request sent to answer received), the
server's resident memory after the warm-up, after 100 and after 1,000
questions under load, and ratios against the single-client baseline of the same
run. The clients run in this process (asyncio), on the same cores as the
server: on a 2-core machine they compete with it, which the figures include.

    python benchmarks/load.py                       # 20 clients x 25, then on to 1,000
    python benchmarks/load.py --clients 4 --per-client 5 --total 40    # a quick look
    python benchmarks/load.py --json benchmarks/results/load.json      # also write the figures

Exits 0 with a message when the shared readouts are absent.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "readouts"
QUESTIONS = HERE / "data" / "readout_questions.jsonl"


# --------------------------------------------------------------------------- the server
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env() -> dict[str, str]:
    """This environment without ASSISTANT_* overrides (default settings: the bundled model), offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return env


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", *args]


def build_index(corpus: Path, index_dir: Path) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(
        cli("index", str(corpus), "--index-dir", str(index_dir), "-q"),
        cwd=ROOT,
        env=server_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"indexing failed:\n{done.stderr}")
    return time.perf_counter() - t0


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` now, in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(index_dir: Path, port: int, log: Path) -> subprocess.Popen:
    out = open(log, "w")  # closed by stop_server
    proc = subprocess.Popen(
        cli("serve", "--index-dir", str(index_dir), "--port", str(port)),
        cwd=ROOT,
        env=server_env(),
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    proc.log = out  # type: ignore[attr-defined]
    return proc


def wait_ready(proc: subprocess.Popen, url: str, log: Path, timeout: float = 180) -> float:
    import httpx

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited (rc {proc.returncode}):\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s:\n{log.read_text()[-2000:]}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
    proc.log.close()  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the clients
class Tally:
    """Every question asked under load: latency, outcome, and memory at the checkpoints."""

    def __init__(self, pid: int, checkpoints: tuple[int, ...]) -> None:
        self.pid = pid
        self.rows: list[dict] = []
        self.checkpoints = set(checkpoints)
        self.rss: dict[int, float] = {}

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) in self.checkpoints:
            self.rss[len(self.rows)] = rss_mb(self.pid)


async def ask(client, url: str, question: str) -> dict:
    """One question through /ask: its latency and whether it was answered, abstained or failed."""
    t0 = time.perf_counter()
    try:
        # the named-parameter form: the endpoint's other parameters (history, filters ...) keep their defaults
        r = await client.post(f"{url}gradio_api/call/v2/ask", json={"question": question})
        r.raise_for_status()
        event_id = r.json()["event_id"]
        event, data = None, None
        async with client.stream("GET", f"{url}gradio_api/call/ask/{event_id}") as resp:
            resp.raise_for_status()
            async for line in resp.aiter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event in ("complete", "error"):
                    data = line[5:].strip()
                    break
        ms = (time.perf_counter() - t0) * 1000
        if event != "complete" or data is None:
            return {"ms": ms, "ok": False, "error": f"{event}: {(data or '')[:200]}"}
        answer = json.loads(data)[0]
        return {"ms": ms, "ok": True, "cited": bool(answer.get("citations")), "abstained": answer.get("abstained")}
    except Exception as exc:  # every failure is counted and shown, none stops the run
        return {"ms": (time.perf_counter() - t0) * 1000, "ok": False, "error": f"{type(exc).__name__}: {exc}"}


async def one_client(
    url: str, questions: list[str], start: int, count: int, phase_of, tally: Tally | None, out: list[dict]
) -> None:
    import httpx

    async with httpx.AsyncClient(timeout=300) as client:
        for i in range(count):
            row = await ask(client, url, questions[(start + i) % len(questions)])
            row["phase"] = phase_of(i)
            out.append(row)
            if tally is not None:
                tally.add(row)


async def run_clients(
    url: str, questions: list[str], clients: int, per_client: int, phase_of, tally: Tally | None
) -> list[dict]:
    out: list[dict] = []
    await asyncio.gather(*(one_client(url, questions, c * 7, per_client, phase_of, tally, out) for c in range(clients)))
    return out


# --------------------------------------------------------------------------- figures
def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linearly interpolated."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q / 100
    lo, hi = int(pos), min(int(pos) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summarise(rows: list[dict], seconds: float | None = None) -> dict:
    ms = [r["ms"] for r in rows if r["ok"]]
    return {
        "questions": len(rows),
        "errors": sum(not r["ok"] for r in rows),
        "cited": sum(bool(r.get("cited")) for r in rows),
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "mean_ms": statistics.fmean(ms) if ms else float("nan"),
        "per_s": len(rows) / seconds if seconds else None,
        "error_samples": sorted({r["error"] for r in rows if not r["ok"]})[:5],
    }


def print_table(result: dict) -> None:
    phases = result["phases"]
    print()
    print(
        f"Web chat under load: {result['readouts']} readouts, {result['model']}, server on 127.0.0.1 "
        f"({result['cpus']} CPUs, {result['python']}); clients in one asyncio process on the same machine"
    )
    print()
    print("| phase | questions | errors | cited | p50 ms | p95 ms | answers/s |")
    print("|---|---|---|---|---|---|---|")
    for name, s in phases.items():
        per_s = f"{s['per_s']:.1f}" if s["per_s"] else "-"
        print(
            f"| {name} | {s['questions']:,} | {s['errors']} | {s['cited']:,} | {s['p50_ms']:.1f} | "
            f"{s['p95_ms']:.1f} | {per_s} |"
        )
    rss = result["rss_mb"]
    print()
    print(f"| server RSS, MB | after warm-up | after 100 questions | after {result['total']:,} questions | peak seen |")
    print("|---|---|---|---|---|")
    print(
        f"| | {rss['warm']:.0f} | {rss.get('100', float('nan')):.0f} | {rss.get('end', float('nan')):.0f} | "
        f"{rss['peak']:.0f} |"
    )
    print(
        "Server RSS after n questions under load: "
        + ", ".join(f"{int(n):,}: {mb:.0f}" for n, mb in rss["by_questions"].items())
        + " MB"
    )
    print()
    r = result["ratios"]
    print(
        f"Ratios against the single-client baseline of this run: p50 under load {r['p50_load']:.2f}x, "
        f"p95 under load {r['p95_load']:.2f}x; p50 over all {result['total']:,} {r['p50_all']:.2f}x. "
        f"Memory after {result['total']:,} / after 100 questions: {r['rss_growth']:.3f}x."
    )
    for name, s in phases.items():
        for e in s["error_samples"]:
            print(f"  error in {name}: {e}")


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="Readouts to index (default: the 70 shared ones).")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--per-client", type=int, default=25, help="Questions per client in the load phase.")
    ap.add_argument("--total", type=int, default=1000, help="Questions under load in all (the same clients go on).")
    ap.add_argument("--baseline", type=int, default=25, help="Questions of the single-client baseline.")
    ap.add_argument("--json", type=Path, help="Also write the figures here as JSON.")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: no readouts at {args.corpus} (the shared corpus is not on this machine).")
        return 0
    questions = [
        json.loads(line)["question"] for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    rounds = max(1, -(-args.total // (args.clients * args.per_client)))  # load phases of per_client each
    total = args.clients * args.per_client * rounds

    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        index_dir, log = Path(tmp) / "index", Path(tmp) / "serve.log"
        print(f"indexing {args.corpus} ...", flush=True)
        index_s = build_index(args.corpus, index_dir)
        info = json.loads(
            subprocess.run(
                cli("info", "--index-dir", str(index_dir), "--json"),
                cwd=ROOT,
                env=server_env(),
                capture_output=True,
                text=True,
            ).stdout
        )
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        proc = start_server(index_dir, port, log)
        try:
            ready_s = wait_ready(proc, url, log)
            print(f"server pid {proc.pid} ready in {ready_s:.1f} s; warming up ...", flush=True)
            asyncio.run(run_clients(url, questions, 1, 5, lambda i: "warm-up", None))
            warm = rss_mb(proc.pid)

            t0 = time.perf_counter()
            single = asyncio.run(run_clients(url, questions, 1, args.baseline, lambda i: "single", None))
            single_s = time.perf_counter() - t0

            print(f"{args.clients} clients x {args.per_client * rounds} questions ...", flush=True)
            tally = Tally(proc.pid, (100, *range(250, total + 1, 250), total))
            peak = [warm]

            async def with_monitor():
                async def monitor():
                    while True:
                        peak[0] = max(peak[0], rss_mb(proc.pid))
                        await asyncio.sleep(0.5)

                watcher = asyncio.create_task(monitor())
                try:
                    return await run_clients(
                        url, questions, args.clients, args.per_client * rounds, lambda i: i // args.per_client, tally
                    )
                finally:
                    watcher.cancel()

            t0 = time.perf_counter()
            rows = asyncio.run(with_monitor())
            load_s = time.perf_counter() - t0
            peak[0] = max(peak[0], rss_mb(proc.pid))
        finally:
            stop_server(proc)

    first = [r for r in rows if r["phase"] == 0]
    base = summarise(single, single_s)
    load = summarise(first)
    everything = summarise(rows, load_s)
    phases = {
        f"single client, {len(single)} questions (baseline)": base,
        f"{args.clients} clients x {args.per_client} at once": load,
        f"same clients, on to {total:,}": everything,
    }
    result = {
        "readouts": info.get("readouts"),
        "model": f"{info.get('model')} ({info.get('backend')})",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "index_s": round(index_s, 1),
        "total": total,
        "phases": phases,
        "rss_mb": {
            "warm": warm,
            "100": tally.rss.get(100, float("nan")),
            "end": tally.rss.get(total, float("nan")),
            "peak": peak[0],
            "by_questions": {str(k): round(v, 1) for k, v in sorted(tally.rss.items())},
        },
        "ratios": {
            "p50_load": load["p50_ms"] / base["p50_ms"],
            "p95_load": load["p95_ms"] / base["p95_ms"],
            "p50_all": everything["p50_ms"] / base["p50_ms"],
            "rss_growth": tally.rss.get(total, float("nan")) / tally.rss.get(100, float("nan")),
        },
    }
    print_table(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1))
    return 1 if everything["errors"] or base["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
