"""benchmarks/load.py end to end on a small scale: a real `assistant serve` (bundled model) over the seed
readouts, a few clients through /ask. No timing is asserted; the figures come from the full run."""

from __future__ import annotations

import json
import sys

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.integration

sys.path.insert(0, str(ROOT / "benchmarks"))
import load  # noqa: E402


def test_the_load_benchmark_runs_and_reports_every_figure(tmp_path, capsys):
    out = tmp_path / "load.json"
    rc = load.main(
        [
            "--corpus",
            str(SEEDS),
            "--clients",
            "3",
            "--per-client",
            "4",
            "--total",
            "24",
            "--baseline",
            "4",
            "--json",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert rc == 0, printed
    result = json.loads(out.read_text())
    phases = list(result["phases"].values())
    assert [p["questions"] for p in phases] == [4, 12, 24] and all(p["errors"] == 0 for p in phases)
    assert all(p["p95_ms"] >= p["p50_ms"] > 0 for p in phases)
    assert result["readouts"] == 5 and result["rss_mb"]["warm"] > 0 and result["rss_mb"]["end"] > 0
    assert result["ratios"]["p50_load"] > 0
    assert "| single client, 4 questions (baseline) |" in printed and "Ratios against" in printed


def test_the_load_benchmark_skips_without_the_shared_readouts(tmp_path, capsys):
    assert load.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skipped: no readouts at" in capsys.readouterr().out
