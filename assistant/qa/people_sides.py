"""Who of the people a question names met, and who it only speaks of ("what did they say about Navalny", "a planned
meeting of Pashinyan and Aliyev"). Split from ``question_names``. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import INSTITUTION_WORDS, MEETING_NOUNS, STOPWORDS, TRIP_NOUNS, VISIT_WORDS
from ..text.question_words import SERVING_OFFICES, SIDE_WORDS, WAGED_THINGS
from .named_things import owns_a_named_thing

# a name inside the clause of what was talked about: "about his trip to Kyiv with Austin" (to a comma or "when")
_ABOUT_CLAUSE = re.compile(  # up to the question's own verb: "What worry about Cambodia did Blinken put to ..."
    r"\b(?:about|regarding|concerning)\b(?:(?![,;?]|\b(?:when|while|during|and what|and how|and who|in their|"
    r"at their|did|does|do)\b).)*$",
    re.I,
)


_WITH_NAME = re.compile(r"\bwith\s+(?:the\s+)?[A-Z]")
#: a name followed by what it had done before the meeting ("... President Duque had launched")
_HAD_DONE = re.compile(r"['\u2019]?s?\s+had\s+(?:just\s+|recently\s+)?[a-z]+(?:ed|en|un|ght)\b")


_ACTED_ON = re.compile(
    r"\b(?:making|forcing|holding|helping|letting)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.\-'\u2019]*\s+){0,3}$"
)
#: "what step taken by President Duque did he welcome": who did what was talked about (not "hosted by Biden")
_DONE_BY = re.compile(
    r"\b(?!(?:hosted|led|convened|chaired|organi[sz]ed|attended|joined|called|placed|held|accompanied)\b)"
    r"(?:[a-z]+(?:ed|en|de)|actions?|steps?|decisions?|moves?|efforts?|announcements?|rejection)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w.\-'\u2019]*\s+){0,3}$"
)


def people_sides(question: str, people: list[str], subject_end: int) -> tuple[list[str], list[str]]:
    """(people at the meeting, people the question asks about: "what did they say about Navalny")."""
    meeting: list[str] = []
    topic: list[str] = []
    for name in people:
        at = question.find(name)
        before = question[max(0, at - 22) : at].lower()
        # "on Navalny", "against Russia's ...": right before the name; "about ...": anywhere in the clause
        said_of = re.search(r"\b(?:on|over|against|toward|towards)\s+(?:the\s+|\w+['\u2019]s\s+)?$", before)
        # "... about chip supply chains with South Korean PM Han": a side of the meeting after its topic
        near = max(0, at - 80)
        met_with = re.search(r"\bwith\s+(?:(?:the\s+)?[A-Z][\w.\-'\u2019]*\s+){0,5}$", question[near:at])
        if met_with and _WITH_NAME.search(question, 0, near + met_with.start()):
            met_with = None  # "speak with Rau about his trip to Kyiv with Austin": the meeting's "with" came first
        # "how did Blinken respond to the talks President Duque had launched": a clause of what was talked about
        had_done = at > subject_end and _HAD_DONE.match(question, at + len(name)) is not None
        # "to coordinate on making Putin answer for the war": someone an action is about, after the subject
        acted_on = at > subject_end and not met_with and bool(_ACTED_ON.search(question[max(0, at - 60) : at]))
        topical = (
            had_done
            or acted_on
            or bool(MEETING_TO_BE.search(question[max(0, at - 90) : at]))
            or (not met_with and bool(_DONE_BY.search(question[max(0, at - 60) : at])))
            or (at > subject_end and not met_with and bool(said_of or _ABOUT_CLAUSE.search(question[subject_end:at])))
            or any(w in INSTITUTION_WORDS for w in name.split())
            or owns_a_named_thing(question[at + len(name) :])
            or _whose_thing(question, at, name, people)
            or _their_other_meeting(question, at, name, people)
            or _a_case_named(question, at, name)
            # "which member of Biden's cabinet sat in on Harris's roundtable": whose cabinet, not who met
            or (bool(_WHOSE_CABINET.match(question, at + len(name))) and any(p != name for p in people))
        )
        # "advisers to Lithuania's President Nauseda": whose advisers they were, not who met
        served = re.search(
            r"\b(?i:advis[eo]rs?|aides?|envoys?|representatives?|staff|counsel(?:l)?ors?|spokes\w+)\s+(?:to|of)\s+"
            r"(?:the\s+)?(?:[A-Z][\w'\u2019.]*\s+){0,4}$",
            question[max(0, at - 70) : at],
        )
        # "President Biden's national security adviser sat down with Italy's prime minister": the adviser met
        served = served or _SERVED_BY.match(question, at + len(name))
        (topic if topical or served else meeting).append(name)
    return meeting, topic


#: a name's cabinet or administration: the people in it, named after it, may have met without its head
_WHOSE_CABINET = re.compile(r"['\u2019]s\s+(?:cabinet|administration)\b")
#: a meeting talked of, not held ("encouraged a planned meeting of Pashinyan and Aliyev with ... Michel")
MEETING_TO_BE = re.compile(
    r"(?:\b(?:planned|upcoming|proposed|possible|future|forthcoming)\s+(?:meeting|summit|talks)\s+(?:of|between)\b|"
    r"['\u2019]s\s+(?:planned|upcoming|proposed|possible|future|forthcoming)\s+(?:meeting|summit|talks)\s+with\b)"
    r"(?:(?!\b(?:what|which|who|whom|when|where|why|how|did|does|do|was|were)\b)[^.?;,:])*$",  # to the clause's end
    re.I,
)
#: the words a name qualifies ("what Putin decision", "Biden's appreciation for"): lower-case, up to three
_QUALIFIED = re.compile(r"(?:['\u2019]s)?\s+((?:[a-z][\w\-]*\s*){1,3})")
#: words that make a name's thing a meeting of theirs or their side of one ("Biden's call", "Blinken's delegation")
_OWN_SIDE = frozenset((*MEETING_NOUNS, *TRIP_NOUNS, *VISIT_WORDS, *SIDE_WORDS))
#: after a name, one who serves them ("'s national security adviser", "'s deputy"), by words that qualify the office
#: (not past a meeting of theirs or a stop word: "'s visits with deputy prime ministers", "'s trip as deputy",
#: "'s remarks to embassy staff"; nor "'s adviser's call")
_SERVED_BY = re.compile(
    rf"['\u2019]s\s+(?:(?!(?i:{'|'.join(sorted(_OWN_SIDE | STOPWORDS))})\b)(?i:[a-z])[\w\-]*\s+){{0,3}}?"
    rf"(?i:{'|'.join(SERVING_OFFICES)})\b(?!['\u2019])"
)


def _whose_thing(question: str, at: int, name: str, people: list[str]) -> bool:
    """Whether a person is named only as the owner of what was talked about, after someone who met ("what Putin
    decision did Biden condemn", "when Blinken met Sisi, what did he convey Biden's appreciation for"): not when
    the thing is a meeting of theirs or their side of one ("Biden's call with Zelenskyy", "Blinken's delegation")."""
    after = question[at + len(name) :]
    m = _QUALIFIED.match(after)
    possessive = after[:1] in "'\u2019"
    if m and possessive and m.group(1).split()[0] in WAGED_THINGS and any(p in question for p in people if p != name):
        return True  # "which crisis caused by Putin's war did Blinken say ...": whoever else is named met
    if not m or not any(0 <= question.find(p) < at for p in people if p != name):
        return False
    said = m.group(1).split()
    asked = re.search(r"\b(?:what|which)\s+$", question[:at], re.I) is not None
    return (possessive or asked) and not any(w.lower() in _OWN_SIDE for w in said)


#: the parties of a court case ("Roe v. Wade", "Dobbs v. Jackson Women's Health Organization")
_VERSUS = r"\s+v\.\s+"  # (not "vs." nor "versus": "with Kuleba versus Lavrov" compares two who met)


def _a_case_named(question: str, at: int, name: str) -> bool:
    """Whether a name is a party of a court case the question names ("the reversal of Roe v. Wade"): talked of."""
    return bool(
        re.match(_VERSUS + "[A-Z]", question[at + len(name) :])
        or re.search(r"[A-Z][\w.'\u2019]*" + _VERSUS + "$", question[:at])
    )


#: two people's surnames joined before their meeting ("a Biden-Xi virtual meeting", "the Biden-Putin summit")
_PAIR_MET = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}(?:meeting|call|summit|talks|conversation)s?\b")


def _their_other_meeting(question: str, at: int, name: str, people: list[str]) -> bool:
    """Whether a pair of names joined by a hyphen names another meeting than the one asked about, after someone
    who met ("Sullivan's meeting with Yang was described as following up on a Biden-Xi virtual meeting")."""
    pair = re.fullmatch(r"[A-Z][\w\u2019']+[-\u2013][A-Z][\w\u2019']+", name) is not None
    earlier = any(0 <= question.find(p) < at for p in people if p != name)
    return pair and earlier and _PAIR_MET.match(question, at + len(name)) is not None
