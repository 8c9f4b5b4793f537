"""Several processes on one PostgreSQL store (pgserver): two `assistant serve` processes, where a readout uploaded
through one is answered by the other without a restart; two `assistant index` runs at once ending in one
consistent corpus; and a writer killed with SIGKILL in the middle of an update, which leaves the old corpus
answering and the lock free."""

# ruff: noqa: F811  (the PostgreSQL fixtures are imported from tests/pg_support.py)
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import Assistant
from tests.conftest import ROOT
from tests.pg_support import pg_schema, pg_settings, pg_url, scalar, tables_of  # noqa: F401
from tests.test_ui import free_port

pytestmark = pytest.mark.postgres

SECURITY_Q = "What did the ministers agree on security?"
ZANZIBAR = (
    "Zanzibar Fisheries Talks\nDate: June 1, 2024\n\nThe delegations met in Stone Town. The delegations agreed "
    "to establish a joint patrol of the Zanzibar channel against illegal fishing.\n"
)
ZANZIBAR_Q = "What did the delegations agree about the Zanzibar channel?"
FIJI = "Fiji Oceans Call\nDate: July 2, 2024\n\nThe ministers agreed to fund coral reef monitoring around Fiji.\n"
FIJI_Q = "What did the ministers agree about coral reef monitoring?"

# the CLI with the fake embedder; PAUSED also stops inside the writer's transaction, after everything is written and
# the live generation switched, before the commit: it says READY, then waits until the file argv[2] exists
_CLI = (
    "import sys; sys.path.insert(0, sys.argv[1]); from tests.fakes import install_fake_models; "
    "install_fake_models(); from assistant.cli import main; sys.argv = ['assistant', *sys.argv[2:]]; main()"
)
_PAUSED = (
    "import os, sys, time; sys.path.insert(0, sys.argv[1]); from tests.fakes import install_fake_models; "
    "install_fake_models(); import assistant.index.pg as pg; real = pg.PgBackend._publish; gate = sys.argv[2]\n"
    "def paused(self, *a, **k):\n"
    "    name = real(self, *a, **k); print('READY', flush=True)\n"
    "    for _ in range(1200):\n"
    "        if os.path.exists(gate): break\n"
    "        time.sleep(0.1)\n"
    "    return name\n"
    "pg.PgBackend._publish = paused\n"
    "from assistant.cli import main; sys.argv = ['assistant', *sys.argv[3:]]; main()"
)


def _env(pg_schema: str) -> dict:
    return {**os.environ, "ASSISTANT_MODEL": "hash-64", "ASSISTANT_PG_SCHEMA": pg_schema, "PYTHONUNBUFFERED": "1"}


