"""Whether a question compares meetings: in words ("compare", "differ"), by dates ("on May 3 and on May 9 ...
each"), or by sides ("each side", "each country" of meetings told one after another, "calls with A and with B",
"two phone calls: one with A ..., and one with B"). Pure."""

from __future__ import annotations

import re

from ..text.question_words import COMPARING
from .dates_named import time_windows
from .meeting_kinds import asks_about_meetings

#: "... in February 2022 and again in May 2022. Where was each of those meetings held?": one answer a meeting
_EACH_OF_DATES = re.compile(
    r"\b(?:each|either|both)\s+(?:of\s+(?:those|these|the|them|their)\s+)?(?:two\s+|three\s+)?(?:meeting|call|visit|"
    r"time|talk|one|conversation|sit-down|session|encounter)s?\b|\beach\b\s*\??$",
    re.I,
)
#: "met ... twice in spring 2022, once in March and once in May": two meetings, whose each is asked of
_TWICE = re.compile(
    r"\b(?:twice|two times|both times|(?:the|their) two (?:meetings|calls|conversations|visits))\b", re.I
)
#: "Biden phoned both Lapid and Aoun ... what would the deal mean for each country?": one answer a counterpart
_EACH_SIDE = re.compile(
    r"\b(?:for|to|with|on|of|from|by)\s+each(?!\s+other)(?:\s+(?:side|country|government|leader|counterpart|of them|"
    r"of the two))?\b|\beach side\b|\bin each (?:call|meeting|readout|conversation|visit|one|case|instance)\b|"
    # ("how many had it handed each country, according to the two readouts?")
    r"\beach readout\b|\b(?:the|both)\s+(?:two|three)\s+readouts\b|"
    r"\bin both (?:calls|meetings|readouts|conversations|visits)\b|"
    r"\b(?:did|does|do|would|will|has|have|had)\s+each\s+of\s+(?:them|the two|the three|those)\b",
    re.I,
)
#: "how many Afghans did Biden credit each country with housing", asked of his "meetings with Italy's Draghi and
#: with Germany's Merkel": one answer a meeting, when the question tells of several
_EACH_OF_SEVERAL = re.compile(r"\beach\s+(?:country|government|nation|ally|partner)\b", re.I)
_SEVERAL_MET = re.compile(
    r"\b(?:calls|meetings|conversations|visits)\s+with\b|,?\s+and\s+(?:again\s+)?with\b"
    r"|\b(?:met|called|phoned|saw)\b[^.?]{3,80}?,?\s+and(?:\s+then|\s+later|,\s*the\s+next\s+day,)\s",
    re.I,
)
#: "In his calls with Peru's Castillo and with Colombia's Ramirez, which countries did he single out": two meetings
_WITH_AND_WITH = re.compile(
    r"\b(?:calls|meetings|conversations|talks)\s+with\b[^?.;]{3,120}?,?\s+and\s+with\b|"
    # "Blinken had two phone calls: one with France's foreign minister ..., and one thanking Qatar's ...", "phoned two
    # newly installed South American figures", "the two calls": meetings told one by one (not a joint meeting)
    r"(?![^?]*\b(?:together|joint|jointly|trilateral|three-way)\b)"
    r"\b(?:had|held|made|placed|phoned|called|met|received|hosted|saw)\s+(?:two|three)\s+(?:separate\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:calls|meetings|conversations|sit-downs|engagements|visits|exchanges|figures|leaders|"
    r"ministers|officials|counterparts|rulers)\b|"
    r"\bone\s+with\b[^?]{3,200}?,?\s+and\s+(?:one|another|the other)\s+(?:with|thanking|in which)\b|"
    r"\b(?:the|those|these)\s+(?:two|three)\s+(?:calls|meetings|conversations|sit-downs|engagements)\b",
    re.I,
)
#: a comparison asked for in so many words, with no question word ("..., and Wendy Sherman the following day.
#: Compare the regional issues each official took up.")
_COMPARE_ASKED = re.compile(r"(?:^|[.!?:]\s+)(?:please\s+)?(?:compare|contrast)\b", re.I)
_COMPARE = re.compile(COMPARING)


def compares(question: str, meeting_people: list[str], meeting_parties: list[str], wh: re.Pattern) -> bool:
    """Whether a question (asking with ``wh``) compares meetings (see the module's doc)."""
    each = _EACH_SIDE.search(question) is not None
    several = (
        each or _EACH_OF_SEVERAL.search(question) and _SEVERAL_MET.search(question) or _WITH_AND_WITH.search(question)
    )
    return (
        bool(
            _COMPARE.search(question.lower())
            or _EACH_OF_DATES.search(question)
            and (len(time_windows(question)) >= 2 or _TWICE.search(question) is not None)
            or several
            and (len(meeting_people) >= 3 or len(set(meeting_parties) - {"United States"}) >= 2)
            or each  # "... thanks ... twice in 2022 - in Blinken's February meeting ... and in Jake Sullivan's ...
            and _TWICE.search(question) is not None  # call. How did each readout ...?"
        )
        and (wh.search(question) is not None or _COMPARE_ASKED.search(question) is not None)
        and asks_about_meetings(question)
    )
