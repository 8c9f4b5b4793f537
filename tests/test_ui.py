"""The web chat: rendering and escaping, the handlers behind the page, and the
``/ask`` endpoint through gradio_client against a server on a loopback port."""

from __future__ import annotations

import html
import re
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import SEEDS

gr = pytest.importorskip("gradio")

from assistant.ui import app as ui  # noqa: E402

SECURITY_Q = "What did the ministers agree on security?"

EVIL = (
    "Talks on <script>window.__pwned = 1</script> & Co\n"
    "Date: May 5, 2024\n\n"
    "The delegations agreed that the phrase <script>alert('x')</script> must be shown as text. "
    "They discussed a budget of $5 {{value}} and ${value} and *stars* and [1] brackets.\n"
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(asst, **build_kwargs):
    """Launch the app on a free loopback port; yield its URL; close it afterwards."""
    demo = ui.build_app(asst, **build_kwargs)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True,
                **ui.launch_options(asst))
    try:
        yield f"http://127.0.0.1:{port}/", demo
    finally:
        demo.close()


@pytest.fixture
def evil_assistant(tmp_path, fake_settings):
    """The seeds plus a readout whose title and text contain markup."""
    from assistant import Assistant

    corpus = tmp_path / "evil-corpus"
    corpus.mkdir()
    for f in SEEDS.iterdir():
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "evil.txt").write_text(EVIL, encoding="utf-8")
    return Assistant.build(corpus, settings=fake_settings)


def _answer_dict(asst, q=SECURITY_Q) -> dict:
    return asst.ask(q).to_dict()


# --------------------------------------------------------------------------- rendering


def test_esc_neutralises_markup_and_template_syntax():
    out = ui.esc("<script>alert('x')</script> ${a} {{b}} `c` *d* [1]")
    assert "<" not in out and ">" not in out
    for ch in "${}`*[]":
        assert ch not in out
    assert html.unescape(out) == "<script>alert('x')</script> ${a} {{b}} `c` *d* [1]"


def test_answer_markers_link_to_exact_spans(fake_assistant):
    answer = _answer_dict(fake_assistant)
    assert answer["citations"], "the seed question should be answered with citations"
    out = ui.render_answer(answer)
    for c in answer["citations"]:
        ref = f"#ra-open/cite/{c['start']}/{c['end']}/{c['marker']}/"
        links = re.findall(r'href="(%s[^"]*)"' % re.escape(ref), out)
        # the marker in the text and the footnote both point at the cited span
        assert len(links) == 2
        kind, start, end, marker, source = ui.parse_ref(html.unescape(links[0]))
        assert (kind, start, end, marker, source) == ("cite", c["start"], c["end"], c["marker"], c["source"])
        assert fake_assistant.readout(source).text[start:end] == c["quote"]
        # footnote: title and the quoted text
        assert ui.esc(c["title"]) in out
        assert ui.esc(" ".join(c["quote"].split())) in out
    assert "Sources" in out
    assert "\n" not in out  # one HTML block: Markdown never reinterprets readout text


def test_abstention_says_so_and_labels_nearest_passages():
    answer = {
        "text": "The readouts don't say. (No passage states it.)", "abstained": True, "citations": [],
        "passages": [{"source": "a.txt", "start": 3, "end": 20, "text": "Some nearby text.", "title": "A <b>title</b>",
                      "date": None}],
    }
    out = ui.render_answer(answer)
    assert "The readouts don&#x27;t say." in out
    assert "Nearest passages" in out and "not an answer" in out
    assert "Sources" not in out
    assert "#ra-open/near/3/20/0/a.txt" in out
    assert "A &lt;b&gt;title&lt;/b&gt;" in out


def test_readout_view_marks_exactly_the_cited_span(fake_assistant):
    c = fake_assistant.ask(SECURITY_Q).citations[0]
    r = fake_assistant.readout(c.source)
    out = ui.render_readout(r, c.start, c.end, c.marker)
    marked = re.findall(r'<mark class="ra-hl[^"]*"[^>]*>(.*?)</mark>', out, flags=re.S)
    assert len(marked) == 1
    assert html.unescape(marked[0]) == r.text[c.start:c.end] == c.quote
    # the text around the mark is the rest of the readout, unchanged
    text_only = html.unescape(re.sub(r"<[^>]+>", "", out.split('<div class="ra-doc-text">', 1)[1]))
    assert text_only.startswith(r.text[:c.start]) and r.text in text_only