def _cli(args: list[str], env: dict, pause: Path | None = None) -> subprocess.Popen:
    code = (
        [sys.executable, "-c", _CLI, str(ROOT)]
        if pause is None
        else [sys.executable, "-c", _PAUSED, str(ROOT), str(pause)]
    )
    return subprocess.Popen(code + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_ready(proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stdout.readline()
        if line.strip() == "READY":
            return
        if not line and proc.poll() is not None:
            break
    died = proc.stderr.read() if proc.poll() is not None else ""
    raise AssertionError(f"the writer never reached its commit: {died}")


def _corpus(tmp_path: Path, name: str, extra: dict[str, str]) -> Path:
    folder = tmp_path / name
    shutil.copytree(ROOT / "seeds", folder)
    for file, text in extra.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _sources(settings) -> set[str]:
    asst = Assistant.open(settings=settings)
    try:
        return {d["source"] for d in asst.readouts()}
    finally:
        asst.close()


def _only_live_segments(pg_url: str, pg_schema: str) -> None:
    """Every segment table belongs to a generation that is still recorded, and there is no other table."""
    segs = {int(re.match(r"seg(\d+)_", t).group(1)) for t in tables_of(pg_url, pg_schema) if re.match(r"seg\d+_", t)}
    used = scalar(pg_url, f'SELECT array_agg(DISTINCT s) FROM "{pg_schema}".generations, unnest(segments) s')
    assert segs == set(used)


# --------------------------------------------------------------------------- SIGKILL in the middle of an update


def test_sigkill_during_an_update_leaves_the_old_corpus_answering(pg_url, pg_schema, pg_settings, tmp_path):
    corpus = _corpus(tmp_path, "corpus", {})
    asst = Assistant.build(corpus, settings=pg_settings)
    answered = asst.ask(SECURITY_Q).to_dict()
    asst.close()
    before = _sources(pg_settings)
    (corpus / "zanzibar-talks.txt").write_text(ZANZIBAR, encoding="utf-8")
    (corpus / "mexico-migration-call.txt").unlink()  # a full rewrite, not an append
    writer = _cli(["index", str(corpus), "--store", pg_url, "-q"], _env(pg_schema), pause=tmp_path / "never")
    try:
        _wait_ready(writer)
        writer.send_signal(signal.SIGKILL)
        writer.wait(30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL

    asst = Assistant.open(settings=pg_settings)  # the old corpus, whole
    try:
        assert {d["source"] for d in asst.readouts()} == before
        again = asst.ask(SECURITY_Q).to_dict()
        assert again["citations"] and again["citations"] == answered["citations"] and again["text"] == answered["text"]
        assert all(c.source != "zanzibar-talks.txt" for c in asst.ask(ZANZIBAR_Q).citations)
    finally:
        asst.close()
    _only_live_segments(pg_url, pg_schema)  # the killed writer's tables went with its transaction

    from assistant.api import make_backend

    deadline = time.time() + 15  # the server notices the dead client at once; allow for a slow machine
    while True:
        try:
            with make_backend(pg_settings).writer_lock(wait=False):
                break
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)
    done = subprocess.run(
        [sys.executable, "-c", _CLI, str(ROOT), "index", str(corpus), "--store", pg_url, "-q"],
        capture_output=True,
        text=True,
        env=_env(pg_schema),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "zanzibar-talks.txt" in _sources(pg_settings)


# --------------------------------------------------------------------------- two index runs at once


def test_two_index_runs_at_once_end_with_one_consistent_corpus(pg_url, pg_schema, pg_settings, tmp_path):
    Assistant.build(_corpus(tmp_path, "start", {}), settings=pg_settings).close()
    first_corpus = _corpus(tmp_path, "first", {"zanzibar-talks.txt": ZANZIBAR})
    second_corpus = _corpus(tmp_path, "second", {"fiji-oceans-call.txt": FIJI})
    env = _env(pg_schema)
    release = tmp_path / "release"
    first = _cli(["index", str(first_corpus), "--store", pg_url, "-q"], env, pause=release)
    try:
        _wait_ready(first)  # it holds the writer lock now
        busy = subprocess.run(
            [sys.executable, "-c", _CLI, str(ROOT), "index", str(second_corpus), "--store", pg_url, "-q", "--no-wait"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert busy.returncode == 1 and f"Another process (pid {first.pid}" in busy.stderr
        second = _cli(["index", str(second_corpus), "--store", pg_url, "-q"], env)
        waiting = second.stderr.readline()  # it says whom it waits for, then waits
        release.touch()
        out1, err1 = first.communicate(timeout=300)
        out2, err2 = second.communicate(timeout=300)
        err2 = waiting + err2
    finally:
        for p in (first, locals().get("second")):
            if p is not None and p.poll() is None:
                p.kill()
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "waiting for it to finish" in err2 and f"pid {first.pid}" in err2
    # the second run waited for the first, then made its own corpus the index: one of the two, whole
    assert _sources(pg_settings) == {p.name for p in second_corpus.iterdir()}
    asst = Assistant.open(settings=pg_settings)
    try:
        assert asst.ask(FIJI_Q).citations[0].source == "fiji-oceans-call.txt"
        assert all(c.source != "zanzibar-talks.txt" for c in asst.ask(ZANZIBAR_Q).citations)
        assert asst.info()["readouts"] == 6
    finally:
        asst.close()
    _only_live_segments(pg_url, pg_schema)


# --------------------------------------------------------------------------- two servers on one database


def _serve(pg_url: str, port: int, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _CLI, str(ROOT), "serve", "--store", pg_url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_up(httpx, url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read()}")
        try:
            if httpx.get(url + "config", timeout=5, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"no server at {url}")


def _upload_through_page(httpx, url: str, path: Path) -> str:
    """What the page's upload box does: send the file, then run the upload event; returns its status."""
    with httpx.Client(trust_env=False, timeout=60) as client:
        config = client.get(url + "config").json()
        box = next(c for c in config["components"] if c.get("props", {}).get("elem_id") == "ra-upload")
        event = next(d for d in config["dependencies"] if [box["id"], "upload"] in d["targets"])
        with path.open("rb") as fh:
            (stored,) = client.post(url + "gradio_api/upload", files={"files": (path.name, fh, "text/plain")}).json()
        body = {
            "data": [[{"path": stored, "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}]],
            "event_data": None,
            "fn_index": event["id"],
            "trigger_id": box["id"],
            "session_hash": "pgtest01",
        }
        assert client.post(url + "gradio_api/queue/join", json=body).status_code == 200
        with client.stream("GET", url + "gradio_api/queue/data", params={"session_hash": "pgtest01"}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    message = json.loads(line[5:])
                    if message.get("msg") == "process_completed":
                        return str(message.get("output", {}).get("data", [""])[0])
    raise AssertionError("the upload never completed")


def test_an_upload_through_one_server_is_answered_by_another(pg_url, pg_schema, pg_settings, tmp_path):
    httpx = pytest.importorskip("httpx")
    from gradio_client import Client

    Assistant.build(ROOT / "seeds", settings=pg_settings).close()
    env = _env(pg_schema)
    ports = free_port(), free_port()
    servers = [_serve(pg_url, port, env) for port in ports]
    urls = [f"http://127.0.0.1:{port}/" for port in ports]
    try:
        for url, proc in zip(urls, servers, strict=True):
            _wait_up(httpx, url, proc)
        other = Client(urls[1], verbose=False)
        before = other.predict(FIJI_Q, api_name="/ask")
        assert all(c["source"] != "uploads/fiji-oceans-call.txt" for c in before["citations"])

        upload = tmp_path / "fiji-oceans-call.txt"
        upload.write_text(FIJI, encoding="utf-8")
        status = _upload_through_page(httpx, urls[0], upload)
        assert "Indexed 1 readout" in status, status

        after = other.predict(FIJI_Q, api_name="/ask")  # the other server, not restarted
        assert after["citations"], after["text"]
        cite = after["citations"][0]
        assert cite["source"] == "uploads/fiji-oceans-call.txt"
        assert FIJI[cite["start"] : cite["end"]] == cite["quote"]
        assert bytes(scalar(pg_url, f'SELECT data FROM "{pg_schema}".uploads')) == upload.read_bytes()
        here = Assistant.open(settings=pg_settings)  # both servers answer as the store does
        try:
            for url in urls:
                got = Client(url, verbose=False).predict(SECURITY_Q, api_name="/ask")
                assert got["citations"] and got["citations"] == here.ask(SECURITY_Q).to_dict()["citations"]
        finally:
            here.close()
    finally:
        for proc in servers:
            proc.terminate()
        for proc in servers:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
