"""Follow-up questions without an LLM: carry the last turn's subject into a short question.

"And on Ukraine?" after "What did Blinken and Hayashi agree on security?"
becomes "What did Blinken and Hayashi agree on Ukraine?"; "When was that?"
becomes a question about the previous topic; "Same for Kenya?" asks the
previous question again about Kenya; "Tell me more" repeats it. A chain of
follow-ups resolves turn by turn, so the third question of "What did they
agree on security?" / "And on Ukraine?" / "When was that?" is about Ukraine.
Pure functions.
"""

from __future__ import annotations

import re

from ..text.lexicon import PRONOUNS
from ..text.names import question_entities
from ..text.places import CAPITAL_OF, COUNTRIES, SEATS, US_SELF_WORDS
from ..text.question_words import ASIDE_PHRASES
from ..text.tokenize import fold

PRONOUN = re.compile(r"\b(" + "|".join(sorted(PRONOUNS)) + r")\b", re.I)
_AND_ON = re.compile(
    r"^\s*(?:and|what|how)?\s*(?P<prep>about|on|regarding|concerning|with regard to|as for|and|with|"
    r"in)\s+(?!(?:what|which|who|whom|how|when|where|why|did|do|does|was|were|is|are|has|have|had|can|could|"
    r"will|would)\b)(?P<topic>.+?)\s*\??\s*$",
    re.I,
)
_SAME_FOR = re.compile(
    r"^\s*(?:and\s+)?(?:the\s+)?same(?:\s+(?:question|thing))?\s+(?P<prep>for|about|with|on|in|regarding)\s+(?P<topic>.+?)\s*[?.!]*\s*$",
    re.I,
)
_MORE = re.compile(
    r"^\s*(?:and\s+)?(?:tell me |say |anything |something )?(?:more|else|go on|continue|details|more details|"
    r"what else|anything else|elaborate)(?:\s+(?:please|on that|about that|about it))?\s*[?.!]*\s*$",
    re.I,
)
#: A question clause inside what ``_AND_ON`` would take for a topic ("And on what day did that call happen?", "And
#: the in-person meeting - what date was that?"): the follow-up asks a question of its own, not "and on <topic>".
_ASKS = re.compile(
    r"\b(?:what|which|who|whom|how|when|where|why)\b(?:\s+[\w-]+){0,2}?\s+(?:did|does|do|was|were|is|are|has|have|"
    r"had|will|would|can|could)\b",
    re.I,
)
_TOPIC_TAIL = re.compile(r"\b(?:on|about|regarding|concerning|over|for)\s+(?P<topic>[^?]+?)\s*\??\s*$", re.I)


