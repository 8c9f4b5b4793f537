"""People a question names who were not at the meeting it asks about, only spoken of there.

"Whom did Blinken thank for hosting Deputy Secretary Sherman's trilateral meeting in Tokyo?" (a call with Japan),
"where did he say President Biden would soon be going?" (Blinken's call with Lapid): no readout records a meeting
of everyone named, but one records the meeting of the others and names the rest in its text. That readout is the
meeting asked about; the rest are its topic."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from ..text.question_words import BELONGINGS
from .analyse import Query
from .holders import name_words
from .name_in_text import name_or_surname_in_text
from .select import Selection

#: most readouts the fewer people's meeting may select (more: the question's time does not single one out)
_MOST = 3


def _surname(name: str) -> str:
    return (name_words(name) or [name])[-1]


#: words that join two names into one meeting ("Biden and Ghana's President Akufo-Addo", "Blinken would meet the
#: foreign ministers of Australia"): a name joined so to one kept is one of the meeting's, not spoken of
_JOINED = re.compile(r"\b(?:and|with|met|meet|meets|meeting|call|called|calls|spoke|speak|talked|talk)\b", re.I)
#: most words between two names so joined
_NEAR = 6


def _joined(text: str, name: str, others: list[str]) -> bool:
    """Whether ``name`` is joined in ``text`` to one of ``others`` by "and", "with", "met" ... within a few words."""
    at = [m.span() for m in re.finditer(rf"\b{re.escape(_surname(name))}\b", text)]
    for other in others:
        for m in re.finditer(rf"\b{re.escape(_surname(other))}\b", text):
            for a, b in at:
                between = text[b : m.start()] if b <= m.start() else text[m.end() : a]
                if len(between.split()) <= _NEAR and _JOINED.search(between):
                    return True
    return False


#: what is someone's without being them ("President Ramaphosa's office", "Biden's team")
_BELONGINGS = rf"(?:{'|'.join(BELONGINGS)})"


def _owns(text: str, name: str) -> bool:
    """Whether ``text`` speaks of ``name``'s office, staff or team rather than of them."""
    return re.search(rf"\b{re.escape(_surname(name))}['\u2019]s\s+(?:\w+\s+)?{_BELONGINGS}\b", text) is not None


def with_bystanders(
    query: Query, sel: Selection, select_with: Callable[[Query], Selection], text_of: Callable[[int], str]
) -> tuple[Query, Selection] | None:
    """The question with fewer people, and the selection of their meeting whose readout names the others, when
    no readout records a meeting of them all: the fewest left aside, kept only when one way of leaving them aside
    finds it. Three or more names (people and countries) and at least one person and two names kept, or two people
    one of whom the question speaks of by their office or staff; None otherwise (two named who never met stay a
    meeting that did not happen)."""
    people = list(sel.people)
    if not sel.missing or query.compare or query.list_intent or len(people) < 2:
        return None
    owners = {p for p in people if _owns(query.text, p)}  # spoken of by their office ("President Ramaphosa's office")
    if len(people) + len(query.parties) < 3 and not owners:
        return None
    for size in range(1, len(people)):
        found = []
        for aside in itertools.combinations(people, size):
            kept = tuple(p for p in people if p not in aside)
            need = 1 if owners.issuperset(aside) else 2  # (Botes, of "Ramaphosa's office")
            if len(kept) + len(query.parties) < need or any(
                _joined(query.text, p, [*kept, *query.parties]) for p in aside
            ):
                continue
            fewer = replace(query, people=kept, topic_people=(*query.topic_people, *aside))
            got = select_with(fewer)
            if got.missing or not got.rids or len(got.rids) > _MOST:
                continue
            naming = tuple(r for r in got.rids if all(name_or_surname_in_text(p, text_of(r)) for p in aside))
            if naming:
                found.append((fewer, replace(got, rids=naming, topic_names=(*got.topic_names, *aside))))
        if found:
            return found[0] if len(found) == 1 else None
    return None
