"""A meeting's own sentence ("Secretary Blinken spoke today with ..."): whether it says what the meeting was about
or for, or carries a kind of statement after its meeting verb ("... to express his condolences for the lives
lost"), and so may answer a part of a question though it is the meeting's own. Pure."""

from __future__ import annotations

import re

from ..text.question_words import PLACE_NOUNS
from ..text.tokenize import stem
from .analyse import Part
from .coverage import topic_coverage
from .topics import answer_hints

#: what a meeting sentence goes on to say it was for ("called Cherelle to reassure her that he is working to ...")
_MET_TO_DISCUSS = re.compile(
    r"\b(?:to (?:discuss|review|talk about|reassure|express|offer|convey|underscore|reaffirm)|discussed|focused on)\b"
)


def says_what_meeting_was_about(text: str, topic: tuple[str, ...], idf) -> bool:
    """A meeting sentence that states at least half of a topic after saying what the meeting was about ("met
    today ... to discuss ... supply chains in semiconductors"): it may answer a question on that topic."""
    m = _MET_TO_DISCUSS.search(text)
    return m is not None and bool(topic) and topic_coverage(text[m.end() :], topic, idf) >= 0.5


#: "Why did Blinken call Bennett ...": the question asks what a meeting was for (not why something was said)
WHY_MEETING = re.compile(
    r"^\s*(?:and\s+)?why\s+(?:did|does|do|was|were|had|has|would)\b"
    r"(?:(?!\b(?:say|said|tell|told|urge|urged|ask|asked|thank|thanked|raise|raised)\b)[^?])*?"
    r"\b(?:call|called|meet|met|speak|spoke|talk|talked|(?:tele)?phone|(?:tele)?phoned|visit|visited|travel|traveled|"
    r"travelled|"
    r"host|hosted|convene|convened|reach out|reached out|ring|rang|sit down|sat down|summon|summoned|"
    r"(?:bring|brought) (?:[\w\-'\u2019]+ ){1,14}?in to see)\b"
    # "What prompted Blinken's call to Le Drian?", "What was the purpose of their meeting?"
    r"|^\s*(?:and\s+)?what\s+(?:\w+\s+)?(?:prompted|triggered)\b[^?]*\b(?:call|meeting|visit|talks|trip|"
    r"conversation)\b|\b(?:purpose|reason|occasion|point|aim|goal|objective|"
    # "What was the main subject of the phone conversation Biden held on February 18?": what it was held for
    r"(?:main|chief|principal|central|primary|overarching)\s+(?:subject|topic|theme|issue))\s+(?:of|for|behind)\b"
    r"[^?]*\b(?:call|meeting|visit|talks|trip|conversation|sit-down|roundtable)\b"
    # "What else was on the agenda of Blinken's call ...?", "What was their call about?"
    r"|\bwhat\s+(?:else\s+)?(?:was|were)\s+on\s+the\s+agenda\b|\bwhat\s+(?:else\s+)?(?:was|were)\s+(?:the|their|that|"
    r"each|both)\s+(?:\w+\s+)?(?:calls?|meetings?|conversations?|visits?)\s+(?:\w+ly\s+)?about\b"  # "each call mainly"
    # "What broad subject was that meeting convened to take up?": what it was held for
    r"|\bwhat\s+(?:\w+\s+)?(?:subject|topic|issue|matter)s?\s+(?:was|were)\s+(?:the|that|this|these|those|their|his|her)\s+"
    r"(?:\w+\s+)?(?:calls?|meetings?|visits?|talks|trips?|conversations?|sessions?)\s+(?:convened|held|called|arranged|"
    r"set\s+up)"
    r"\s+(?:to|for)\b",
    re.I,
)
#: what a meeting sentence says it was for ("spoke today ... regarding the dissolution of the Knesset")
_PURPOSE = re.compile(
    r"\b(?:to discuss|to review|to talk about|to congratulate|to express|to offer|to thank|to follow up|"
    r"to coordinate|to consult|to underscore|to reaffirm|to mark|to launch|to advance|to strengthen|to deepen|"
    r"to celebrate|to commemorate|to build on|to explore|to hear|to seek|to solicit|to brief|to update|"
    r"to exchange views|to reassure|to inaugurate|to take stock|to introduce|to assess|"
    r"regarding|concerning|about|following|"
    r"in the wake of|ahead of|in light of|on the occasion of|in response to)\b",
    re.I,
)


#: the stems of words that say where something was (``PLACE_NOUNS``: "during his stop in a capital city")
_PLACE_HINTS = frozenset(stem(w) for w in PLACE_NOUNS)


def meeting_may_answer(part: Part, text: str) -> bool:
    """A meeting sentence that may answer a part though it is the meeting's own: a "why did they meet" part and
    a sentence that says what the meeting was for, or a part whose words for its answer the sentence states
    ("which upcoming meetings were on the agenda": "... to discuss the upcoming G-20 Ministerial meetings")."""
    # (not the place said beside the phrase that asks: "in a capital city, what kind of ceremony ...")
    asking = answer_hints(part.text, set()) if _PLACE_HINTS & set(part.hints) else part.hints
    asked = tuple(h for h in part.hints if h in asking or h not in _PLACE_HINTS) or part.hints
    if asked and topic_coverage(text, asked, lambda t: 1.0) == 1.0:
        return True
    if kind_in_meeting(text, part):
        return True
    return bool(WHY_MEETING.search(part.text)) and bool(_PURPOSE.search(text))


def kind_in_meeting(text: str, part: Part, kinds: tuple[str, ...] | None = None) -> bool:
    """Whether a meeting's own sentence carries the kind of statement a part asks for (or one of ``kinds``) after
    its meeting verb ("... spoke today with Prime Minister Modi, committing that the United States and India will
    work closely together")."""
    return any(kind in (part.kinds if kinds is None else kinds) and verb.search(text) for verb, kind in _MEETING_KINDS)


#: verbs of a kind a meeting's own sentence may carry after its meeting verb, and the kind each states
_MEETING_KINDS = tuple(
    (re.compile(rf"\b{verb}\b", re.I), kind)
    for verb, kind in (
        ("commit(?:s|ted|ting)?", "committed"),
        ("pledg(?:e|es|ed|ing)", "committed"),
        ("vow(?:s|ed|ing)?", "committed"),
        ("agree(?:s|d|ing)?", "agreed"),
        # "spoke yesterday with Prime Minister Trudeau to congratulate him on ...", "called ... to thank"
        ("congratulat(?:e|es|ed|ing|ions)", "welcomed"),  # ("... to offer his congratulations on his election")
        ("thank(?:s|ed|ing)?", "thanked"),
        # "spoke with ... Governor Andy Beshear ... to express his condolences for the lives lost"
        (r"condolences|sympath(?:y|ies)", "condolences"),
        # "spoke today with ... to express appreciation for our strategic partnership"
        (r"express(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?(?:appreciation|gratitude)", "thanked"),
        # "met today with Foreign Minister Mirzoyan ... to launch the U.S.-Armenia Strategic Dialogue"
        ("launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)", "announced"),
    )
)


#: "During which trip did ...", "Which call had ...": the meeting itself is the answer
WHICH_MEETING = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:trip|visit|call|meeting|conversation|talks|roundtable|session|event)\b", re.I
)
