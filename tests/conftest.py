"""Shared fixtures. The network is blocked for every test (pytest-socket), except
loopback for the tests that start a real server on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_READOUTS = ROOT.parent / "shared" / "corpus" / "readouts"
DATA = Path(__file__).resolve().parent / "data"
#: The browser tests' Chromium (Debian's package, driven by Playwright) and its flags.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    """Tests never see the developer's ASSISTANT_* variables."""
    for key in list(os.environ):
        if key.startswith("ASSISTANT_"):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture(autouse=True)
def _fake_models(monkeypatch):
    """``hash-N`` model names mean the fake embedder of tests/fakes.py, for every path that makes an
    embedder from settings (the API, the CLI, the web chat); other names get the real factory."""
    import assistant.index.embed as embed
    from tests.fakes import fake_embedder_for

    real = embed.make_embedder
    monkeypatch.setattr(embed, "make_embedder", lambda settings: fake_embedder_for(settings.model) or real(settings))


@pytest.fixture
def fake_settings(tmp_path):
    """Settings that use the deterministic hash embedder and a temporary index."""
    from assistant.config import Settings

    return Settings(model="hash-64", index_dir=tmp_path / "index", corpus=SEEDS)


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of seeds/."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture
def fake_assistant(fake_settings, seeds_copy):
    from assistant import Assistant

    return Assistant.build(seeds_copy, settings=fake_settings)


@pytest.fixture(scope="session")
def real_assistant(tmp_path_factory):
    """The real bundled model over seeds/, built once per session."""
    from assistant import Assistant

    index_dir = tmp_path_factory.mktemp("real-index")
    return Assistant.build(SEEDS, index_dir=index_dir)


@pytest.fixture
def browser():
    """A real Chromium for the browser tests: skipped without one, a failure under CI."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but no browser at {CHROMIUM}: .ci/run installs it with apt-get install chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (install it with: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
