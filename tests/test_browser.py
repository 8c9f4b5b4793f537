"""The web chat in a real browser: Debian's Chromium driven by Playwright.

Skipped (with the reason) only when /usr/bin/chromium is missing outside CI;
in CI (env CI set) a missing browser is a failure, not a skip.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from tests.test_ui import SECURITY_Q, serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
WAIT_MS = 60_000  # generous upper bound for a shared 2-core machine; the waits return as soon as the page is ready

pytestmark = pytest.mark.browser

UPLOADED = (
    "Zanzibar Fisheries Talks <script>window.__pwned = 1</script>\n"
    "Date: June 1, 2024\n\n"
    "The delegations met in Stone Town to review fisheries cooperation in the Indian Ocean. "
    "The delegations agreed to establish a joint patrol of the Zanzibar channel against illegal fishing.\n"
)


@pytest.fixture
def browser():
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


def _ref(href: str) -> tuple[str, int, int, int, str]:
    from assistant.ui.app import parse_ref

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
        assert source == "zanzibar-talks.txt"
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
        assert re.search(r"\[1\] \*.+\* \(.+, characters \d+-\d+\): \u201c", md)

        # a new conversation offers the example questions again; clicking one asks it
        page.get_by_role("button", name="New conversation").click()
        expect(examples.first).to_be_visible(timeout=WAIT_MS)
        example = examples.first.inner_text()
        examples.first.click()
        expect(chat.locator(".ra-answer .ra-tools")).to_have_count(1, timeout=WAIT_MS)
        expect(chat.get_by_text(example, exact=True)).to_be_visible()

        # back to the seed question's citation for the screenshot
        box.fill(SECURITY_Q)
        box.press("Enter")
        expect(chat.locator(".ra-answer .ra-tools")).to_have_count(2, timeout=WAIT_MS)
        marker = chat.locator(".ra-answer").nth(1).locator(".ra-text a.ra-cite", has_text="[1]")
        marker.click()
        expect(page.locator("#ra-viewer mark.ra-hl")).to_have_text(cited, timeout=WAIT_MS)
        assert _inside_viewer(page)
        shot = tmp_path / "web-chat.png"
        page.screenshot(path=str(shot), full_page=True)
        if os.environ.get("READOUT_UI_SCREENSHOT"):  # keep a copy where a reviewer asked for it
            page.screenshot(path=os.environ["READOUT_UI_SCREENSHOT"], full_page=True)
        assert shot.stat().st_size > 10_000
        assert errors == []
        context.close()
