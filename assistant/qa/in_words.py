"""Answers a readout gives in words where the question's kind of answer is a name or a figure: people at large for
"for whom" ("the American middle class"), whomever a side holds to account ("those responsible"), all or none of the
things told before for "how many of those" ("on both issues"), many of a thing for "how much of" ("the many areas"),
and the whole of the thing a share asks of ("all foreign forces"). Pure functions."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS
from ..text.tokenize import stem, words

#: a verb of meeting before the verb of serving ("Whom did Blinken speak with ... who had helped", "For whom did Biden
#: host a state dinner"): whom he met, not whom a thing served ("talk about how ... could help" still serves)
_MET_FIRST = (
    r"(?!\b(?:meet|met|meets|meeting|speak|spoke|talk|talked|call|called|phone|phoned|welcome|welcomed|thank|thanked|"
    r"host|hosted|visit|visited|receive|received|join|joined|see|saw|sit|sat|convene|convened)\b(?!\s+about\b))"
)
#: whom a thing is for, helps or serves ("for whom did the bills need to deliver", "whom did they talk about how the
#: administration could help"): people at large answer, and it asks no one who met
FOR_WHOM = re.compile(
    rf"\bfor\s+whom\b(?:{_MET_FIRST}[^?])*(?:\?|$)"
    rf"|\bwhom\b(?:{_MET_FIRST}[^?]){{0,80}}?\b(?:help|support|benefit|deliver|serve|protect|assist)(?:s|ed|ing)?\b",
    re.I,
)
#: people at large, by class, kind or place in life ("not just those at the top", "giveaways to the rich")
_PEOPLE_AT_LARGE = re.compile(
    r"\b(?:middle[- ]class|working\s+(?:Americans|families|people)|families|workers|Americans|citizens|communities|"
    r"residents|children|women|veterans|farmers|consumers|households|students|seniors|"
    r"(?:those|people)\s+at\s+the\s+(?:top|bottom)|the\s+(?:wealthy|wealthiest|rich|richest|poor|poorest|few|"
    r"privileged|powerful|well-off|well-connected)|big\s+corporations|special\s+interests)\b"
)
#: how many of things told before ("of those", "of them"), which a readout may count as all or none of them (not "each
#: other"; not "how many of the vaccine doses", which asks a figure)
_HOW_MANY_OF_THEM = re.compile(r"\bhow\s+many\s+of\s+(?:those|these|them)\b", re.I)
_ALL_OR_NONE = re.compile(r"\b(?:both|all|each|none|neither)\b(?!\s+other\b)")
#: the whole of a thing, with the words that say what it is ("the withdrawal of all foreign forces")
_THE_WHOLE_OF = re.compile(
    r"\b(?:all|every|none\s+of(?:\s+the)?|the\s+entire|the\s+whole|the\s+bulk\s+of)\s+([\w\-]+)(?:\s+([\w\-]+))?"
)


def people_at_large_served(text: str, asked: str) -> bool:
    """Whether ``asked`` asks whom a thing serves and ``text`` names people at large that ``asked`` does not name
    itself ("making the economy work for the middle class rather than only for whom": "not just those at the top")."""
    if FOR_WHOM.search(asked) is None:
        return False
    own = {stem(w) for w in words(asked)}
    return any(not all(stem(w) in own for w in words(m.group(0))) for m in _PEOPLE_AT_LARGE.finditer(text))


#: whom a side would hold to account ("whom would they keep holding to account", "who must face full accountability")
_ACCOUNT_ASKED = re.compile(r"\b(?:who|whom)\b[^?]*?\b(?:accountab\w*|to\s+account)\b", re.I)
#: whom a sentence holds to account, a country or a regime as well as a person ("hold Moscow and its supporters ...
#: accountable", "those responsible for such attacks must be held fully to account")
_HELD_TO_ACCOUNT = re.compile(
    r"\bhold(?:s|ing)?\s+(?!accountable\b|to\s+account\b)\S[^.;]{0,120}?\b(?:accountable|to\s+account)\b"
    r"|\b(?:those|anyone|all|perpetrators)\b[^.;]{0,80}?\bheld\s+(?:\w+\s+)?(?:accountable|to\s+account)\b",
    re.I,
)


def held_to_account(text: str, asked: str) -> bool:
    """Whether ``asked`` asks whom a side would hold to account and ``text`` says whom it holds to account."""
    return _ACCOUNT_ASKED.search(asked) is not None and _HELD_TO_ACCOUNT.search(text) is not None


#: how much of a thing, in words of many ("how much of the cooperation agenda": "the many areas of cooperation")
_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b", re.I)
_MANY = re.compile(r"\b(?:many|several|numerous|a (?:wide|broad) range)\b")


def many_of_asked(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how much of a thing and ``text`` answers in words of many ("the many areas")."""
    return _HOW_MUCH_OF.search(asked) is not None and _MANY.search(text) is not None


def all_or_none_counted(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how many of things told before and ``text`` counts all or none of them."""
    return _HOW_MANY_OF_THEM.search(asked) is not None and _ALL_OR_NONE.search(text) is not None


def whole_of_asked(text: str, asked: str) -> bool:
    """Whether ``text`` gives the whole (or none) of the thing a share question asks of ("what share of the foreign
    troops ... had to pull out": "all foreign forces"), by a word of the question after "all"; "all appropriate
    assistance" gives no share of "the benefits"."""
    wholes = [w for m in _THE_WHOLE_OF.finditer(text) for w in m.groups() if w]
    if not wholes:  # (most sentences: the question's words need not be read)
        return False
    own = {stem(w) for w in words(asked) if w not in STOPWORDS}
    return any(stem(w) in own for w in wholes)
