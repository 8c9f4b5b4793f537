"""The web chat as a server: our console line, login throttling under --auth (real HTTP on loopback), a server
that follows an outside `assistant index` on its index, uploads in other scripts end to end, and the exports
folder going away with the server."""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_ui import SECURITY_Q, free_port, handlers_for, serve

gr = pytest.importorskip("gradio")
httpx = pytest.importorskip("httpx")

from assistant.ui import app as ui  # noqa: E402
from assistant.ui.app import console_line  # noqa: E402
from assistant.ui.auth import LoginLimit, LoginThrottle  # noqa: E402

ZANZIBAR = (
    "Zanzibar Fisheries Talks\nDate: June 1, 2024\n\nThe delegations met in Stone Town. The delegations agreed "
    "to establish a joint patrol of the Zanzibar channel against illegal fishing.\n"
)
ZANZIBAR_Q = "What did the delegations agree about the Zanzibar channel?"


# --------------------------------------------------------------------------- the console line


def test_console_line_replaces_gradios_share_hint(fake_assistant, capsys):
    port = free_port()
    chat = ui.launch(fake_assistant, port=port, block=False)
    try:
        out = capsys.readouterr().out
    finally:
        chat.close()
    assert f"Readout assistant: http://127.0.0.1:{port} (local only; --share for a public link)" in out
    assert "share=True" not in out and "Running on local URL" not in out
    assert out.strip().count("\n") == 0  # one line, ours
    assert console_line("http://0.0.0.0:7860/", None, "0.0.0.0", True) == (
        "Readout assistant: http://0.0.0.0:7860 (listening on 0.0.0.0; login required; --share for a public link)"
    )
    shared = console_line("http://127.0.0.1:7860/", "https://abc.gradio.live", "127.0.0.1", False)
    assert "public link https://abc.gradio.live" in shared and "no login" in shared


# --------------------------------------------------------------------------- login throttling (issue 12 item 14)


def _login(client: httpx.Client, url: str, password: str) -> httpx.Response:
    return client.post(url + "login", data={"username": "reader", "password": password})


def test_repeated_failed_logins_are_refused_then_the_right_password_works(fake_assistant, caplog):
    limit = LoginLimit(max_failures=5, window=4.0)
    caplog.set_level(logging.WARNING, logger="assistant.ui.auth")
    with serve(fake_assistant, examples=[], auth="reader:s3cret-pass", login_limit=limit) as (url, _):
        with httpx.Client(trust_env=False, timeout=30) as client:
            assert client.get(url + "gradio_api/info").status_code in (401, 403)  # the page needs a login
            t0 = time.monotonic()
            codes, last_failure = [], t0
            for i in range(100):
                codes.append(_login(client, url, f"wrong-{i}").status_code)
                if codes[-1] == 400:
                    last_failure = time.monotonic()
            elapsed = time.monotonic() - t0
            refused = _login(client, url, "s3cret-pass")  # even the right one, during the lockout
            time.sleep(max(0.0, last_failure + limit.window + 0.3 - time.monotonic()))
            ok = _login(client, url, "s3cret-pass")
            page = client.get(url + "gradio_api/info")
    assert elapsed < limit.window, f"100 logins took {elapsed:.1f}s: the window expired while they ran"
    assert codes.count(400) == limit.max_failures, codes  # only these were checked against the password
    assert codes.count(429) == 100 - limit.max_failures
    assert codes[: limit.max_failures] == [400] * limit.max_failures
    assert not (codes.count(400) == 100 and elapsed < 0.1)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "Too many failed logins" in refused.text
    assert ok.status_code == 200 and ok.json() == {"success": True}
    assert page.status_code == 200  # logged in by the cookie the right password set
    messages = [r.getMessage() for r in caplog.records]
    assert sum("failed login from 127.0.0.1" in m for m in messages) == limit.max_failures
    assert any("login refused for 127.0.0.1" in m for m in messages)


def test_login_throttle_is_per_client_and_forgets_after_the_window():
    """The middleware alone, with a fake clock and two client addresses."""
    now = [1000.0]
    passwords = {"good": 200, "bad": 400}

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": passwords[scope["pw"]], "headers": []})
        await send({"type": "http.response.body", "body": b""})

    throttle = LoginThrottle(app, LoginLimit(max_failures=3, window=60), clock=lambda: now[0])

    def login(client: str, pw: str, path: str = "/login") -> int:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "POST", "path": path, "client": (client, 5000), "pw": pw}
        asyncio.run(throttle(scope, None, send))
        return sent[0]["status"]

    assert [login("10.0.0.1", "bad") for _ in range(5)] == [400, 400, 400, 429, 429]
    assert login("10.0.0.2", "good") == 200  # another client is not affected
    assert login("10.0.0.2", "bad") == 400
    assert login("10.0.0.1", "good") == 429
    now[0] += 61
    assert login("10.0.0.1", "good") == 200
    assert login("10.0.0.1", "bad", path="/some/root/login/") == 400  # behind a path prefix too
    assert login("10.0.0.1", "bad", path="/upload") == 400  # other routes are not counted
    assert [login("10.0.0.1", "bad") for _ in range(3)] == [400, 400, 429]


# --------------------------------------------------------------------------- an outside update (issue 12 item 3)

_CLI = (
    "import sys; sys.path.insert(0, sys.argv[1]); from tests.fakes import install_fake_models; "
    "install_fake_models(); from assistant.cli import main; sys.argv = ['assistant', *sys.argv[2:]]; main()"
)


