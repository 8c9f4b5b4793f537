"""The sides of a comparison: the descriptions of the meetings it holds ("How did Blinken's May 2021 call with Kuleba
differ from his June 2022 meeting with him?") and each side's own constraints, inheriting what the other leaves out."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.lexicon import TITLE_HEADS
from .analyse import Query, analyse

_TITLES = "|".join(sorted(TITLE_HEADS))
_SIDES = re.compile(
    r"\b(?:differ(?:ed|s)? from|different from|compared? (?:to|with)|compared (?:to|with)|versus|vs\.?|"
    r"in contrast to|as opposed to|and (?:what|how)\b|(?:with|to|against) (?=what\b)|"
    r"and (?:in |during |at )?(?:his|her|their|the) (?=(?:\w+\s+){0,3}(?:call|meeting|visit|talk|conversation))|"
    r"and (?:in |during |at |on )?"
    r"(?=[A-Z][\w\-]+['\u2019]s\s+(?:\w+\s+){0,3}(?:call|meeting|visit|talks?|conversation))|"
    # (a name of two words, not a title's: "and in Jake Sullivan's September phone call", not "Secretary Blinken's")
    rf"and (?:in|during|at) (?=(?-i:(?!(?:{_TITLES}|Vice)\s)[A-Z][\w\-]+\s+[A-Z][\w\-]+)['\u2019]s\s+"
    r"(?:\w+\s+){0,3}(?:call|meeting|visit|talks?|conversation)))",
    re.I,
)


#: "Harris's July 2022 meetings with Pennsylvania legislators and with Indiana legislators": several meetings (a
#: plural), one after each "with", sharing the question's time ("a trilateral call with Mori and with Choi" is one)
AND_WITH = re.compile(r"\b(?:meetings|calls|talks|conversations|visits)\s+with\b(?=.*\band with\b)", re.I)


_SIDES_AND_WITH = re.compile(rf"{_SIDES.pattern}|\band with\b", re.I)


def sides(question: str) -> list[str]:
    """The two (or more) descriptions of meetings a comparison question holds."""
    pattern = _SIDES_AND_WITH if AND_WITH.search(question) else _SIDES
    parts = [p.strip(" ,;?") for p in pattern.split(question) if p and p.strip(" ,;?")]
    return parts if len(parts) >= 2 else [question]


def side_query(text: str, whole: Query, shared_time: bool = False) -> Query:
    """One side's constraints: its own names, time and kind; the whole question's names it leaves out (and its
    time, with ``shared_time``, when the side gives none)."""
    q = analyse(text)
    owned = whose_only(text, q)  # (with whom and when are the whole question's)
    if (shared_time or owned) and not q.window.bounded:
        q = replace(q, window=whole.window)
    q = replace(q, parties=whole.parties) if owned else q
    people = q.people or whole.people
    if len(q.people) == 1 and len(whole.people) > 1 and not q.parties and not _alone(text, whole, q):
        others = [p for p in whole.people if p not in q.people]  # "with him": the one met on the other side
        met = [
            p for p in others if re.search(rf"\b{_MET_VERB}\s+(?:[\w.'\u2019\-]+\s+){{0,4}}?{re.escape(p)}", whole.text)
        ]
        people = tuple(dict.fromkeys(q.people + tuple(met if _WITH_PRONOUN.search(text) and met else others)[:1]))
    return replace(
        q,
        people=people,
        parties=q.parties or (whole.parties if not q.people else ()),  # a side's own people say who met
        parts=whole.parts,
        window=q.window if q.window.bounded else replace(q.window, recency=None),
        meeting_kind=q.meeting_kind,
        compare=False,
        list_intent=False,
        count_intent=False,
    )


def _alone(text: str, whole: Query, q: Query) -> bool:
    """Whether a side of one person is that person's own meeting among others' (see ``_two_owners``), met with
    no one the question names ("... with him" is the one met on the other side)."""
    return _two_owners(whole.text, q.people[0]) and not _WITH_PRONOUN.search(text)


def _two_owners(question: str, name: str) -> bool:
    """Whether the question tells two meetings by whose each was, ``name``'s one ("in Jake Sullivan's March 2022
    meeting and in Antony Blinken's June 2022 phone call"): no one of the other side met on this one."""
    owners = {m[1] for m in _OWNED.finditer(question)}
    return len(owners) >= 2 and name.split()[-1] in {o.split()[-1] for o in owners}


_OWNED = re.compile(
    r"\b((?-i:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))['\u2019]s\s+(?:[\w\-]+\s+){0,3}?(?:call|meeting|visit|talks)\b", re.I
)


def whose_only(text: str, q: Query) -> bool:
    """Whether a side is told only by whose meeting it was ("and in Jake Sullivan's September phone call")."""
    return len(q.people) == 1 and not q.parties and bool(re.match(rf"\W*{re.escape(q.people[0])}['\u2019]s\b", text))


#: the words before the one met: "with Kishida", "told Anthony Albanese", "when she met him"
_MET_VERB = r"(?:with|told|tell|met|meet|called|phoned|hosted|visited|received|saw)"
_WITH_PRONOUN = re.compile(rf"\b{_MET_VERB} (?:him|her|them)\b", re.I)
