"""The web chat in a real browser: Debian's Chromium driven by Playwright.

Skipped (with the reason) only when /usr/bin/chromium is missing outside CI;
in CI (env CI set) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_ui import SECURITY_Q, serve

#: Where the axe-core npm package is installed once (reused by later runs).
AXE_DIR = Path(os.environ.get("READOUT_AXE_DIR") or Path.home() / ".cache" / "readout-assistant" / "axe-core")
WAIT_MS = 60_000  # generous upper bound for a shared 2-core machine; the waits return as soon as the page is ready

pytestmark = pytest.mark.browser

UPLOADED = (
    "Zanzibar Fisheries Talks <script>window.__pwned = 1</script>\n"
    "Date: June 1, 2024\n\n"
    "The delegations met in Stone Town to review fisheries cooperation in the Indian Ocean. "
    "The delegations agreed to establish a joint patrol of the Zanzibar channel against illegal fishing.\n"
)


def _ref(href: str) -> tuple[str, int, int, int, str]:
    from assistant.ui.views import parse_ref

    return parse_ref(html.unescape(href))


def _inside_viewer(page) -> bool:
    """Whether the highlighted span lies within the visible part of the readout viewer."""
    return page.evaluate("""() => {
        const box = document.getElementById('ra-viewer').getBoundingClientRect();
        const m = document.querySelector('#ra-viewer mark.ra-hl').getBoundingClientRect();
        return m.top >= box.top && m.bottom <= box.bottom && m.height > 0;
    }""")


def test_chat_cites_highlights_uploads_and_exports(browser, fake_assistant, tmp_path):
    from playwright.sync_api import expect

    with serve(fake_assistant) as (url, _):
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url)
        box = page.locator("#ra-question textarea")
        expect(box).to_be_visible(timeout=WAIT_MS)

        # example questions on first load, drawn from what is indexed
        titles = [d["title"] for d in fake_assistant.readouts()]
        chat = page.locator("#ra-chat")
        examples = chat.get_by_text(re.compile(r"^What was (agreed|discussed) in \u201c"))
        expect(examples.first).to_be_visible(timeout=WAIT_MS)
        first_example = examples.first.inner_text()
        assert any(t.endswith(re.search("\u201c(.+)\u201d", first_example).group(1)) for t in titles)

        # ask the seed question; wait for the streamed answer to finish with its [1]
        box.fill(SECURITY_Q)
        box.press("Enter")
        marker = chat.locator(".ra-text a.ra-cite", has_text="[1]").first
        expect(marker).to_be_visible(timeout=WAIT_MS)
        kind, start, end, number, source = _ref(marker.get_attribute("href"))
        assert (kind, number) == ("cite", 1)
        cited = fake_assistant.readout(source).text[start:end]
        footnote = chat.locator(".ra-sources .ra-quote").first
        assert footnote.inner_text() == f"\u201c{' '.join(cited.split())}\u201d"

        # click [1]: the whole readout opens beside the chat with exactly that span highlighted
        marker.click()
        mark = page.locator("#ra-viewer mark.ra-hl")
        expect(mark).to_have_count(1, timeout=WAIT_MS)
        assert mark.text_content() == cited
        assert (int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))) == (start, end)
        expect(mark).to_be_in_viewport()
        assert _inside_viewer(page), "the highlighted span is scrolled into the viewer's visible area"
        viewer_text = page.locator("#ra-viewer .ra-doc-text").text_content()
        assert viewer_text == fake_assistant.readout(source).text

        # copy the answer
        chat.locator(".ra-copy").first.click()
        expect(chat.locator(".ra-copy").first).to_have_text("Copied", timeout=WAIT_MS)
        copied = page.evaluate("() => navigator.clipboard.readText()")
        assert " ".join(cited.split()) in copied and "[1]" in copied

        # upload a small readout; it is listed and answerable at once
        new = tmp_path / "zanzibar talks.txt"
        new.write_text(UPLOADED, encoding="utf-8")
        page.locator("#ra-upload input[type=file]").set_input_files(str(new))
        expect(page.locator("#ra-upload-status")).to_contain_text("Indexed 1 readout", timeout=WAIT_MS)
        docs = page.locator("#ra-docs")
        expect(docs).to_contain_text("Zanzibar Fisheries Talks <script>window.__pwned = 1</script>")
        assert page.evaluate("() => window.__pwned") is None  # the title rendered as text, never ran

        box.fill("What did the delegations agree about the Zanzibar channel?")
        page.locator("#ra-ask").click()
        second = chat.locator(".ra-answer").nth(1).locator(".ra-text a.ra-cite", has_text="[1]")
        expect(second).to_be_visible(timeout=WAIT_MS)
        kind, start, end, number, source = _ref(second.get_attribute("href"))
        assert source == "uploads/zanzibar-talks.txt"  # uploads are kept with the index, under uploads/
        second.click()
        expect(page.locator("#ra-viewer .ra-doc-title")).to_contain_text("Zanzibar Fisheries Talks", timeout=WAIT_MS)
        mark = page.locator("#ra-viewer mark.ra-hl")
        assert mark.text_content() == UPLOADED[start:end]
        assert _inside_viewer(page)
        assert "joint patrol of the Zanzibar channel" in mark.text_content()

        # export the conversation as Markdown with its citations
        export = page.locator("#ra-export")
        expect(export).to_be_enabled(timeout=WAIT_MS)
        with page.expect_download(timeout=WAIT_MS) as download:
            export.click()
        md = Path(download.value.path()).read_text(encoding="utf-8")
        assert f"## 1. {SECURITY_Q}" in md and "Zanzibar channel" in md
        assert re.search(r"\[1\] \*.+\* \(.+, chars \d+-\d+\): \u201c", md)  # render.answer_markdown's form

        # a new conversation offers the example questions again; clicking one asks it
        page.get_by_role("button", name="New conversation").click()
        expect(examples.first).to_be_visible(timeout=WAIT_MS)
        example = examples.first.inner_text()
        examples.first.click()
        expect(chat.locator(".ra-answer .ra-tools")).to_have_count(1, timeout=WAIT_MS)
        expect(chat.get_by_text(example, exact=True)).to_be_visible()

        # back to the seed question for the screenshot: asked after the example, it is a follow-up, so what [1]
        # cites is whatever the library answers given that history (it may stay with the example's readout)
        first_answer = fake_assistant.ask(example)
        follow_up = fake_assistant.ask(
            SECURITY_Q,
            history=[{"role": "user", "content": example}, {"role": "assistant", "content": first_answer.text}],
        )
        assert follow_up.citations
        box.fill(SECURITY_Q)
        box.press("Enter")
        expect(chat.locator(".ra-answer .ra-tools")).to_have_count(2, timeout=WAIT_MS)
        marker = chat.locator(".ra-answer").nth(1).locator(".ra-text a.ra-cite", has_text="[1]")
        marker.click()
        expect(page.locator("#ra-viewer mark.ra-hl")).to_have_text(follow_up.citations[0].quote, timeout=WAIT_MS)
        assert _inside_viewer(page)
        shot = save_shot(page, tmp_path, "web-chat.png")
        if os.environ.get("READOUT_UI_SCREENSHOT"):  # keep a copy where a reviewer asked for it
            page.screenshot(path=os.environ["READOUT_UI_SCREENSHOT"], full_page=True)
        assert shot.stat().st_size > 10_000
        assert errors == []
        context.close()


# --------------------------------------------------------------------------- issue 13: the page at 1400 and 390 px

WIDTHS = [1400, 390]
NARROW = 760  # below this the viewer opens as an overlay (static/viewer.js)


def save_shot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot under tmp_path, copied to $READOUT_ARTIFACTS when that is set."""
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("READOUT_ARTIFACTS"):
        dest = Path(os.environ["READOUT_ARTIFACTS"])
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest / name)
    assert path.stat().st_size > 5_000
    return path


