"""Answers a readout gives in words where the question's kind of answer is a name or a figure: people at large for
"for whom" ("the American middle class"), whomever a side holds to account ("those responsible"), all or none of the
things told before for "how many of those" ("on both issues"), many of a thing for "how much of" ("the many areas"),
and the whole of the thing a share asks of ("all foreign forces"). Pure functions."""

from __future__ import annotations

import re

from ..text.lexicon import STOPWORDS, TITLE_RANKS
from ..text.place_words import PLACE_NOUNS_COUNTED
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
    rf"|\bwhom\b(?:{_MET_FIRST}[^?]){{0,80}}?\b(?:help|support|benefit|deliver|serve|protect|assist)(?:s|ed|ing)?\b"
    # ("the part agency staff play in welcoming whom?")
    r"|\b(?:help|support|benefit|serv|protect|assist|welcom)(?:e|s|es|ed|ing)?\s+whom\s*\?"
    # ("whom could the agency give temporary shelter and housing to?")
    r"|\bwhom\b[^?]{0,80}?\b(?:gives?|giving|given|gave|provid(?:e|es|ed|ing))\b[^?]{0,80}\bto\s*\?"
    # ("whom did the Vice President praise Poland for taking in": "hosting millions of Ukrainian refugees")
    r"|\bwhom\b[^?]{0,80}?\b(?:tak(?:e|es|en|ing)\s+in|took\s+in)\b",  # (not "whom did he host": whom he met)
    re.I,
)
#: people at large, by class, kind or place in life ("not just those at the top", "giveaways to the rich")
_PEOPLE_AT_LARGE = re.compile(
    r"\b(?:middle[- ]class|working\s+(?:Americans|families|people)|families|workers|Americans|citizens|communities|"
    r"residents|children|women|veterans|farmers|consumers|households|students|seniors|"
    # (those a thing's aid is for: "for affected populations", "to countries in need", "displaced persons")
    r"populations|refugees|migrants|(?:refugee\s+)?arrivals|newcomers|asylum\s+seekers|victims|survivors|"
    r"displaced\s+(?:people|persons)|those\s+who\s+(?:have\s+|had\s+)?(?:been|were|are)\s+(?:displaced|affected)|"
    r"(?:countries|nations|people|those|communities)\s+(?:most\s+)?in\s+need|"
    r"(?:those|people)\s+at\s+the\s+(?:top|bottom)|big\s+corporations|special\s+interests|"
    # (as people, no noun after: not "the rich history", "the few remaining issues")
    r"the\s+(?:wealthy|wealthiest|rich|richest|poor|poorest|few|privileged|powerful|well-off|well-connected)"
    r"(?=\s*(?:[,.;:)\u2014\u2013]|and\b|or\b|$)))\b"
)
#: a question that sets other people against those it names ("for the middle class rather than only for whom"): those
#: it names are no answer
_SET_AGAINST = re.compile(
    r"\b(?:rather than|not just|not only|beyond|besides|other than|instead of|apart from)\b", re.I
)
#: how many of things told before ("of those", "of them"), which a readout may count as all or none of them (not "each
#: other"; not "how many of the vaccine doses", which asks a figure)
_HOW_MANY_OF_THEM = re.compile(  # (or "Of the two bills at the center of ..., how many did the readout call ...")
    r"\bhow\s+many\s+of\s+(?:those|these|them)\b|^\s*of\s+the\s+(?:two|three|four|five|six)\b[^?]*,\s*how\s+many\b",
    re.I,
)
_ALL_OR_NONE = re.compile(r"\b(?:both|all|each|none|neither)\b(?!\s+other\b)", re.I)  # ("Both bills are ...")
#: a part of a thing, given as a share ("to address some of the inequities"; no count: "some of the first responders")
_PART_OF = re.compile(r"\b(?:some|most)\s+of(?:\s+(?:the|our|their|its))?\s+([\w\-]+)(?:\s+([\w\-]+))?", re.I)
#: the whole of what a sentence listed, with what it says of them ("all of which impact regional stability")
_ALL_OF_WHICH = re.compile(r"\b(?:all|both|none|each)\s+of\s+(?:which|them|these|those)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)")
#: the whole of a thing, with the words that say what it is ("the withdrawal of all foreign forces")
_THE_WHOLE_OF = re.compile(
    r"\b(?:all(?:\s+of)?(?:\s+(?:the|our|their|its))?|every|none\s+of(?:\s+the)?|the\s+entire|the\s+whole|"
    r"the\s+bulk\s+of)\s+([\w\-]+)(?:\s+([\w\-]+))?"
)


