"""Words of a statement kind used for something else, which ask for no kind of statement: a missile launch or an
attack launched (no announcement), an offensive pressed (no urging), the press secretary or a press release (no
urging either)."""

from __future__ import annotations

import re

from ..text.question_words import LAUNCHED_ATTACKS, LAUNCHED_THINGS

_NOT_BEFORE_ATTACK = "against|on|in|to|for|with|at|by|from|of"
_PRESSED_ATTACK = re.compile(
    r"\b(?:press|push)(?:es|ed|ing)?\s+(?:on\s+with\s+|ahead\s+with\s+)?(?:a|an|the|its|their|his|her)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{'|'.join(sorted(LAUNCHED_ATTACKS))})\b",
    re.I,
)
_EVENT_LAUNCH = re.compile(
    rf"\b(?:{'|'.join(sorted(LAUNCHED_THINGS))})\s+launch(?:es|ed)?\b|\blaunch(?:es|ed|ing)?\s+"
    rf"(?:(?:its|an|a|the|their|his|her)\s+)?(?:(?!(?:{_NOT_BEFORE_ATTACK})\b)[\w\-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(LAUNCHED_ATTACKS))})\b",
    re.I,
)
#: "the press secretary", "a press release", "the White House press corps": the press, no pressing
_PRESS_NOUN = re.compile(
    r"\bpress\s+(?:secretar(?:y|ies)|releases?|conferences?|briefings?|office|corps|statements?|freedom|availabilit\w*)\b"
    r"|\b(?:the|a|free|freedom of the)\s+press\b",
    re.I,
)

#: "which anniversary of its signing", "the anniversary of the agreement's signing": a date kept, no statement made
_ANNIVERSARY_OF = re.compile(
    r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|its|their|his|her|that)\s+)?(?:[\w\-]+['\u2019]s\s+)?[\w\-]+", re.I
)


#: "the treaty recently inked by Tokyo and Canberra": what others signed, no agreement of the meeting's sides
_SIGNED_BY = re.compile(r"\b(?:signed|inked)\s+by\b", re.I)


def without_kind_lookalikes(text: str) -> str:
    """``text`` less the words of a kind that name something else ("North Korea's missile launch", "the Houthis
    pressing a devastating offensive", "the press secretary", "the anniversary of its signing")."""
    text = _SIGNED_BY.sub(" ", _ANNIVERSARY_OF.sub(" ", text))
    return _PRESS_NOUN.sub(" ", _PRESSED_ATTACK.sub(" ", _EVENT_LAUNCH.sub(" ", text)))