def _rect(locator) -> dict:
    box = locator.bounding_box()
    assert box is not None, f"{locator} is not rendered"
    return box


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def _visible_labels(page, scope: str) -> list:
    """Gradio's own floating block labels inside ``scope`` that are actually drawn."""
    labels = page.locator(f"{scope} [data-testid=block-label]")
    return [
        labels.nth(i)
        for i in range(labels.count())
        if labels.nth(i).is_visible() and (labels.nth(i).bounding_box() or {}).get("width", 0) > 2
    ]


def _new_page(browser, url: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    from playwright.sync_api import expect

    expect(page.locator("#ra-question textarea")).to_be_visible(timeout=WAIT_MS)
    return context, page, errors


def _ask(page, question: str, n_answers: int):
    """Ask ``question`` and wait until the ``n_answers``-th answer is complete (its tools row is drawn)."""
    from playwright.sync_api import expect

    box = page.locator("#ra-question textarea")
    box.fill(question)
    page.locator("#ra-ask").click()
    expect(page.locator("#ra-chat .ra-answer .ra-tools")).to_have_count(n_answers, timeout=WAIT_MS)
    expect(page.locator("#ra-export")).to_be_enabled(timeout=WAIT_MS)  # the conversation was saved and exported
    _settle(page)
    return page.locator("#ra-chat .ra-answer").nth(n_answers - 1)


def _settle(page) -> None:
    """Wait until the chat has stopped scrolling itself to its newest message (for 0.4 s)."""
    page.wait_for_function(
        """() => {
        const b = document.querySelector('#ra-chat .bubble-wrap');
        if (!b) return true;
        const now = performance.now();
        if (window.__raTop !== b.scrollTop) { window.__raTop = b.scrollTop; window.__raSince = now; return false; }
        return now - window.__raSince > 400;
    }""",
        polling=100,
        timeout=WAIT_MS,
    )


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core from the npm registry, installed once into AXE_DIR. Without npm the check skips, unless CI is set."""
    script = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
    if script.exists():
        return script
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but npm is missing: install Node.js and npm so the test can fetch axe-core")
        pytest.skip("npm is not installed, so axe-core cannot be fetched (install Node.js and npm)")
    AXE_DIR.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [npm, "install", "--prefix", str(AXE_DIR), "--no-audit", "--no-fund", "axe-core@4"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0 and script.exists(), f"npm install axe-core failed:\n{proc.stderr[-3000:]}"
    return script


def _axe(page, axe_script: Path) -> list[dict]:
    """Serious and critical axe-core violations on the page as it stands."""
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [(n["target"], n.get("failureSummary", "")[:300]) for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_labels_sources_tooltips_and_viewer(browser, fake_assistant, tmp_path, width):
    """Labels clear of what they label; source lines with short titles; marker tooltips on hover and focus;
    the viewer in view on a click (an overlay on a phone), cleared by a new question."""
    from playwright.sync_api import expect

    citations = fake_assistant.ask(SECURITY_Q).citations
    assert citations, "the seed question should be answered with citations"
    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        answer = _ask(page, SECURITY_Q, 1)

        # the "Conversation" label sits above the chat, clear of the first bubble; the upload label above its icon
        labels = [
            "#ra-chat-label",
            *(f"#ra-chat [data-testid=block-label] >> nth={i}" for i in range(len(_visible_labels(page, "#ra-chat")))),
        ]
        for label in labels:  # measured in one go with the chat scrolled to its top (it follows the answer)
            rects = page.locator("#ra-chat").evaluate(
                """(chat, label) => {
                [chat, ...chat.querySelectorAll('*')].filter((e) => e.scrollHeight > e.clientHeight)
                    .forEach((e) => { e.scrollTop = 0; });
                const r = (e) => { const b = e.getBoundingClientRect();
                    return {x: b.x, y: b.y, width: b.width, height: b.height}; };
                const l = label.startsWith('#ra-chat [') ? chat.querySelectorAll('[data-testid=block-label]')[
                    Number(label.split('nth=')[1])] : document.querySelector(label);
                return [r(l), r(chat.querySelector('.message-row'))];
            }""",
                label,
            )
            assert rects[1]["height"] > 0
            assert not _overlap(*rects), f"{label} covers the first question"
        icon = page.locator("#ra-upload [data-testid=upload-icon]")
        for label in [page.locator("#ra-upload-label"), *_visible_labels(page, "#ra-upload")]:
            assert not _overlap(_rect(label), _rect(icon)), "a label covers the upload icon"

        # source lines: short title and date, never the file name
        rows = answer.locator(".ra-sources .ra-fn-row")
        expect(rows).to_have_count(len(citations))
        for i, c in enumerate(citations):
            row = rows.nth(i)
            text = row.inner_text()
            assert c.source not in text and c.source.rsplit(".", 1)[0] not in text
            assert (c.date or "no date") in text

        # a marker shows its quote, readout title and date on hover, and on keyboard focus
        marker = answer.locator(".ra-text a.ra-cite").first
        c = citations[0]
        tip = page.locator("#ra-tooltip")
        marker.hover()
        expect(tip).to_be_visible(timeout=WAIT_MS)
        for part in (" ".join(c.quote.split())[:60], c.title, c.date or "no date"):
            expect(tip).to_contain_text(part)
        page.mouse.move(1, 1)
        expect(tip).to_be_hidden()
        marker.focus()
        expect(tip).to_be_visible()
        expect(tip).to_contain_text(" ".join(c.quote.split())[:60])
        assert _overlap(_rect(tip), {"x": 0, "y": 0, "width": width, "height": 900}), "the tooltip is on screen"
        page.keyboard.press("Escape")
        expect(tip).to_be_hidden()
        save_shot(page, tmp_path, f"chat-answer-{width}.png")

        # a click on the marker brings the readout into view, at any width; the file name is shown only there
        marker.click()
        mark = page.locator("#ra-viewer mark.ra-hl")
        expect(mark).to_have_count(1, timeout=WAIT_MS)
        expect(mark).to_have_text(c.quote)
        expect(mark).to_be_in_viewport()
        assert _inside_viewer(page)
        expect(page.locator("#ra-viewer .ra-file")).to_have_text(c.source)
        viewer = page.locator("#ra-viewer")
        if width < NARROW:
            expect(viewer).to_have_class(re.compile(r"\bra-overlay\b"))
            box = _rect(viewer)
            assert box["x"] <= 1 and box["y"] <= 1 and box["width"] >= width - 2, "the viewer covers the screen"
        save_shot(page, tmp_path, f"chat-viewer-{width}.png")

        if width < NARROW:  # Close returns to the marker
            page.locator("#ra-viewer .ra-viewer-close").click()
            expect(viewer).not_to_have_class(re.compile(r"\bra-overlay\b"))
            assert page.evaluate("() => document.activeElement.classList.contains('ra-cite')")

        # a new question clears the viewer (and the page stays where the question was asked)
        page.locator("#ra-question textarea").scroll_into_view_if_needed()
        before = page.evaluate("() => window.scrollY")
        tall = _rect(viewer)["height"]
        _ask(page, "What did they say about Ukraine?", 2)
        expect(page.locator("#ra-viewer mark")).to_have_count(0)
        expect(viewer).to_contain_text("Click a citation")
        assert abs(page.evaluate("() => window.scrollY") - before) < 2, "the page jumped to the emptied viewer"
        # nor does the emptied viewer shorten the page (which scrolls it when the reader is near its end)
        assert _rect(viewer)["height"] >= tall - 1, "the emptied viewer shrank the page"
        assert errors == []
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_nothing_serious_with_an_answer_and_the_viewer_open(
    browser, fake_assistant, axe_script, tmp_path, width
):
    """axe-core (from the npm registry) on the chat page with an answer, an upload listed (with its Remove
    button) and the readout viewer open: no serious or critical violations."""
    from playwright.sync_api import expect

    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        new = tmp_path / "zanzibar talks.txt"
        new.write_text(UPLOADED, encoding="utf-8")
        page.locator("#ra-upload input[type=file]").set_input_files(str(new))
        expect(page.locator("#ra-docs button.ra-remove")).to_have_count(1, timeout=WAIT_MS)
        answer = _ask(page, SECURITY_Q, 1)
        markers = answer.locator(".ra-text a.ra-cite")
        assert markers.count() > 0
        markers.first.click()
        expect(page.locator("#ra-viewer mark.ra-hl")).to_have_count(1, timeout=WAIT_MS)
        if width < NARROW:  # back from the overlay, so the page under it is checked too
            page.locator("#ra-viewer .ra-viewer-close").click()
        # the filters open and active (status badge, Clear), the timeline drawn within them, kind tags shown
        _set_filter(page, "kind", re.compile(r"^meeting \(\d+\)$"))
        expect(page.locator("#ra-filter-status")).to_contain_text("kind: meeting", timeout=WAIT_MS)
        expect(page.locator("#ra-timeline a.ra-tl-pt").first).to_be_visible()
        expect(answer.locator(".ra-kind").first).to_be_visible()
        # Gradio's own toast ("Indexed 1 readout") nests its close button in a button-like header (axe:
        # nested-interactive); it is not part of the page we build, so the check runs once it has gone
        expect(page.locator(".toast-header")).to_have_count(0, timeout=WAIT_MS)
        save_shot(page, tmp_path, f"chat-axe-{width}.png")
        violations = _axe(page, axe_script)
        assert violations == [], violations
        assert errors == []
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_documents_uploads_and_conversations_survive_reload(browser, fake_assistant, tmp_path, width):
    """The documents panel lists an upload (marked as uploaded) at once and after a reload, and its Remove button
    drops it; conversations are kept in the browser: restored on reload, listed, reopened, cleared."""
    from playwright.sync_api import expect

    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        docs = page.locator("#ra-docs")
        expect(docs.locator(".ra-docs-count")).to_have_text("5 readouts indexed")
        _ask(page, SECURITY_Q, 1)

        new = tmp_path / "zanzibar talks.txt"
        new.write_text(UPLOADED, encoding="utf-8")
        page.locator("#ra-upload input[type=file]").set_input_files(str(new))
        expect(page.locator("#ra-upload-status")).to_contain_text("Indexed 1 readout", timeout=WAIT_MS)
        row = docs.locator("tr", has_text="Zanzibar Fisheries Talks")
        expect(row).to_have_count(1)
        expect(row.locator(".ra-badge")).to_have_text("uploaded")
        expect(docs.locator(".ra-docs-count")).to_have_text("6 readouts indexed (1 uploaded)")
        expect(docs.locator("button.ra-remove")).to_have_count(1)  # only uploads can be removed here

        page.reload()
        expect(page.locator("#ra-question textarea")).to_be_visible(timeout=WAIT_MS)
        expect(docs.locator(".ra-docs-count")).to_have_text("6 readouts indexed (1 uploaded)", timeout=WAIT_MS)
        expect(row.locator(".ra-badge")).to_have_text("uploaded")
        chat = page.locator("#ra-chat")
        expect(chat.get_by_text(SECURITY_Q, exact=True)).to_be_visible(timeout=WAIT_MS)  # the conversation is back
        expect(chat.locator(".ra-answer .ra-text a.ra-cite").first).to_be_visible()
        expect(page.locator("#ra-export")).to_be_enabled()
        save_shot(page, tmp_path, f"chat-reloaded-{width}.png")

        page.once("dialog", lambda d: d.accept())
        row.locator("button.ra-remove").click()
        expect(docs.locator(".ra-docs-count")).to_have_text("5 readouts indexed", timeout=WAIT_MS)
        expect(row).to_have_count(0)
        assert all(not d["uploaded"] for d in fake_assistant.readouts())
        assert not (Path(fake_assistant.settings.index_dir) / "uploads" / "zanzibar-talks.txt").exists()

        # a second conversation; the first stays in the list and reopens
        page.get_by_role("button", name="New conversation").click()
        expect(chat.locator(".message-row")).to_have_count(0, timeout=WAIT_MS)
        _ask(page, "What did the ministers agree on sanctions?", 1)
        page.reload()
        expect(chat.get_by_text("What did the ministers agree on sanctions?", exact=True)).to_be_visible(
            timeout=WAIT_MS
        )
        page.locator("#ra-past").get_by_text("Past conversations").click()
        picker = page.locator("#ra-picker input")
        picker.click()
        options = page.get_by_role("option")
        expect(options).to_have_count(2, timeout=WAIT_MS)
        page.get_by_role("option", name=re.compile(re.escape(SECURITY_Q[:40]))).click()
        expect(chat.get_by_text(SECURITY_Q, exact=True)).to_be_visible(timeout=WAIT_MS)
        expect(chat.get_by_text("What did the ministers agree on sanctions?", exact=True)).to_have_count(0)
        save_shot(page, tmp_path, f"chat-past-conversations-{width}.png")

        page.get_by_role("button", name="Clear all conversations").click()
        expect(chat.locator(".message-row")).to_have_count(0, timeout=WAIT_MS)
        page.reload()
        expect(page.locator("#ra-question textarea")).to_be_visible(timeout=WAIT_MS)
        expect(docs.locator(".ra-docs-count")).to_have_text("5 readouts indexed", timeout=WAIT_MS)
        expect(chat.locator(".message-row")).to_have_count(0)
        page.locator("#ra-past").get_by_text("Past conversations").click()
        page.locator("#ra-picker input").click()
        expect(page.get_by_role("option")).to_have_count(0)
        assert errors == []
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_every_control_is_reachable_by_keyboard(browser, fake_assistant, tmp_path, width):
    """Tab from the top of the page reaches the ask box, the Ask button, the markers, the viewer, the upload box
    and every other visible control."""
    from playwright.sync_api import expect

    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        new = tmp_path / "zanzibar talks.txt"
        new.write_text(UPLOADED, encoding="utf-8")
        page.locator("#ra-upload input[type=file]").set_input_files(str(new))
        expect(page.locator("#ra-docs button.ra-remove")).to_have_count(1, timeout=WAIT_MS)
        answer = _ask(page, SECURITY_Q, 1)
        assert answer.locator(".ra-text a.ra-cite").count() > 0
        page.locator("#ra-past").get_by_text("Past conversations").click()  # its controls are drawn when open
        expect(page.locator("#ra-picker input")).to_be_visible()
        # the filters open and active (Clear shown), the timeline within them
        _set_filter(page, "kind", re.compile(r"^meeting \(\d+\)$"))
        expect(page.locator("#ra-filter-status")).to_contain_text("kind: meeting", timeout=WAIT_MS)
        expect(page.locator("#ra-timeline a.ra-tl-pt").first).to_be_visible()
        page.keyboard.press("Escape")
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
        controls = page.evaluate("""() => {
            const sel = 'a[href], button, textarea, input, select, [tabindex]';
            const seen = (e) => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
            let n = 0;
            document.querySelectorAll(sel).forEach((e) => {
                if (e.disabled || e.tabIndex < 0 || !seen(e)) return;
                e.setAttribute('data-kb', String(n++));
            });
            return n;
        }""")
        assert controls > 10
        reached: set[str] = set()
        kinds: set[str] = set()
        for _ in range(controls * 3 + 40):
            page.keyboard.press("Tab")
            info = page.evaluate("""() => { const e = document.activeElement; if (!e) return null;
                const kind = e.closest('#ra-question') && e.tagName === 'TEXTAREA' ? 'ask-box'
                  : e.id === 'ra-ask' ? 'ask-button' : e.matches('.ra-text a.ra-cite') ? 'marker'
                  : e.id === 'ra-viewer' ? 'viewer' : e.closest('#ra-upload') ? 'upload'
                  : e.matches('button.ra-remove') ? 'remove' : e.matches('a.ra-doc-link') ? 'document'
                  : e.closest('#ra-filters') && e.matches('input, textarea') ? 'filter'
                  : e.closest('#ra-filter-clear') ? 'clear-filters' : e.matches('a.ra-tl-pt') ? 'timeline-point'
                  : e.matches('a.ra-tl-undated-link') ? 'undated' : 'other';
                return {kb: e.getAttribute('data-kb'), kind}; }""")
            if info:
                kinds.add(info["kind"])
                if info["kb"] is not None:
                    reached.add(info["kb"])
            if len(reached) == controls:
                break
        needed = {
            "ask-box",
            "ask-button",
            "marker",
            "viewer",
            "upload",
            "remove",
            "document",
            "filter",
            "clear-filters",
            "timeline-point",
            "undated",
        }
        assert needed <= kinds, f"never reached: {needed - kinds}"
        missing = page.evaluate(
            """(reached) => Array.from(document.querySelectorAll('[data-kb]'))
            .filter((e) => !reached.includes(e.getAttribute('data-kb')))
            .map((e) => e.outerHTML.slice(0, 160))""",
            sorted(reached),
        )
        assert missing == [], f"not reachable with Tab: {missing}"
        save_shot(page, tmp_path, f"chat-keyboard-{width}.png")
        assert errors == []
        context.close()


# --------------------------------------------------------------------------- issue 10: filters, timeline, kind tags


def _set_filter(page, key: str, value) -> None:
    """Open the filters (if closed) and set one: a dropdown option by its label (text or pattern), or a date box's
    text."""
    from playwright.sync_api import expect

    box = page.locator(f"#ra-f-{key} input, #ra-f-{key} textarea").first
    if not box.is_visible():
        page.locator("#ra-filters").get_by_text("Filters: country, person, dates, kind").click()
        expect(box).to_be_visible(timeout=WAIT_MS)
    if key in ("after", "before"):
        box.fill(value)
        box.press("Enter")
        return
    box.click()
    page.get_by_role("option", name=value, exact=isinstance(value, str) or None).click()


def _cited_sources(answer) -> list[str]:
    return [
        _ref(h)[4]
        for h in answer.locator(".ra-sources a.ra-cite").evaluate_all(
            "links => links.map((a) => a.getAttribute('href'))"
        )
    ]


def _close_overlay(page, width: int) -> None:
    from playwright.sync_api import expect

    if width < NARROW:
        page.locator("#ra-viewer .ra-viewer-close").click()
        expect(page.locator("#ra-viewer")).not_to_have_class(re.compile(r"\bra-overlay\b"))


@pytest.mark.parametrize("width", WIDTHS)
def test_timeline_points_open_their_readout(browser, fake_assistant, tmp_path, width):
    """The timeline draws one point per dated meeting (seeds: participants known only by title and country), in
    date order, lists the undated one as "date unknown", and a point opens its readout in the viewer, by mouse and
    by keyboard."""
    from playwright.sync_api import expect

    meetings = fake_assistant.meetings()
    dated = sorted((m for m in meetings if m.date), key=lambda m: m.date)
    undated = [m for m in meetings if m.date is None]
    assert len(dated) == 4 and len(undated) == 1
    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        timeline = page.locator("#ra-timeline")
        points = timeline.locator("a.ra-tl-pt")
        expect(points).to_have_count(len(dated), timeout=WAIT_MS)
        centres = {
            p["source"]: p["x"]
            for p in points.evaluate_all("""(ps) => ps.map((p) => {
            const r = p.getBoundingClientRect(); return {source: p.dataset.source, x: r.x + r.width / 2}; })""")
        }
        assert sorted(centres) == sorted(m.source for m in dated)
        xs = [centres[m.source] for m in dated]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), "points stand left to right in date order"
        later = timeline.locator(".ra-tl-undated")
        expect(later).to_contain_text("Date unknown (1)")
        expect(later.locator("a")).to_have_attribute("data-source", undated[0].source)
        timeline.scroll_into_view_if_needed()
        save_shot(page, tmp_path, f"timeline-{width}.png")

        doc = page.locator("#ra-viewer .ra-doc")
        for m in (dated[0], dated[-1]):  # the first by mouse, the last by keyboard (Tab to it, Enter)
            point = timeline.locator(f'a.ra-tl-pt[data-source="{m.source}"]')
            assert m.date.strftime("%b %Y").lstrip("0") in point.get_attribute("aria-label")
            if m is dated[0]:
                point.click()
            else:
                point.focus()
                page.keyboard.press("Enter")
            expect(doc).to_have_attribute("data-source", m.source, timeout=WAIT_MS)
            assert page.locator("#ra-viewer .ra-doc-text").text_content() == fake_assistant.readout(m.source).text
            expect(page.locator("#ra-viewer .ra-doc-title")).to_be_in_viewport()
            if m is dated[0]:
                save_shot(page, tmp_path, f"timeline-viewer-{width}.png")
            _close_overlay(page, width)
        later.locator("a").click()
        expect(doc).to_have_attribute("data-source", undated[0].source, timeout=WAIT_MS)
        _close_overlay(page, width)
        assert errors == []
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_filters_limit_answers_follow_ups_and_the_timeline(browser, fake_assistant, tmp_path, width):
    """A country filter: the page says filters are active, the timeline keeps only fitting meetings, the answer
    and its follow-up cite only readouts that fit, each source carries its statement-kind tag; a date the library
    cannot read is a one-line notice and nothing is asked; Clear brings everything back."""
    from playwright.sync_api import expect

    fitting = {m.source for m in fake_assistant.meetings(country="Mexico")}
    expected = fake_assistant.ask(SECURITY_Q, filters={"country": "Mexico"})
    assert expected.citations and {c.source for c in expected.citations} <= fitting
    assert {c.source for c in fake_assistant.ask(SECURITY_Q).citations} - fitting, "unfiltered, it cites others"
    labels = {"agreed": "agreed", "noted": "noted", "discussed": "discussed"}
    with serve(fake_assistant) as (url, _):
        context, page, errors = _new_page(browser, url, width)
        status, clear = page.locator("#ra-filter-status"), page.locator("#ra-filter-clear")
        points = page.locator("#ra-timeline a.ra-tl-pt")
        expect(status).to_contain_text("No filters", timeout=WAIT_MS)
        expect(clear).to_be_hidden()
        _set_filter(page, "country", "Mexico (1)")
        expect(status).to_contain_text("Filters active", timeout=WAIT_MS)
        expect(status).to_contain_text("country: Mexico")
        expect(status).to_contain_text("1 of 5 readouts fit")
        expect(clear).to_be_visible()
        expect(points).to_have_count(1, timeout=WAIT_MS)
        expect(points).to_have_attribute("data-source", "mexico-migration-call.txt")

        answer = _ask(page, SECURITY_Q, 1)
        assert _cited_sources(answer) == [c.source for c in expected.citations]
        expect(page.locator("#ra-chat .ra-filtered").first).to_have_text("Filtered: country: Mexico")
        rows = answer.locator(".ra-sources .ra-fn-row")
        for i, c in enumerate(expected.citations):  # the statement kind beside each source, said in words
            tag = rows.nth(i).locator(".ra-kind")
            expect(tag).to_be_visible()
            label = labels.get(c.kind, c.kind.replace("_", " "))
            assert tag.text_content().startswith(f"statement kind: {label}")
            assert (
                tag.evaluate(
                    "(t) => Array.from(t.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')"
                )
                == label
            )  # what is seen
        answer.locator(".ra-text a.ra-cite").first.hover()
        expect(page.locator("#ra-tooltip .ra-kind")).to_contain_text(
            labels.get(expected.citations[0].kind, expected.citations[0].kind)
        )
        page.mouse.move(1, 1)
        save_shot(page, tmp_path, f"filters-answer-{width}.png")

        follow = _ask(page, "And on migration?", 2)  # a follow-up stays within the filters
        cited = _cited_sources(follow)
        assert cited and set(cited) <= fitting

        _set_filter(page, "after", "2024-13-45")
        expect(status).to_contain_text("is not a date", timeout=WAIT_MS)
        box = page.locator("#ra-question textarea")
        box.fill("What was discussed?")
        page.locator("#ra-ask").click()
        expect(page.locator(".toast-body").first).to_contain_text("is not a date", timeout=WAIT_MS)
        expect(box).to_have_value("What was discussed?")
        expect(page.locator("#ra-chat .ra-answer")).to_have_count(2)
        assert "Traceback" not in page.locator("body").inner_text()
        save_shot(page, tmp_path, f"filters-bad-date-{width}.png")
        _set_filter(page, "after", "2024")
        expect(status).to_contain_text("after: 2024", timeout=WAIT_MS)

        clear.click()
        expect(status).to_contain_text("No filters", timeout=WAIT_MS)
        expect(clear).to_be_hidden(timeout=WAIT_MS)  # the page redraws it after the status, slower under load
        expect(points).to_have_count(4, timeout=WAIT_MS)
        expect(page.locator("#ra-f-after input, #ra-f-after textarea").first).to_have_value("")
        assert errors == []
        context.close()