def people_at_large_served(text: str, asked: str) -> bool:
    """Whether ``asked`` asks whom a thing serves and ``text`` names people at large that ``asked`` does not name
    itself ("making the economy work for the middle class rather than only for whom": "not just those at the top")."""
    if FOR_WHOM.search(asked) is None:
        return False
    if not _SET_AGAINST.search(asked):  # "whom did they agree to protect": "the women of America", named or not
        return _PEOPLE_AT_LARGE.search(text) is not None
    own = {stem(w) for w in words(asked)}
    return any(not all(stem(w) in own for w in words(m.group(0))) for m in _PEOPLE_AT_LARGE.finditer(text))


#: whom a side would hold to account ("whom would they keep holding to account", "who must face full accountability")
_ACCOUNT_ASKED = re.compile(r"\b(?:who|whom)\b[^?]*?\b(?:accountab\w*|to\s+account)\b", re.I)
#: whom a sentence holds to account, a country or a regime as well as a person ("hold Moscow and its supporters ...
#: accountable", "those responsible for such attacks must be held fully to account")
_HELD_TO_ACCOUNT = re.compile(
    r"\bhold(?:s|ing)?\s+(?:accountable|to\s+account)\s+\w"  # "to hold to account those responsible for the coup"
    # (not a gathering held: "hold a meeting ... to account for the missing")
    r"|\bhold(?:s|ing)?\s+(?!accountable\b|to\s+account\b|(?:an?|the|their|its)\s+(?:[\w\-]+\s+)?"
    r"(?:meeting|talks|summit|conference|session|call|dialogue|event)s?\b)\S[^.;]{0,120}?\b(?:accountable|to\s+account)\b"
    r"|\bheld\s+(?:\w+\s+)?(?:accountable|to\s+account)\b",  # "... will be held to account", "is held accountable"
    re.I,
)


def held_to_account(text: str, asked: str) -> bool:
    """Whether ``asked`` asks whom a side would hold to account and ``text`` says whom it holds to account."""
    return _ACCOUNT_ASKED.search(asked) is not None and _HELD_TO_ACCOUNT.search(text) is not None


#: how much of a thing, in words of many ("how much of the cooperation agenda": "the many areas of cooperation")
_HOW_MUCH_OF = re.compile(r"\bhow\s+much\s+of\b", re.I)
#: many of something, with the words after it ("the many areas of U.S.-France cooperation")
_MANY = re.compile(r"\b(?:many|several|numerous|a (?:wide|broad) range)\b((?:\s+[\w\-.']+){1,5})", re.I)
_MONEY_WORDS = re.compile(r"\$|\b(?:dollars?|million|billion|funding|funds?)\b", re.I)