def test_running_server_answers_from_an_outside_update_and_uploads_keep_it(
    fake_assistant, fake_settings, seeds_copy, tmp_path
):
    from gradio_client import Client

    from assistant import Assistant

    index_dir = Path(fake_assistant.settings.index_dir)
    with serve(fake_assistant, examples=[]) as (url, chat):
        client = Client(url, verbose=False)
        before = client.predict(ZANZIBAR_Q, api_name="/ask")
        assert all(c["source"] != "zanzibar-talks.txt" for c in before["citations"])
        n_before = len(fake_assistant.readouts())

        # another process runs `assistant index` on the same index dir, with one more readout in the corpus
        (seeds_copy / "zanzibar-talks.txt").write_text(ZANZIBAR, encoding="utf-8")
        env = {**os.environ, "ASSISTANT_MODEL": "hash-64"}
        done = subprocess.run(
            [sys.executable, "-c", _CLI, str(ROOT), "index", str(seeds_copy), "--index-dir", str(index_dir), "-q"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr

        after = client.predict(ZANZIBAR_Q, api_name="/ask")  # the next answer comes from the new generation
        assert after["citations"], after["text"]
        assert after["citations"][0]["source"] == "zanzibar-talks.txt"
        assert "joint patrol of the Zanzibar channel" in after["citations"][0]["quote"]
        assert "Zanzibar Fisheries Talks" in chat.handlers.documents()

        upload = tmp_path / "incoming" / "Fiji oceans call.txt"
        upload.parent.mkdir()
        upload.write_text(
            "Fiji Oceans Call\nDate: July 2, 2024\n\nThe ministers agreed to fund coral reef monitoring around Fiji.\n",
            encoding="utf-8",
        )
        message = chat.handlers.add_files([str(upload)])
        assert "Indexed 1 readout" in message
        sources = {d["source"] for d in fake_assistant.readouts()}
        assert {"zanzibar-talks.txt", "uploads/Fiji-oceans-call.txt"} <= sources
        assert len(sources) == n_before + 2  # nothing rolled back
        again = client.predict(ZANZIBAR_Q, api_name="/ask")
        assert again["citations"] and again["citations"][0]["source"] == "zanzibar-talks.txt"

    reopened = Assistant.open(index_dir, settings=fake_settings)  # and that is what is on disk
    try:
        assert {d["source"] for d in reopened.readouts()} == sources
    finally:
        reopened.close()


# --------------------------------------------------------------------------- uploads in other scripts (issue 12 item 7)


def test_upload_named_in_another_script_end_to_end(fake_assistant, tmp_path):
    handlers = handlers_for(fake_assistant)
    f = tmp_path / "日本語 名前.txt"
    f.write_text(
        "Tokyo Fisheries Talks\nDate: May 3, 2024\n\nThe delegations agreed to share tuna catch data every month.\n",
        encoding="utf-8",
    )
    status, docs = handlers.upload([str(f)], progress=None)
    assert "Indexed 1 readout: 日本語-名前.txt" in html.unescape(status)
    assert "not accepted" not in status
    source = "uploads/日本語-名前.txt"
    assert (Path(fake_assistant.settings.index_dir) / source).read_text(encoding="utf-8") == f.read_text(
        encoding="utf-8"
    )
    assert "Tokyo Fisheries Talks" in docs and "uploaded" in docs and "6 readouts indexed (1 uploaded)" in docs

    *_, (messages, turns, _) = handlers.respond("What did the delegations agree about tuna catch data?", [])
    cites = turns[-1]["answer"]["citations"]
    assert cites and cites[0]["source"] == source
    hrefs = [html.unescape(h) for h in re.findall(r'href="(#ra-open/cite/[^"]+)"', messages[-1]["content"])]
    assert hrefs
    view = handlers.open_readout(hrefs[0])
    assert "Tokyo Fisheries Talks" in view and "日本語-名前.txt" in view
    marked = re.findall(r'<mark class="ra-hl[^"]*"[^>]*>(.*?)</mark>', view)
    assert [html.unescape(m) for m in marked] == [cites[0]["quote"]]

    panel = handlers.remove_readout(source)
    assert "Removed 日本語-名前.txt" in panel and "5 readouts indexed" in panel
    assert all(d["source"] != source for d in fake_assistant.readouts())
    assert not (Path(fake_assistant.settings.index_dir) / source).exists()


def test_only_uploads_can_be_removed_from_the_page(fake_assistant):
    handlers = handlers_for(fake_assistant)
    panel = handlers.remove_readout("us-kenya-call.md")
    assert "not an uploaded readout" in panel
    assert any(d["source"] == "us-kenya-call.md" for d in fake_assistant.readouts())
    assert "not an uploaded readout" in handlers.remove_readout("uploads/nothing-here.txt")


# --------------------------------------------------------------------------- the exports folder (issue 9)


def test_exports_folder_goes_away_when_the_server_closes(fake_assistant):
    """The app owns its exports folder (no atexit): it goes when the server closes. (Gradio's own copies of
    files it served go with its cache: ``delete_cache`` is set on the page.)"""
    with serve(fake_assistant, examples=[]) as (_, chat):
        *_, (_, turns, _) = chat.handlers.respond(SECURITY_Q, [])
        written = Path(chat.handlers.export(turns))
        assert written.exists() and written.parent == chat.handlers.export_dir
        button = chat.export(turns)  # what the page gets: Gradio serves its own copy from its cache
        assert button.interactive is True and Path(
            button.value["path"] if isinstance(button.value, dict) else button.value
        ).name.endswith(".md")
        chat.blocks.close(verbose=False)  # the server closes (Ctrl-C, or a host stopping it): its lifespan ends
        deadline = time.time() + 10
        while chat.handlers.export_dir.exists() and time.time() < deadline:
            time.sleep(0.05)
        assert not chat.handlers.export_dir.exists()
