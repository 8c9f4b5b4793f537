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

from assistant.render import esc  # noqa: E402
from assistant.ui import app as ui  # noqa: E402
from assistant.ui import views  # noqa: E402

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
def serve(asst, **kwargs):
    """Launch the app on a free loopback port; yield its URL and the ``ChatApp``; close it afterwards.

    ``kwargs`` go to ``ChatApp`` (``examples``) or to its ``launch`` (``auth``, ``login_limit``).
    """
    launch_keys = {"auth", "login_limit"}
    chat = ui.ChatApp(asst, **{k: v for k, v in kwargs.items() if k not in launch_keys})
    port = free_port()
    chat.launch(port=port, block=False, quiet=True, **{k: v for k, v in kwargs.items() if k in launch_keys})
    try:
        yield f"http://127.0.0.1:{port}/", chat
    finally:
        chat.close()


def handlers_for(asst):
    """The handlers behind the page of a (not launched) web chat over ``asst``."""
    return ui.build_app(asst, examples=[]).handlers


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
    out = esc("<script>alert('x')</script> ${a} {{b}} `c` *d* [1]")
    assert "<" not in out and ">" not in out
    for ch in "${}`*[]":
        assert ch not in out
    assert html.unescape(out) == "<script>alert('x')</script> ${a} {{b}} `c` *d* [1]"


def test_answer_markers_link_to_exact_spans(fake_assistant):
    answer = _answer_dict(fake_assistant)
    assert answer["citations"], "the seed question should be answered with citations"
    out = views.render_answer(answer)
    for c in answer["citations"]:
        ref = f"#ra-open/cite/{c['start']}/{c['end']}/{c['marker']}/"
        links = re.findall(rf'href="({re.escape(ref)}[^"]*)"', out)
        # the marker in the text and the footnote both point at the cited span
        assert len(links) == 2
        kind, start, end, marker, source = views.parse_ref(html.unescape(links[0]))
        assert (kind, start, end, marker, source) == ("cite", c["start"], c["end"], c["marker"], c["source"])
        assert fake_assistant.readout(source).text[start:end] == c["quote"]
        # footnote: title and the quoted text
        assert esc(c["title"]) in out
        assert esc(" ".join(c["quote"].split())) in out
    assert "Sources" in out
    assert "\n" not in out  # one HTML block: Markdown never reinterprets readout text


def test_abstention_says_so_and_labels_nearest_passages():
    answer = {
        "text": "The readouts don't say. (No passage states it.)",
        "abstained": True,
        "citations": [],
        "passages": [
            {
                "source": "a.txt",
                "start": 3,
                "end": 20,
                "text": "Some nearby text.",
                "title": "A <b>title</b>",
                "date": None,
            }
        ],
    }
    out = views.render_answer(answer)
    assert "The readouts don&#x27;t say." in out
    assert "Nearest passages" in out and "not an answer" in out
    assert "Sources" not in out
    assert "#ra-open/near/3/20/0/a.txt" in out
    assert "A &lt;b&gt;title&lt;/b&gt;" in out


def test_readout_view_marks_exactly_the_cited_span(fake_assistant):
    c = fake_assistant.ask(SECURITY_Q).citations[0]
    r = fake_assistant.readout(c.source)
    out = views.render_readout(r, c.start, c.end, c.marker)
    marked = re.findall(r'<mark class="ra-hl[^"]*"[^>]*>(.*?)</mark>', out, flags=re.S)
    assert len(marked) == 1
    assert html.unescape(marked[0]) == r.text[c.start : c.end] == c.quote
    # the text around the mark is the rest of the readout, unchanged
    text_only = html.unescape(re.sub(r"<[^>]+>", "", out.split('<div class="ra-doc-text">', 1)[1]))
    assert text_only.startswith(r.text[: c.start]) and r.text in text_only


