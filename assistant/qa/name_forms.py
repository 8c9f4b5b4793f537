"""How a readout writes a name a list question gives: its words as a name's ("the Global Fund", not "the global
semiconductor ecosystem under the ... Fund"), or shortened to the words before its first small word ("the
Americas Partnership" for "the Americas Partnership for Economic Prosperity"). Pure."""

from __future__ import annotations

import re

from ..text.tokenize import stem, words

#: a word as ``words`` reads it, in its own case
_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")
#: a word of capitals only ("ASEAN", "NATO")
_ACRONYM = re.compile(r"[A-Z]{2,}")
#: the small words that end the short form of a name ("the Americas Partnership for Economic Prosperity")
_SMALL = frozenset({"for", "of", "on", "the", "and", "to", "in"})


def said_as_names(required: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` writes the words of a name a list asks for as a name's: a short one by itself, not by a
    word of its meaning ("help" for "Fund"), and its first word capitalised ("the Global Fund", not "the global
    semiconductor value chain") or its words side by side ("the eastern Mediterranean"). A longer word may be
    written another way ("Ethiopia" for "Ethiopian"): its presence was judged already."""
    if len(required) < 2:
        return True
    found: dict[str, list[str]] = {r: [] for r in required}
    for m in _TOKEN.finditer(text):  # (as written: ``words`` lower-cases)
        folded = words(m.group(0))
        if folded and (s := stem(folded[0])) in found:
            found[s].append(m.group(0))
    if any(not found[r] and len(r) < 5 for r in required):
        return False
    first = found[required[0]]  # (its later words may not be: "the Belfast/Good Friday agreement")
    if not first or any(w[:1].isupper() or w[:1].isdigit() for w in first):
        return True
    # in lower case, its words side by side ("the eastern Mediterranean")
    low = r"\W+".join(rf"{re.escape(r)}\w*" for r in required if found[r])
    return re.search(rf"\b{low}", text, re.I) is not None


def short_form_said(name: str, text: str) -> bool:
    """Whether ``text`` writes a name by its words before the first small word, when two or more capitalised
    words come first ("the Americas Partnership, to promote ..." for "Americas Partnership for Economic
    Prosperity"), and the name ends there: no capitalised word or small word of a longer name follows ("the
    Americas Partnership for Migration" is another)."""
    head: list[str] = []
    for w in name.split():
        if w.lower() in _SMALL:
            break
        head.append(w)
    if len(head) < 2 or len(head) == len(name.split()) or not all(w[:1].isupper() for w in head):
        return False
    # a hyphen inside a word may be a space ("Five-Point Consensus": "the ASEAN Five Point Consensus")
    run = r"\s+".join(r"[\s\-]".join(re.escape(x) for x in w.split("-")) for w in head)
    said = re.finditer(rf"(?<![\w\-]){run}(?![\w\-])(?!\s+(?:[A-Z]|(?:for|of|on|to|in)\b))", text)
    # nor the tail of a longer name: "the Lao People's Democratic Republic" is no "Democratic Republic of the Congo"
    for m in said:
        before = text[: m.start()].split()[-1:]
        # (an acronym before it owns it: "the ASEAN Five Point Consensus")
        if not before or not before[0][:1].isupper() or before[0] in _OPENERS or _ACRONYM.fullmatch(before[0]):
            return True
    return False


#: capitalised words before a name that are not part of it
_OPENERS = frozenset({"The", "A", "An", "This", "Its", "Their", "Our", "His", "Her"})
