"""The name a list question's object goes by, the way readouts write it ("the Summit for Democracy", "Haitian
President Jovenel Moïse" -> Moïse), and a person named after an owner that describes them ("the White House's
director of intergovernmental affairs, Julie Chavez Rodriguez"). Split from ``lists``. Pure."""

from __future__ import annotations

import re

from ..text.lexicon import AND_BODY_ENDS
from ..text.place_words import COMMUNITY_WORDS
from ..text.tokenize import fold

_HOLIDAY_OF = re.compile(r"\s+(?:holiday|festival|feast|holy day|new year)\s+of\b")
#: the last word of a body's name: "and" joins the words before it into one name (`AND_BODY_ENDS`)
_BODY_END = f"(?:{'|'.join(sorted(AND_BODY_ENDS))})"
_RUN = re.compile(  # (not on into "of the United States": "a Major Non-NATO Ally of the United States")
    rf"(?<![\w.])[A-Z][\w\u00C0-\u024F'\u2019\-]+(?!\.)(?:\s+(?:(?:for|of|on)\s+(?:the\s+)?(?!United States\b)"
    rf"|and\s+(?=(?:[A-Z][\w\-]*\s+){{0,3}}{_BODY_END}\b))?[A-Z][\w\u00C0-\u024F'\u2019\-]*)*"
)


#: a stop that ends initials ("the U.S. Agency ..."), not a sentence
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")


def head_name(piece: str, opening: bool = True, whole: bool = False) -> list[str]:
    """The words of the first proper name of a list question's object, the way readouts write it: "the
    Global Fund to Fight AIDS ..." -> Global, Fund; "the Summit for Democracy": all three words; "Haitian
    President Jovenel Moïse" -> Moïse (a person goes by surname, without office or nationality); "Ream Naval
    Base in Cambodia" -> Ream, Naval, Base. A country alone ("Cuba", "North Korea") is no such name: it is one
    more word to state. ``opening``: the piece opens the question (its first word is capitalised anyway);
    ``whole``: a person's given names kept too ("Jovenel Moïse")."""
    from ..text.lexicon import MONTH_NUMBERS, OFFICE_WORDS, TITLE_HEADS
    from ..text.names import find_parties

    runs = list(_RUN.finditer(piece))
    for n, m in enumerate(runs):
        before = piece[: m.start()].rstrip()
        if (opening and not before) or (before.endswith((".", "?", "!")) and not _INITIALS_END.search(before)):
            continue  # the question's opening word
        if m.group(0) in COMMUNITY_WORDS and n + 1 < len(runs) and _HOLIDAY_OF.match(piece, m.end()):
            continue  # "the Jewish holiday of Passover": a community's word describes the name after it
        for run in _owned(m.group(0).split()):
            titled = any(w in TITLE_HEADS for w in run)  # "Haitian President Jovenel Moïse": a person
            office = TITLE_HEADS | OFFICE_WORDS if titled else frozenset()
            kept = [w for w in run if not (w in office or (titled and find_parties(w)))]
            kept = kept if any(not w.islower() for w in kept) else []  # "Secretary of State": its "of" alone
            if not kept or all(find_parties(w) for w in kept) or find_parties(" ".join(kept)) and len(kept) <= 2:
                continue
            if all(w.rstrip(".").lower() in MONTH_NUMBERS for w in kept):
                continue  # "March 24, 2022" is a date, not a name
            return kept[-1:] if titled and not whole else kept
    return []


def _owned(run: list[str]) -> list[list[str]]:
    """A run of capitalised words cut after each possessive, without it: "North Korea's March" -> "North
    Korea", "March" (the owner and what it owns are two names); "Biden's" alone -> "Biden"."""
    out: list[list[str]] = [[]]
    for w in run:
        bare = w.replace("\u2019s", "").replace("'s", "")
        out[-1].append(bare)
        if bare != w:
            out.append([])
    return [r for r in out if r]


#: an owner's description of someone, up to the comma before their name ("'s director of intergovernmental affairs, ")
_DESCRIBED_BESIDE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,7}[a-z][\w\-]*,\s+")


def person_for_owner(piece: str, head: list[str], people: frozenset[str]) -> list[str]:
    """The name of a person the records name, set after a comma beside an owner's description of them ("the White
    House's director of intergovernmental affairs, Julie Chavez Rodriguez": Julie Chavez Rodriguez), in place of the
    owner; else ``head`` (not "the Three Seas Initiative's summit with Sherman": the summit is the object)."""
    owner = re.search(rf"\b{re.escape(head[-1])}['\u2019]s\b", piece) if head else None
    if owner is None:
        return head
    # the owner's description, in lower-case words, then the name after its comma
    beside = _DESCRIBED_BESIDE.match(piece, owner.end())
    run = _RUN.match(piece, beside.end()) if beside else None
    if run is None or fold(run.group(0).split()[-1]).lower() not in people:
        return head
    return run.group(0).split()
