"""Capitalised words of a question that name no one, blanked (offsets kept) before its names are read: an office's
lower-case words ("Ambassador at Large"), a saint's day, a participle opening the question ("Closing her call"), a
short month and day ("Feb. 24"), and a word that opens a sentence and is written in lower case elsewhere in the
question, with the same word after it ("... said Russia had to pull out completely. Pull out of where?"). Pure."""

from __future__ import annotations

import re

from ..text.lexicon import SHORT_MONTH_DAY

#: "Ambassador at Large Rashad Hussain": the office's lower-case words
_AT_LARGE = re.compile(r"(?<=Ambassador)\s+at\s+Large\b", re.I)
#: a saint's day ("their St. Patrick's Day meeting"), a participle opening the question ("Closing her call"): no one
_SAINTS_DAY = re.compile(
    r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+['\u2019]s\s+Day\b|"
    r"^\s*[A-Z][a-z]+ing(?=\s+(?:her|his|their|its|our|the|a|an|this|that|to|with|up|out)\b)"  # ("Lenderking in")
)
_SHORT_MONTH_DAY = re.compile(SHORT_MONTH_DAY)
#: a capitalised word that opens a sentence of the question (not its first: "Price" may open one)
_OPENS_LATER = re.compile(r"(?<=[.?!:;]\s)\s*([A-Z][a-z]+)\b")


#: a title cut short before its stop ("Mr.", "Amb.", "Gov."): the word after it is a name
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Amb|Gov|Sen|Rep|Gen|Lt|Col|Prof|Sec|Adm|Sgt|St)\.\s*$")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def blanked(question: str) -> str:
    """``question`` with the capitalised words that name no one blanked, its length kept."""
    question = _SHORT_MONTH_DAY.sub(_blank, _SAINTS_DAY.sub(_blank, _AT_LARGE.sub(_blank, question)))
    for m in _OPENS_LATER.finditer(question):
        if _ABBREVIATION.search(question[: m.start()]):
            continue  # "Mr. Price", "Amb. Rice": a name after its title
        after = re.match(r"\s+([a-z]+)", question[m.end(1) :])  # the word after it, as after the lower-case one
        # (the phrase written again: "... had to pull out completely. Pull out of where?"; not "young people's
        # role ... Young joined which meeting", a name)
        if after and re.search(rf"\b{m.group(1).lower()}\s+{after.group(1)}\b", question):
            question = question[: m.start(1)] + " " * len(m.group(1)) + question[m.end(1) :]
    return question