def test_script_in_a_readout_renders_as_text(evil_assistant):
    handlers = handlers_for(evil_assistant)
    docs = views.render_documents(evil_assistant.readouts())
    assert "<script" not in docs and "<script>window.__pwned = 1</script>" in html.unescape(docs)
    view = handlers.open_readout("#ra-open/doc/-1/-1/0/evil.txt")
    assert "<script" not in view
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in view
    assert EVIL.split("\n", 3)[3] in html.unescape(view)
    assert "{{value}}" not in view and "${value}" not in view  # templates cannot pick these up
    answer = evil_assistant.ask("Which phrase must be shown as text?").to_dict()
    assert answer["citations"]
    assert any(c["source"] == "evil.txt" for c in answer["citations"])
    rendered = views.render_answer(answer) + "".join(
        m["content"] for m in views.render_turns([{"question": "<script>alert(1)</script>?", "answer": answer}])
    )
    assert "<script" not in rendered


def test_open_readout_rejects_bad_links(fake_assistant):
    open_readout = handlers_for(fake_assistant).open_readout
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
    respond = handlers_for(fake_assistant).respond

    updates = list(respond(SECURITY_Q, []))
    assert len(updates) >= 3  # question shown, at least one streamed piece, final answer
    assert "Searching" in updates[0][0][-1]["content"]
    messages, turns, box = updates[-1]
    assert box == ""
    assert turns[0]["answer"]["citations"]
    assert messages[0] == {"role": "user", "content": esc(SECURITY_Q)}
    assert 'class="ra-cite"' in messages[1]["content"]

    list(respond("And on Ukraine?", turns))
    assert seen[1][0] == "And on Ukraine?"
    assert seen[1][1] == [
        {"role": "user", "content": SECURITY_Q},
        {"role": "assistant", "content": turns[0]["answer"]["text"]},
    ]


def test_chat_errors_are_short_messages(fake_assistant, monkeypatch):
    respond = handlers_for(fake_assistant).respond
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
    handlers = handlers_for(fake_assistant)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    new = incoming / "Zanzibar talks (draft) ünïcode.txt"
    new.write_text(
        "Zanzibar Fisheries Talks\nDate: June 1, 2024\n\nThe delegations agreed to establish a joint "
        "patrol of the Zanzibar channel against illegal fishing.\n",
        encoding="utf-8",
    )
    bad_pdf = incoming / "notes.pdf"  # a PDF is a readout type now; this one cannot be read
    bad_pdf.write_bytes(b"%PDF-1.4")

    message = handlers.add_files([str(new), str(bad_pdf)])
    assert "Indexed 1 readout" in message and ".pdf" in message
    # the library keeps letters of any script and stores uploads beside the index, as uploads/<name>
    stored = Path(fake_assistant.settings.index_dir) / "uploads" / "Zanzibar-talks-draft-ünïcode.txt"
    assert stored.read_text(encoding="utf-8") == new.read_text(encoding="utf-8")
    assert any(d["source"] == "uploads/" + stored.name and d["uploaded"] for d in fake_assistant.readouts())
    assert not (stored.parent / "notes.pdf").exists()  # a skipped upload leaves no copy

    answer = fake_assistant.ask("What did the delegations agree about the Zanzibar channel?")
    assert answer.citations
    assert [c.source for c in answer.citations][:1] == ["uploads/" + stored.name]
    c = answer.citations[0]
    assert stored.read_text(encoding="utf-8")[c.start : c.end] == c.quote