def many_of_asked(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how much of a thing (not of a sum) and ``text`` answers in words of many, of the thing
    asked ("how much of the cooperation agenda": "the many areas of U.S.-France cooperation"; not "how much of its
    gas supply had Russia cut": "to several European countries")."""
    if _HOW_MUCH_OF.search(asked) is None or _MONEY_WORDS.search(asked):
        return False
    own = {stem(w) for w in words(asked) if w not in STOPWORDS}
    return any(own & {stem(w) for w in words(m.group(1))} for m in _MANY.finditer(text))


#: how long a thing has been going on ("how long is Qatar said to have been helping"), and a sentence that says it has
#: long gone on ("the role Qatar has long played")
_LONG_BEEN_ASKED = re.compile(r"\bhow\s+long\b(?=[^?]*\bbeen\b)", re.I)
_HAS_LONG = re.compile(r"\b(?:has|have|had)\s+long\s+[a-z]+", re.I)


def long_been(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how long a thing has been going on and ``text`` says it has long gone on."""
    return _LONG_BEEN_ASKED.search(asked) is not None and _HAS_LONG.search(text) is not None


def all_or_none_counted(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how many of things told before and ``text`` counts all or none of them."""
    return _HOW_MANY_OF_THEM.search(asked) is not None and _ALL_OR_NONE.search(text) is not None


#: the words after "how many" up to the verb ("in how many Ethiopian regions did ...": Ethiopian regions)
_HOW_MANY_WHAT = re.compile(r"\bhow\s+many\s+((?:[\w\-]+\s+){0,2}?[\w\-]+s)\b", re.I)
#: two or more names joined by "and" ("the Amhara and Afar", "Latvia, Lithuania, and Estonia")
_NAMES_JOINED = r"(?-i:[A-Z][\w\-]*)(?:\s*,\s*(?-i:[A-Z][\w\-]*))*,?\s+and\s+(?:the\s+)?(?-i:[A-Z][\w\-]*)"


def counted_in_words(text: str, asked: str) -> bool:
    """Whether ``text`` counts what ``asked`` asks how many of in words: all or none of things told before, or
    the things asked of by their names before their plural noun ("in how many Ethiopian regions": "in the Amhara
    and Afar regions", two)."""
    if all_or_none_counted(text, asked):
        return True
    if re.search(r"\bhow\s+many\s+of\b", asked, re.I) and whole_of_asked(text, asked):
        return True  # "to how many of the first responders was he grateful": "to all of the first responders"
    if both_by_title(text, asked):
        return True
    if not (m := _HOW_MANY_WHAT.search(asked)):
        return False
    noun = m.group(1).split()[-1]
    # (of places only, not kinds of people: "Israeli and Palestinian civilians", "Senators and House members")
    if noun.lower() not in PLACE_NOUNS_COUNTED:
        return False
    return re.search(rf"\b{_NAMES_JOINED}\s+{re.escape(noun)}\b", text, re.I) is not None


def whole_of_asked(text: str, asked: str, part: bool = False) -> bool:
    """Whether ``text`` gives the whole (or none) of the thing a share question asks of ("what share of the foreign
    troops ... had to pull out": "all foreign forces"), by a word of the question after "all"; "all appropriate
    assistance" gives no share of "the benefits". ``part``: most or some of it is a share too, asked a share and
    not a count ("what share of globalization's inequities": "to address some of the inequities")."""
    told = [*_THE_WHOLE_OF.finditer(text), *(_PART_OF.finditer(text) if part else ())]
    wholes = [w for m in told for w in m.groups() if w]
    # "..., all of which impact regional stability": the whole of what was listed, by what is said of it
    wholes += [w for m in _ALL_OF_WHICH.finditer(text) for w in words(m.group(1))]
    if not wholes:  # (most sentences: the question's words need not be read)
        return False
    own = {stem(w) for w in words(asked) if w not in STOPWORDS}
    return any(stem(w) in own for w in wholes)


#: a share in words ("in equal measures", "half of the aid", "two-thirds of", "the majority of")
_SHARE = re.compile(  # (lower case, and of something: not "Majority Leader Schumer", "the first half of 2022")
    r"\b(?:equal(?:ly| measures?| shares?| parts?)|(?:half|a third|two-thirds|a quarter|three-quarters|"
    r"(?:the|an?) (?:[a-z\-]+ )?(?:majority|minority)) of (?!(?:19|20)\d\d\b))"  # ("a bipartisan majority of")
    r"|\bin (?:large |small )?part\b|\b(?:partly|largely|wholly|entirely)\b"  # ("thanks in part to the plan")
)


def share_in_words(text: str, asked: str) -> bool:
    """Whether a share is asked ("what share", "how large a proportion") and given in words ("a majority of")."""
    return bool(re.search(r"\b(?:share|proportion)\b", asked, re.I) and _SHARE.search(text))


#: "how many of the U.S. cabinet secretaries present": the plural noun counted; "Both Secretary Blinken and
#: Secretary Austin pledged": both of them, by the title
_HOW_MANY_OF_THE = re.compile(r"\bhow\s+many\s+of\s+the\s+(?:[\w.\-]+\s+){0,3}?([a-z]+s)\b", re.I)
_BOTH_TITLED = re.compile(r"\b(?:[Bb]oth|[Nn]either)\s+((?:(?:[A-Z][\w.\-]*|of)\s+){1,6})(?:and|nor)\s+[A-Z]")
#: ranks that make another office of a title ("Deputy Secretary Sherman" is no cabinet secretary)
_RANKS = frozenset(w.lower() for w in TITLE_RANKS)


def both_by_title(text: str, asked: str) -> bool:
    """Whether ``asked`` asks how many of the holders of an office and ``text`` says both (or neither) of two named
    by that title did it ("how many of the cabinet secretaries present": "Both Secretary Blinken and ...")."""
    if not (m := _HOW_MANY_OF_THE.search(asked)):
        return False
    noun, asked_words = stem(m.group(1).lower()), {w.lower() for w in words(asked)}
    for both in _BOTH_TITLED.finditer(text):
        said = {w.lower() for w in words(both.group(1))}
        if noun in {stem(w) for w in said} and not (said & _RANKS) - asked_words:
            return True
    return False
