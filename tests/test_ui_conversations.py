"""Conversations kept in the browser (gr.BrowserState): saving, listing, reopening, clearing, and what happens
when the browser hands back something malformed. Plus the chat's rendering through assistant.render."""

from __future__ import annotations

import html
import re

import pytest

from tests.test_ui import SECURITY_Q

pytest.importorskip("gradio")

from assistant.render import answer_html, short_title
from assistant.ui import app as ui
from assistant.ui import conversations as conv
from assistant.ui import views

ABSTAINED = {
    "text": "The readouts don't say.",
    "abstained": True,
    "citations": [],
    "passages": [
        {
            "source": "a.txt",
            "start": 0,
            "end": 400,
            "title": "A",
            "date": None,
            "text": "word " * 60 + "Supercalifragilisticexpialidocious " * 20,
        }
    ],
}


def _answered(asst, *questions):
    """The web chat's events (Gradio updates, ``ChatApp``) and the turns after asking ``questions``."""
    chat = ui.build_app(asst, examples=[])
    turns: list = []
    for q in questions:
        *_, (_, turns, _) = chat.handlers.respond(q, turns)
    return chat, turns


def test_save_list_reopen_and_clear(fake_assistant, capsys):
    handlers, turns = _answered(fake_assistant, SECURITY_Q, "And on Ukraine?")
    assert turns[0]["answer"]["citations"]
    store, picker, conv_id, export = handlers.finish(turns, None, None)
    assert conv_id and store["current"] == conv_id
    assert [c["id"] for c in store["conversations"]] == [conv_id]
    assert store["conversations"][0]["title"] == SECURITY_Q
    assert picker.choices and picker.choices[0][1] == conv_id and picker.value == conv_id
    assert export.interactive is True
    assert "partial" not in store["conversations"][0]["turns"][0]

    # a second conversation goes first; the first is still listed and reopens with its answers
    _, more = _answered(fake_assistant, "What did the ministers agree on sanctions?")
    store, picker, second, _ = handlers.finish(more, None, store)
    assert second != conv_id and [c["id"] for c in store["conversations"]] == [second, conv_id]
    chat, reopened, opened_id, export, viewer, store, *filters = handlers.open_conversation(conv_id, store)
    assert opened_id == conv_id and store["current"] == conv_id
    assert [t["question"] for t in reopened] == [SECURITY_Q, "And on Ukraine?"]
    assert chat[0]["content"] == views.esc(SECURITY_Q) and 'class="ra-cite"' in chat[1]["content"]
    assert viewer == views.VIEWER_EMPTY

    # on page load the current conversation comes back, with the documents as they are now
    chat, restored, rid, picker, docs, export, *filters = handlers.restore(store)
    assert rid == conv_id and len(restored) == 2 and len(picker.choices) == 2
    assert "5 readouts indexed" in docs and export.interactive is True

    # a new conversation keeps the list; clear-all empties it
    new = handlers.new_conversation(store)
    assert new[0] == [] and new[2] is None and len(new[6]["conversations"]) == 2 and new[6]["current"] is None
    cleared = handlers.clear_all()
    assert "conversation kept in this browser was cleared" in capsys.readouterr().out  # a toast in the page
    assert cleared[0] == conv.empty_store() and cleared[1].choices == [] and cleared[2] == []
    chat, restored, rid, picker, _, export, *_ = handlers.restore(cleared[0])
    assert chat == [] and restored == [] and rid is None and picker.choices == [] and export.interactive is False


def test_an_unanswered_or_failed_turn_is_kept_as_such(fake_assistant):
    handlers = ui.build_app(fake_assistant, examples=[])
    *_, (_, turns, _) = handlers.handlers.respond("x" * 2500, [])
    store, _, conv_id, _ = handlers.finish(turns, None, None)
    kept = store["conversations"][0]["turns"]
    assert kept == [{"question": "x" * 2500, "answer": None, "error": turns[0]["error"]}]
    assert conv.history_from_turns(kept) == []
    streaming = [{"question": "half", "answer": None, "error": None, "partial": "Some"}]
    assert conv.save(None, None, streaming)[0] == conv.empty_store()  # nothing finished: nothing stored


@pytest.mark.parametrize(
    "tampered",
    [
        None,
        "text",
        42,
        [],
        {"conversations": "nope"},
        {"conversations": [{"id": 1, "turns": []}, {"id": "x", "turns": "bad"}, "junk"]},
        {"conversations": [{"id": "x", "turns": [{"question": "q", "answer": {"text": 5}}]}]},
        {
            "conversations": [
                {
                    "id": "x",
                    "turns": [
                        {
                            "question": "q",
                            "answer": {
                                "text": "t",
                                "citations": [
                                    {"marker": "1", "start": 0, "end": 4, "source": "a.txt", "quote": "abcd"}
                                ],
                            },
                        }
                    ],
                }
            ]
        },
        {
            "conversations": [
                {
                    "id": "x",
                    "turns": [
                        {
                            "question": "q",
                            "answer": {
                                "text": "t",
                                "citations": [
                                    {"marker": True, "start": 0, "end": 4, "source": "a.txt", "quote": "abcd"}
                                ],
                            },
                        }
                    ],
                }
            ]
        },
    ],
)
def test_malformed_browser_storage_is_dropped_not_trusted(fake_assistant, tampered):
    store = conv.clean_store(tampered)
    assert store == conv.empty_store()
    chat, turns, conv_id, picker, docs, *_ = ui.build_app(fake_assistant, examples=[]).restore(tampered)
    assert chat == [] and turns == [] and conv_id is None and picker.choices == []