def _and_on(question: str) -> re.Match | None:
    """``_AND_ON``'s match, unless its topic is a question of its own."""
    m = _AND_ON.match(question)
    return None if m is None or _ASKS.search(m.group("topic")) else m


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn (short, pronoun-led or 'and ...?')."""
    q = question.strip()
    if _SAME_FOR.match(q) or _MORE.match(q):
        return True
    if _and_on(q) and len(q.split()) <= 8:
        return True
    n_words = len(q.split())
    if n_words <= 3 and not question_entities(q):
        return True  # "When?", "By when?", "Why was that?"
    if PRONOUN_SUBJECT.match(q) and (n_words <= 14 or n_words <= 25 and not question_entities(q)):
        return True  # "Did he bring up Taiwan as well?", "What did they agree on Iran?" (longer, naming no one)
    if _PRONOUN_ONLY.match(q) and n_words <= 25 and not re.search(r"\d", q) and _only_countries(q):
        return True  # "Did they touch on the ... pact the two countries have with Britain?": a topic, no meeting
    if PRONOUN_ACTOR.search(q) and n_words <= 25:
        return True  # "Where had the meeting between the two ministers that he praised taken place?"
    if re.match(r"\s*and\b", q, re.I) and PRONOUN.search(q) and n_words <= 25 and not _names_others(q):
        return True  # "And once he got to the capital, which government officials did he sit down with?"
    if THAT_MEETING.search(q) and n_words <= 25:
        return True  # "And what did the readout say was the point of making that call?"
    return n_words <= 9 and bool(PRONOUN.search(q)) and not question_entities(q)


#: the countries' names and other names of one word, folded ("britain", "japanese"), not a capital or seat of
#: government ("Washington", "Kyiv") nor a name that is also a person's or a state's ("Jordan", "Georgia", "Chad")
_COUNTRY_WORDS = (
    frozenset(fold(n).lower() for name, other in COUNTRIES.items() for n in (name, *other) if " " not in n)
    - ({fold(c).lower() for c in (*CAPITAL_OF, *SEATS)} - set(CAPITAL_OF.values()))
    - {"jordan", "georgia", "chad"}
)
#: a question whose subject is "he", "she" or "they" (not "the leaders", "both": who they are may follow)
_PRONOUN_ONLY = re.compile(
    r"^\s*(?:and\s+|so\s+|also\s+)?(?:(?:what|which|how|why|when|where|who)\s+(?:\w+\s+){0,6}?)?"
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could)\s+(?:he|she|they)\b",
    re.I,
)


def _only_countries(question: str) -> bool:
    """Whether all a question names are countries, each by a name of one word (no person, body or place of its
    own)."""
    return all(e in _COUNTRY_WORDS or e in US_SELF_WORDS for e in question_entities(question))


def _names_others(question: str) -> bool:
    """Whether a question names anyone or anything but the United States."""
    return any(e not in US_SELF_WORDS for e in question_entities(question))


#: A clause whose subject is a pronoun ("the recent meeting ... that he praised"): what the previous turn's
#: person said, whatever else the question names.
PRONOUN_ACTOR = re.compile(r"\b(?:that|which|whom)\s+(?:he|she|they)\s+(?:had\s+|has\s+)?[a-z]+ed\b", re.I)
#: A meeting pointed back at ("that call", "this meeting", "the same visit"): the one the previous turn asked of.
THAT_MEETING = re.compile(
    r"\b(?:that|this|the same|those|these)\s+(?:(?:phone|video|virtual|first|second|last|earlier)\s+)?"
    r"(?:call|meeting|visit|conversation|talk|trip|readout|session|discussion|exchange|summit|roundtable)s?\b",
    re.I,
)
#: A question whose subject is a pronoun leans on the previous turn, whatever else it names.
PRONOUN_SUBJECT = re.compile(
    rf"^\s*(?:and\s+|so\s+|also\s+)?(?:(?:{'|'.join(ASIDE_PHRASES)})\s+[^,?]{{1,40}},\s*)?"
    r"(?:(?:what|which|how|why|when|where|who)\s+(?:\w+\s+){0,6}?)?"
    r"(?:did|does|do|was|were|is|are|has|have|had|will|would|could)\s+(?:he|she|they|it|the two"
    r"|the leaders|the ministers|both)\b",
    re.I,
)


def user_questions(history: list[dict]) -> list[str]:
    """The user messages of a Gradio-style history, oldest first."""
    return [
        m["content"]
        for m in history or []
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str)
    ]


def condense_rule_based(question: str, history: list[dict]) -> str:
    """Rewrite a follow-up so it stands alone, using the previous user questions.

    Earlier questions are resolved first (each against the ones before it),
    so a follow-up to a follow-up carries the right subject.
    """
    asked = user_questions(history)
    if not asked or not is_follow_up(question):
        return question
    subject = asked[0]  # the last stand-alone question about a topic
    for q in asked[1:]:
        if not is_follow_up(q):
            subject = q
        elif not _is_pronoun_follow_up(q):
            subject = _rewrite(q, subject)
        # a pronoun follow-up ("When was that?") keeps the subject it asked about
    return _rewrite(question, subject)


def conversation_subject(history: list[dict]) -> str | None:
    """The last stand-alone question of the conversation (follow-ups resolved against it), or None: the
    question whose meeting a follow-up stays with."""
    asked = user_questions(history)
    if not asked:
        return None
    subject = asked[0]
    for q in asked[1:]:
        if not is_follow_up(q):
            subject = q
        elif not _is_pronoun_follow_up(q):
            subject = _rewrite(q, subject)
    return subject


def rewrites_whole(question: str) -> bool:
    """Whether a follow-up's rewrite is a whole question of its own ("And on trade?" -> "What did they agree on
    trade?") rather than the follow-up with its subject in brackets ("By when?", "When was that?")."""
    return is_follow_up(question) and not _is_pronoun_follow_up(question)


def _is_pronoun_follow_up(question: str) -> bool:
    return not (_MORE.match(question) or _SAME_FOR.match(question) or _and_on(question))


def _rewrite(question: str, previous: str) -> str:
    prev = previous.strip().rstrip("?")
    if _MORE.match(question):
        return prev + "?"
    same = _SAME_FOR.match(question)
    if same:
        return f"{prev} {same.group('prep').lower()} {same.group('topic').rstrip('?.! ')}?"
    m = _and_on(question)
    if m:
        topic = m.group("topic").rstrip("?").strip()
        tail = _TOPIC_TAIL.search(prev)
        if tail:
            return f"{prev[: tail.start('topic')]}{topic}?"
        prep = m.group("prep").lower()
        prep = "on" if prep in ("and", "as for", "with regard to") else prep
        return f"{prev} {prep} {topic}?"  # "What did they agree?" + "And on Haiti?"
    # pronoun follow-up: keep the question and append what the previous turn was about
    return f"{question.strip().rstrip('?')} ({prev})?"
