"""Conversations: the turns of one chat, and the past chats kept in the browser (``gr.BrowserState``).

A turn is ``{"question": str, "answer": dict | None, "error": str | None}``
(plus ``"filters"``, those it was asked under, when there were any, and
``"partial"``, the text streamed so far, while it is being answered);
its answer is the compact JSON form of an ``Answer`` that rendering and
export need. The browser keeps ``{"version", "current", "conversations":
[{"id", "title", "updated", "turns"}]}``, newest first.

What comes back from the browser is untrusted: :func:`clean_store` keeps
only well-formed entries, and everything is escaped when rendered anyway.
Pure functions.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from ..render import answer_markdown, one_line, snippet
from .filters import clean as clean_filters
from .filters import describe

#: The most conversations kept in the browser (oldest dropped first), and turns per conversation.
MAX_CONVERSATIONS = 30
MAX_TURNS = 60
STORE_VERSION = 1

_CITATION_KEYS = (("marker", int), ("start", int), ("end", int), ("source", str), ("quote", str))
_PASSAGE_KEYS = (("start", int), ("end", int), ("source", str), ("text", str))


def empty_store() -> dict:
    """What the browser holds before the first conversation."""
    return {"version": STORE_VERSION, "current": None, "conversations": []}


def new_id() -> str:
    """A fresh conversation id."""
    return uuid.uuid4().hex[:12]


def _typed(d: Any, keys: Sequence[tuple[str, type]]) -> bool:
    return isinstance(d, dict) and all(isinstance(d.get(k), t) and not isinstance(d.get(k), bool) for k, t in keys)


def _opt_str(v: Any) -> str | None:
    return v if isinstance(v, str) else None


def compact_answer(a: Mapping[str, Any]) -> dict:
    """The parts of ``Answer.to_dict()`` the chat shows and exports (nearest passages only for an abstention).

    Raises ValueError when ``a`` is not an answer's shape (e.g. tampered browser storage)."""
    cites = a.get("citations") or []
    passages = (a.get("passages") or []) if a.get("abstained") else []
    if not isinstance(a.get("text"), str) or not isinstance(cites, list) or not isinstance(passages, list):
        raise ValueError("not an answer")
    if not all(_typed(c, _CITATION_KEYS) for c in cites) or not all(_typed(p, _PASSAGE_KEYS) for p in passages[:3]):
        raise ValueError("not an answer")
    unsupported = a.get("unsupported") or []
    return {
        "text": a["text"],
        "abstained": bool(a.get("abstained")),
        "notice": _opt_str(a.get("notice")),
        "question": _opt_str(a.get("question")),
        "standalone_question": _opt_str(a.get("standalone_question")),
        "unsupported": [u for u in unsupported if isinstance(u, str)] if isinstance(unsupported, list) else [],
        "citations": [
            {
                **{k: c[k] for k, _ in _CITATION_KEYS},
                "title": _opt_str(c.get("title")) or "",
                "date": _opt_str(c.get("date")),
                "kind": _opt_str(c.get("kind")),
                "actor": _opt_str(c.get("actor")),
            }
            for c in cites
        ],
        "passages": [
            {
                **{k: p[k] for k, _ in _PASSAGE_KEYS},
                "title": _opt_str(p.get("title")) or "",
                "date": _opt_str(p.get("date")),
            }
            for p in passages[:3]
        ],
    }


def clean_turn(t: Any) -> dict | None:
    """A finished turn as stored, or None when it is malformed."""
    if not isinstance(t, dict) or not isinstance(t.get("question"), str):
        return None
    asked = {"filters": f} if (f := clean_filters(t.get("filters"))) else {}  # kept only when some were set
    if isinstance(t.get("error"), str):
        return {"question": t["question"], "answer": None, "error": t["error"], **asked}
    try:
        return {"question": t["question"], "answer": compact_answer(t["answer"]), "error": None, **asked}
    except (ValueError, TypeError, AttributeError, KeyError):
        return None