def test_stored_markup_is_escaped_when_shown(fake_assistant):
    question = "<img src=x onerror=alert(1)>"
    evil = {
        "conversations": [
            {
                "id": "x",
                "updated": 1,
                "turns": [
                    {
                        "question": question,
                        "answer": {
                            "text": "<script>alert(1)</script> [1]",
                            "abstained": False,
                            "citations": [
                                {
                                    "marker": 1,
                                    "start": 0,
                                    "end": 4,
                                    "source": 'a"><script>.txt',
                                    "quote": "<b>q</b>",
                                    "title": "<i>t</i>",
                                    "date": "<u>d</u>",
                                }
                            ],
                        },
                    }
                ],
            }
        ],
        "current": "x",
    }
    chat, turns, conv_id, *_ = ui.build_app(fake_assistant, examples=[]).restore(evil)
    assert conv_id == "x" and len(turns) == 1
    shown = "".join(m["content"] for m in chat)
    assert "<script" not in shown and "<img" not in shown and "<b>" not in shown and "<i>" not in shown
    assert "&lt;script&gt;" in shown


def test_many_conversations_keep_the_newest():
    store = None
    turn = {"question": "q", "answer": {"text": "t", "citations": []}, "error": None}
    for i in range(conv.MAX_CONVERSATIONS + 5):
        store, _ = conv.save(store, f"c{i}", [turn], now=float(i))
    ids = [c["id"] for c in store["conversations"]]
    assert len(ids) == conv.MAX_CONVERSATIONS and ids[0] == f"c{conv.MAX_CONVERSATIONS + 4}" and "c0" not in ids


def test_export_markdown_numbers_sources_once_and_cuts_at_words(fake_assistant):
    handlers, turns = _answered(fake_assistant, SECURITY_Q)
    cites = turns[0]["answer"]["citations"]
    assert cites
    turns.append({"question": "Who won?", "answer": conv.compact_answer(ABSTAINED), "error": None})
    md = conv.conversation_markdown(turns, exported="2024-01-01 00:00")
    for c in cites:
        assert f"[{c['marker']}] *{c['title']}*" in md
        assert not re.search(rf"^\s*{c['marker']}\. \[{c['marker']}\]", md, flags=re.M)  # not "1. [1]"
    nearest = md.split("**Nearest passages** (not an answer)", 1)[1]
    line = next(x for x in nearest.splitlines() if x.startswith("- "))
    assert line.endswith("\u2026")
    words = line.split(": ", 1)[1].rstrip("\u2026").split()
    assert all(w in {"word", "Supercalifragilisticexpialidocious"} for w in words)  # no word cut in two


# --------------------------------------------------------------------------- rendering (assistant/render.py additions)


def test_chat_answer_has_marker_tips_and_short_source_lines(fake_assistant):
    answer = fake_assistant.ask(SECURITY_Q).to_dict()
    assert answer["citations"]
    out = views.render_answer(answer)
    tips = re.findall(r'<a class="ra-cite" href="[^"]+">\[(\d+)\]<span class="ra-tip">(.*?)</span></span></a>', out)
    assert [int(m) for m, _ in tips] == [int(m) for m in re.findall(r"\[(\d+)\]", answer["text"])]
    for c in answer["citations"]:
        tip = html.unescape(dict(tips)[str(c["marker"])])
        assert " ".join(c["quote"].split())[:80] in tip and c["title"] in tip and (c["date"] or "no date") in tip
    sources = html.unescape(re.sub(r"<[^>]+>", "", out.split('<div class="ra-sources">', 1)[1]))  # what shows
    for c in answer["citations"]:
        assert c["source"] not in sources  # the file name is for the viewer
        assert short_title(c["title"], c["source"]) in sources


def test_notebook_rendering_is_unchanged_by_default(fake_assistant):
    answer = fake_assistant.ask(SECURITY_Q).to_dict()
    assert answer["citations"]
    out = answer_html(answer)
    assert "ra-tip" not in out
    for c in answer["citations"]:
        assert views.esc(c["source"]) in out


@pytest.mark.parametrize(
    ("title", "source", "short"),
    [
        (
            "Readout of the Secretary's Meeting with the Foreign Minister",
            "a.txt",
            "Secretary's Meeting with the Foreign Minister",
        ),
        ("readout: call with Kenya", "a.txt", "Call with Kenya"),
        ("", "uploads/fiji-oceans-call.txt", "Fiji-oceans-call"),
        ("A " + "very " * 30 + "long title", "a.txt", None),
    ],
)
def test_short_title(title, source, short):
    got = short_title(title, source)
    if short is not None:
        assert got == short
    else:
        assert len(got) <= 71 and got.endswith("\u2026") and " ".join(got[:-1].split()) == got[:-1].strip()