def test_script_in_a_readout_renders_as_text(evil_assistant):
    demo = ui.build_app(evil_assistant, examples=[])
    docs = ui.render_documents(evil_assistant.readouts())
    assert "<script" not in docs and "<script>window.__pwned = 1</script>" in html.unescape(docs)
    view = demo.readout_handlers["open_readout"]("#ra-open/doc/-1/-1/0/evil.txt")
    assert "<script" not in view
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in view
    assert EVIL.split("\n", 3)[3] in html.unescape(view)
    assert "{{value}}" not in view and "${value}" not in view  # templates cannot pick these up
    answer = evil_assistant.ask("Which phrase must be shown as text?").to_dict()
    assert any(c["source"] == "evil.txt" for c in answer["citations"])
    rendered = ui.render_answer(answer) + "".join(m["content"] for m in ui.render_turns(
        [{"question": "<script>alert(1)</script>?", "answer": answer}]))
    assert "<script" not in rendered


def test_open_readout_rejects_bad_links(fake_assistant):
    open_readout = ui.build_app(fake_assistant, examples=[]).readout_handlers["open_readout"]
    assert "ra-error" in open_readout("javascript:alert(1)")
    assert "not indexed" in open_readout("#ra-open/cite/0/5/1/no-such-file.txt")
    whole = open_readout("#ra-open/cite/0/999999/1/us-kenya-call.md")  # out of range: no highlight
    assert "<mark" not in whole and "Kenya" in whole


def test_example_questions_come_from_the_index(fake_assistant):
    titles = [d["title"] for d in fake_assistant.readouts()]
    examples = ui.example_questions(fake_assistant)
    assert 1 <= len(examples) <= ui.N_EXAMPLES
    for q in examples:
        quoted = re.search("\u201c(.+)\u201d", q).group(1)
        assert any(t.endswith(quoted) for t in titles)
        assert not fake_assistant.ask(q).abstained


# --------------------------------------------------------------------------- handlers


def test_chat_streams_and_passes_history_for_follow_ups(fake_assistant, monkeypatch):
    seen: list = []
    real_stream = fake_assistant.stream

    def spy(question, history=None, **kw):
        seen.append((question, [dict(m) for m in (history or [])]))
        yield from real_stream(question, history=history, **kw)

    monkeypatch.setattr(fake_assistant, "stream", spy)
    respond = ui.build_app(fake_assistant, examples=[]).readout_handlers["respond"]

    updates = list(respond(SECURITY_Q, []))
    assert len(updates) >= 3  # question shown, at least one streamed piece, final answer
    assert "Searching" in updates[0][0][-1]["content"]
    messages, turns, box = updates[-1]
    assert box == ""
    assert turns[0]["answer"]["citations"]
    assert messages[0] == {"role": "user", "content": ui.esc(SECURITY_Q)}
    assert 'class="ra-cite"' in messages[1]["content"]

    list(respond("And on Ukraine?", turns))
    assert seen[1][0] == "And on Ukraine?"
    assert seen[1][1] == [{"role": "user", "content": SECURITY_Q},
                          {"role": "assistant", "content": turns[0]["answer"]["text"]}]


def test_chat_errors_are_short_messages(fake_assistant, monkeypatch):
    respond = ui.build_app(fake_assistant, examples=[]).readout_handlers["respond"]
    *_, (messages, turns, _) = respond("x" * 2500, [])
    assert "too long" in turns[-1]["error"]
    assert "ra-error" in messages[-1]["content"] and "Traceback" not in messages[-1]["content"]

    def boom(*a, **k):
        raise RuntimeError("disk on fire")
        yield  # pragma: no cover

    monkeypatch.setattr(fake_assistant, "stream", boom)
    *_, (messages, turns, _) = respond(SECURITY_Q, [])
    assert turns[-1]["error"].startswith("Something went wrong (RuntimeError)")
    assert "disk on fire" not in messages[-1]["content"]


def test_upload_indexes_the_readout_and_it_is_answerable(fake_assistant, tmp_path):
    handlers = ui.build_app(fake_assistant, examples=[]).readout_handlers
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    new = incoming / "Zanzibar talks (draft) ünïcode.txt"
    new.write_text("Zanzibar Fisheries Talks\nDate: June 1, 2024\n\n"
                   "The delegations agreed to establish a joint patrol of the Zanzibar channel against illegal fishing.\n",
                   encoding="utf-8")
    bad_type = incoming / "notes.pdf"
    bad_type.write_bytes(b"%PDF-1.4")

    message = handlers["add_files"]([str(new), str(bad_type)])
    assert "Indexed 1 readout" in message and ".pdf" in message
    stored = Path(fake_assistant.settings.index_dir) / "uploads" / "Zanzibar-talks-draft-unicode.txt"
    assert stored.read_text(encoding="utf-8") == new.read_text(encoding="utf-8")
    assert any(d["source"] == stored.name for d in fake_assistant.readouts())

    answer = fake_assistant.ask("What did the delegations agree about the Zanzibar channel?")
    assert [c.source for c in answer.citations][:1] == [stored.name]
    c = answer.citations[0]
    assert stored.read_text(encoding="utf-8")[c.start:c.end] == c.quote