def test_upload_limits_and_sanitized_names(fake_assistant, tmp_path):
    """Names are made safe by the library (the UI keeps no rules of its own); types it cannot read are refused,
    each with its reason, through the page's handlers."""
    handlers = handlers_for(fake_assistant)
    uploads = Path(fake_assistant.settings.index_dir) / "uploads"
    odd = tmp_path / "odd"
    (odd / "etc").mkdir(parents=True)
    (odd / "a" / "b").mkdir(parents=True)
    body = "Odd Name Talks\n\nThe officials agreed to keep the harbour open.\n"
    names = {"passwd.txt": "passwd.txt", "a b<c>.HTML": "a-b-c.html", ".hidden.md": "hidden.md"}
    for name in names:
        (odd / "etc" / name).write_text(body.replace("keep", f"keep {name}"), encoding="utf-8")
    traversal = odd / "a" / "b" / ".." / ".." / "etc" / "passwd.txt"  # a path climbing out still stores its name
    message = handlers.add_files([str(traversal), str(odd / "etc" / "a b<c>.HTML"), str(odd / "etc" / ".hidden.md")])
    assert "Indexed 3 readouts" in message
    assert sorted(p.name for p in uploads.iterdir()) == sorted(names.values())
    sources = {d["source"] for d in fake_assistant.readouts()}
    assert {"uploads/" + n for n in names.values()} <= sources
    for bad in ("run.sh", "readout.txt.exe"):
        (tmp_path / bad).write_text("Title\n\nText.\n", encoding="utf-8")
        with pytest.raises(Exception, match="not accepted"):
            handlers.add_files([str(tmp_path / bad)])
        assert not (uploads / bad).exists()

    exe = tmp_path / "scan.exe"
    exe.write_bytes(b"MZ")
    with pytest.warns(UserWarning, match="not accepted"):  # a toast in the page; a warning outside a request
        status, *_ = handlers.upload([str(exe)], progress=None)
    assert "ra-error" in status and "not accepted" in status and "Traceback" not in status
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 1_100_000, encoding="utf-8")  # > 5 MB default limit
    with pytest.raises(Exception, match="over the 5.0 MB limit"):
        handlers.add_files([str(big)])
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(Exception, match="empty"):
        handlers.add_files([str(blank)])
    assert not (uploads / "blank.txt").exists()  # no orphan copy
    before = {d["source"] for d in fake_assistant.readouts()}
    kenya = fake_assistant.readout("us-kenya-call.md").text
    # a name already used by an indexed readout from elsewhere is not replaced: uploads have their own namespace
    clash = tmp_path / "us-kenya-call.md"
    clash.write_text("# Another Kenya call\n\nThe officials discussed tea exports.\n", encoding="utf-8")
    message = handlers.add_files([str(clash)])
    assert "us-kenya-call.md" in message
    after = {d["source"] for d in fake_assistant.readouts()}
    assert after == before | {"uploads/us-kenya-call.md"}
    assert fake_assistant.readout("us-kenya-call.md").text == kenya
    # uploading the same name again updates that upload, it does not add another
    clash.write_text("# Another Kenya call\n\nThe officials discussed coffee exports.\n", encoding="utf-8")
    handlers.add_files([str(clash)])
    assert {d["source"] for d in fake_assistant.readouts()} == after
    assert "coffee" in fake_assistant.readout("uploads/us-kenya-call.md").text
    # and once more, unchanged: said so, naming that file only
    message = handlers.add_files([str(clash)])
    assert message == "Already indexed, unchanged: us-kenya-call.md."


def test_export_is_markdown_with_citations(fake_assistant):
    chat = ui.build_app(fake_assistant, examples=[])
    *_, (_, turns, _) = chat.handlers.respond(SECURITY_Q, [])
    *_, (_, turns, _) = chat.handlers.respond("Who won the football match in Tokyo?", turns)
    button = chat.export(turns)
    path = Path(button.value if isinstance(button.value, str) else button.value["path"])
    md = path.read_text(encoding="utf-8")
    assert path.suffix == ".md"
    assert f"## 1. {SECURITY_Q}" in md and "## 2. Who won the football match in Tokyo?" in md
    first = turns[0]["answer"]
    assert first["text"] in md
    assert first["citations"]
    for c in first["citations"]:
        assert f"[{c['marker']}] *{c['title']}*" in md
        assert f"chars {c['start']}-{c['end']}" in md  # render.answer_markdown's form
        assert c["quote"] in md
        assert f"{c['marker']}. [{c['marker']}]" not in md  # each source numbered once (issue 13)
    assert chat.export([]).interactive is False


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
        assert text[c["start"] : c["end"]] == c["quote"]
        if source_file.suffix == ".txt":  # .txt offsets are offsets into the file itself
            assert source_file.read_text(encoding="utf-8")[c["start"] : c["end"]] == c["quote"]
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
    assert len(answers) == 2 and answers[0]["citations"] and answers[0]["citations"] == answers[1]["citations"]
