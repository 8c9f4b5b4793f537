"""Follow-up questions without an LLM: carry the last turn's subject into a short question.

"And on Ukraine?" after "What did Blinken and Hayashi agree on security?"
becomes "What did Blinken and Hayashi agree on Ukraine?"; "When was that?"
becomes a question about the previous topic. Pure functions.
"""

from __future__ import annotations

import re

from .answer import question_entities

_PRONOUNS = re.compile(r"\b(it|that|this|they|them|their|he|she|his|her|those|these|there|then)\b", re.I)
_AND_ON = re.compile(r"^\s*(?:and|what|how)?\s*(?:about|on|regarding|concerning|with regard to|as for|and)\s+(?P<topic>.+?)\s*\??\s*$", re.I)
_TOPIC_TAIL = re.compile(r"\b(?:on|about|regarding|concerning|over|for)\s+(?P<topic>[^?]+?)\s*\??\s*$", re.I)


def last_user_question(history: list[dict]) -> str | None:
    """The most recent user message in a Gradio-style history, if any."""
    for msg in reversed(history or []):
        if isinstance(msg, dict) and msg.get("role") == "user" and isinstance(msg.get("content"), str):
            return msg["content"]
    return None


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn (short, pronoun-led or 'and ...?')."""
    q = question.strip()
    if _AND_ON.match(q) and len(q.split()) <= 8:
        return True
    n_words = len(q.split())
    if n_words <= 3 and not question_entities(q):
        return True  # "When?", "By when?", "Why was that?"
    return n_words <= 9 and bool(_PRONOUNS.search(q)) and not question_entities(q)


def condense_rule_based(question: str, history: list[dict]) -> str:
    """Rewrite a follow-up so it stands alone, using the last user question."""
    previous = last_user_question(history)
    if not previous or not is_follow_up(question):
        return question
    prev = previous.strip().rstrip("?")
    m = _AND_ON.match(question)
    if m:
        topic = m.group("topic").rstrip("?").strip()
        tail = _TOPIC_TAIL.search(prev)
        if tail:
            return f"{prev[:tail.start('topic')]}{topic}?"
        return f"{prev} {topic}?"
    # pronoun follow-up: keep the question and append what the previous turn was about
    return f"{question.strip().rstrip('?')} ({prev})?"