def finished(turns: Sequence[Mapping[str, Any]]) -> list[dict]:
    """The turns that have an answer or an error (a turn still streaming is left out)."""
    return [t for t in (clean_turn(t) for t in turns or []) if t is not None]


def clean_store(value: Any) -> dict:
    """The browser's value made well-formed: unknown shapes become an empty store, bad entries are dropped."""
    store = empty_store()
    if not isinstance(value, dict) or not isinstance(value.get("conversations"), list):
        return store
    seen: set[str] = set()
    for c in value["conversations"][:MAX_CONVERSATIONS]:
        if not isinstance(c, dict) or not isinstance(c.get("id"), str) or c["id"] in seen:
            continue
        stored = c.get("turns")
        turns = finished(stored if isinstance(stored, list) else [])
        if not turns:
            continue
        seen.add(c["id"])
        updated = c.get("updated") if isinstance(c.get("updated"), (int, float)) else 0
        store["conversations"].append(
            {"id": c["id"], "title": title_of(turns), "updated": updated, "turns": turns[-MAX_TURNS:]}
        )
    current = value.get("current")
    store["current"] = current if current in seen else None
    return store


def title_of(turns: Sequence[Mapping[str, Any]]) -> str:
    """A conversation's name in the list: its first question, cut at a word."""
    return snippet(turns[0]["question"], 60) if turns else "New conversation"


def save(
    store: Any, conv_id: str | None, turns: Sequence[Mapping[str, Any]], now: float | None = None
) -> tuple[dict, str | None]:
    """The store with conversation ``conv_id`` set to ``turns`` and moved to the front (a new id when it has
    none yet); returns the store and the id. A conversation without finished turns is not stored."""
    store = clean_store(store)
    done = finished(turns)
    if not done:
        return store, conv_id
    conv_id = conv_id or new_id()
    entry = {
        "id": conv_id,
        "title": title_of(done),
        "updated": time.time() if now is None else now,
        "turns": done[-MAX_TURNS:],
    }
    others = [c for c in store["conversations"] if c["id"] != conv_id]
    store["conversations"] = [entry, *others][:MAX_CONVERSATIONS]
    store["current"] = conv_id
    return store, conv_id


def find(store: Mapping[str, Any], conv_id: str | None) -> dict | None:
    """The stored conversation with ``conv_id``, or None."""
    return next((c for c in store.get("conversations", []) if c["id"] == conv_id), None)


def choices(store: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, id) pairs for the list of past conversations, newest first."""
    out = []
    for c in store.get("conversations", []):
        when = time.strftime("%d %b %H:%M", time.localtime(c["updated"])) if c.get("updated") else ""
        n = len(c["turns"])
        out.append(
            (f"{c['title']} \u00b7 {n} question{'s' if n != 1 else ''}" + (f" \u00b7 {when}" if when else ""), c["id"])
        )
    return out


def history_from_turns(turns: Sequence[Mapping[str, Any]]) -> list[dict]:
    """The answered turns as the ``history`` the public API takes (plain text, no HTML)."""
    history: list[dict] = []
    for t in turns:
        if t.get("answer") is None:
            continue
        history.append({"role": "user", "content": t["question"]})
        history.append({"role": "assistant", "content": t["answer"].get("text") or ""})
    return history


def conversation_markdown(turns: Sequence[Mapping[str, Any]], exported: str | None = None) -> str:
    """The conversation as Markdown: each question, then its answer and sources as ``render.answer_markdown``
    writes them."""
    when = exported or time.strftime("%Y-%m-%d %H:%M")
    out = ["# Conversation with the readout assistant", "", f"_Exported {when}_", ""]
    for i, t in enumerate(turns, 1):
        out += [f"## {i}. {one_line(t['question'])}", ""]
        if t.get("filters"):
            out += [f"_Filtered: {describe(t['filters'])}_", ""]
        if t.get("error"):
            out += [f"> Error: {one_line(t['error'])}", ""]
        elif t.get("answer") is not None:
            out += [answer_markdown(t["answer"]), ""]
    return "\n".join(out).rstrip() + "\n"