def test_upload_limits_and_sanitized_names(fake_assistant, tmp_path):
    assert ui.sanitize_filename("../../etc/passwd.txt") == "passwd.txt"
    assert ui.sanitize_filename("..\\..\\a b<c>.HTML") == "a-b-c.html"
    assert ui.sanitize_filename(".hidden.md") == "hidden.md"
    with pytest.raises(Exception, match="not accepted"):
        ui.sanitize_filename("run.sh")
    with pytest.raises(Exception, match="not accepted"):
        ui.sanitize_filename("readout.txt.exe")

    handlers = ui.build_app(fake_assistant, examples=[]).readout_handlers
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.warns(UserWarning, match="not accepted"):  # a toast in the page; a warning outside a request
        status, *_ = handlers["upload"]([str(pdf)], progress=None)
    assert "ra-error" in status and "not accepted" in status and "Traceback" not in status
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 1_100_000, encoding="utf-8")  # > 5 MB default limit
    with pytest.raises(Exception, match="over the 5.0 MB limit"):
        handlers["add_files"]([str(big)])
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(Exception, match="empty"):
        handlers["add_files"]([str(blank)])
    assert not (Path(fake_assistant.settings.index_dir) / "uploads" / "blank.txt").exists()  # no orphan copy
    before = {d["source"] for d in fake_assistant.readouts()}
    # a name already used by an indexed readout from elsewhere is not replaced
    clash = tmp_path / "us-kenya-call.md"
    clash.write_text("# Another Kenya call\n\nThe officials discussed tea exports.\n", encoding="utf-8")
    message = handlers["add_files"]([str(clash)])
    assert "us-kenya-call-2.md" in message
    after = {d["source"] for d in fake_assistant.readouts()}
    assert after == before | {"us-kenya-call-2.md"}


def test_export_is_markdown_with_citations(fake_assistant):
    handlers = ui.build_app(fake_assistant, examples=[]).readout_handlers
    *_, (_, turns, _) = handlers["respond"](SECURITY_Q, [])
    *_, (_, turns, _) = handlers["respond"]("Who won the football match in Tokyo?", turns)
    button = handlers["export"](turns)
    path = Path(button.value if isinstance(button.value, str) else button.value["path"])
    md = path.read_text(encoding="utf-8")
    assert path.suffix == ".md"
    assert f"## 1. {SECURITY_Q}" in md and "## 2. Who won the football match in Tokyo?" in md
    first = turns[0]["answer"]
    assert first["text"] in md
    for c in first["citations"]:
        assert f"[{c['marker']}] *{c['title']}*" in md
        assert f"characters {c['start']}-{c['end']}" in md
        assert c["quote"] in md
    assert handlers["export"]([]).interactive is False


# --------------------------------------------------------------------------- over HTTP


@pytest.mark.integration
def test_ask_endpoint_returns_cited_json(real_assistant):
    """The real model behind a real server: /ask through gradio_client."""
    from gradio_client import Client

    with serve(real_assistant) as (url, _):
        client = Client(url, verbose=False)
        assert "/ask" in client.view_api(return_format="dict", print_info=False)["named_endpoints"]
        result = client.predict(SECURITY_Q, api_name="/ask")
    assert isinstance(result, dict)
    assert result["abstained"] is False and result["citations"]
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", result["text"])]
    assert sorted(set(markers)) == [c["marker"] for c in result["citations"]]
    for c in result["citations"]:
        source_file = SEEDS / c["source"]
        text = real_assistant.readout(c["source"]).text
        assert text[c["start"]:c["end"]] == c["quote"]
        if source_file.suffix == ".txt":  # .txt offsets are offsets into the file itself
            assert source_file.read_text(encoding="utf-8")[c["start"]:c["end"]] == c["quote"]
    assert any("security cooperation" in c["quote"] for c in result["citations"])


def test_ask_endpoint_errors_are_one_line(fake_assistant):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    with serve(fake_assistant, examples=[]) as (url, _):
        client = Client(url, verbose=False)
        with pytest.raises(AppError) as info:
            client.predict("   ", api_name="/ask")
        answers = []

        def ask():  # two questions at once go through the queue
            answers.append(Client(url, verbose=False).predict(SECURITY_Q, api_name="/ask"))

        threads = [threading.Thread(target=ask) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        first = client.predict(SECURITY_Q, api_name="/ask")
        history = [{"role": "user", "content": SECURITY_Q}, {"role": "assistant", "content": first["text"]}]
        follow_up = client.predict("And on Ukraine?", history, api_name="/ask")
        with pytest.raises(AppError) as bad_history:
            client.predict("And on Ukraine?", "not a list", api_name="/ask")
    assert follow_up["question"] == "And on Ukraine?"
    assert follow_up["standalone_question"] and "Ukraine" in follow_up["standalone_question"]
    assert follow_up["standalone_question"] != "And on Ukraine?"
    assert "history must be a list" in str(bad_history.value)
    assert "question is empty" in str(info.value)
    assert "Traceback" not in str(info.value)
    assert len(answers) == 2 and answers[0]["citations"] == answers[1]["citations"]
