"""A country a question names as what was talked about, not as a side of the meeting: one that owns a named thing
or did something ("Burma's National Unity Government", "after North Korea's missile launch", "the North Korean
missile launches"), or one something lies between ("encourage peace talks between Armenia and Azerbaijan"). Pure."""

from __future__ import annotations

import re

from ..text.question_words import DONE_BY_A_COUNTRY as _DONE
from ..text.question_words import FUNCTION_WORDS as _FUNCTION_WORDS
from .named_things import owns_a_named_thing


def talked_of_after(after: str, adjective: bool = False) -> bool:
    """Whether the words after a country make it what was talked about: it owns a named thing ("Burma's National
    Unity Government"), a part of the talks is its ("the Ukraine part of Sullivan's talks"), it came up ("did Iran
    come up"), or it did something ("after North Korea's February 26 missile launch", "the North Korean missile
    launches")."""
    if owns_a_named_thing(after, things_only=True):
        return True
    if re.match(r"\s+(?:(?:part|portion|aspect|dimension|element|angle|strand)s?\s+of|come up|came up)\b", after, re.I):
        return True
    if re.match(r"['\u2019]s\s+(?:[\w\-]+\s+){1,4}?(?:come|came)\s+up\b(?!\s+with\b)", after, re.I):
        return True  # "did Northern Ireland's peace agreement come up": the thing of the country's that came up
    # (its noun phrase to the first function word: "'s February 26 missile launch", "Russia's war in his call")
    did = re.match(rf"['\u2019]s\s+((?:(?!(?:{_FUNCTION_WORDS})\b)[\w,\-]+\s+){{0,4}}[\w\-]+)\b", after)
    if did is not None:
        return bool(_DONE & set(did.group(1).lower().split()))
    # or, written as its people's word, its event right after ("the North Korean missile launches that the envoy
    # raised"; not "the Philippines did she launch", "Tanzania since the outbreak")
    lead = re.match(rf"(?:\s+(?!(?:{_FUNCTION_WORDS})\b)[a-z\-]+){{1,3}}", after) if adjective else None
    return lead is not None and bool(_DONE & set(lead.group(0).split()))


#: the sides' own meetings with others, which the meeting asked about was on ("to compare notes on both leaders'
#: recent conversations with the Russian and Ukrainian presidents"): those others are what it was about
WITH_OTHERS = re.compile(
    # (not "their separate meetings with the Japanese and South Korean ministers": the meetings asked about)
    r"\b(?:both\s+(?:leaders|sides|men|women|ministers|presidents)['\u2019]|each\s+(?:leader|side)['\u2019]s)\s*"
    r"(?:(?:recent|respective|own|separate|earlier|previous|prior)\s+)*"
    r"(?:conversations|calls|talks|meetings|discussions|contacts|engagements|exchanges)\s+with\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$",
    re.I,
)
#: what lies between two countries, not a meeting of theirs ("what did the Secretary encourage between Armenia and
#: Azerbaijan", "the border dispute between India and China")
BETWEEN_OTHERS = re.compile(
    r"\b(?:encourag\w*|urg\w*|support\w*|welcom\w*|promot\w*|foster\w*|facilitat\w*|broker\w*|mediat\w*|peace|"
    r"tensions?|conflicts?|normali[sz]ation|reconciliation|disputes?|border|war|hostilities)\s+(?:[\w\-]+\s+){0,3}?"
    # (the country right after it, or the second of the pair)
    r"between\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$",
    re.I,
)
