"""Who was on a meeting's list of speakers or participants: many readouts end with one ("Speakers:" then a line a
person, "- New Jersey Attorney General Matthew Platkin"). A question that asks who was listed, among the speakers
or the attendees ("Which New Jersey attorney general was among the speakers at ...?") is answered by the line of
that list whose words best fit the question's description of the person, in the readout the question names."""

from __future__ import annotations

import re

from ..corpus.people import mentions
from ..text.lexicon import QUESTION_WORDS, STOPWORDS
from ..text.tokenize import stem, words
from .analyse import Part
from .compose import Quote
from .coverage import topic_coverage

#: a question about a meeting's list of people ("among the speakers", "listed among attendees")
ROSTER_ASKED = re.compile(
    r"\b(?:speakers?|attendees?|participants|panell?ists?|listed|roster|list of (?:people|names|participants))\b", re.I
)
#: a question about what someone on the list said, not who was on it
_SAID = re.compile(r"\b(?:say|says|said|tell|told|describe[sd]?|call(?:s|ed)? for|warn(?:s|ed)?)\b", re.I)
#: a line of such a list: a bullet, then a name or a title
_BULLET = re.compile(r"^\s*[-\u2022\u2013*]\s+\S")
#: words of a roster question that describe the list, not the person on it
_LIST_WORDS = frozenset(
    "speaker speakers attendee attendees participant participants panelist panelists panellist panellists listed "
    "list roster among".split()
)


def from_roster(answerer, part: Part, sel, topic: tuple[str, ...]) -> list[Quote]:
    """The line of a meeting's list of people that answers a "who was among the speakers" part (none when the
    part asks no such thing, no more than three readouts' titles fit it best, or no line fits the description)."""
    if part.answer_type != "person" or not ROSTER_ASKED.search(part.text) or sel.rids == ():
        return []
    if part.kinds or _SAID.search(part.text):  # "which secretary among the participants said ...": a statement
        return []
    idf = answerer.store.idf
    described = _description(part.text)
    listing = {stem(w) for w in _LIST_WORDS}
    # the readout the question names: its title states the most of the question's words for the meeting
    # ("... meeting with Florida state legislators"), then of its description ("New Jersey attorney general")
    every = tuple(t for t in dict.fromkeys((*topic, *part.hints)) if t not in listing)
    asked = tuple(t for t in every if t not in described)
    titled = {
        rid: (topic_coverage(title, asked, idf), topic_coverage(title, every, idf))
        for rid in (range(len(answerer.store.meetings)) if sel.rids is None else sel.rids)
        if (title := answerer.store.meetings[rid].title)
    }
    best_title = max(titled.values(), default=(0.0, 0.0))
    named = [rid for rid, cov in titled.items() if cov == best_title]
    if best_title[0] < 0.5 or len(named) > 3:
        return []
    found: list[tuple[float, Quote]] = []
    for rid in named:
        for sent, _, _ in answerer.sentences_of(rid):
            if not _BULLET.match(sent.text) or not _names_a_person(sent.text, part.text):
                continue
            fit = topic_coverage(sent.text, described, idf) if described else 0.0
            if fit > 0:
                found.append((fit, answerer.quote(sent, fit)))
    if not found:
        return []
    top = max(f for f, _ in found)
    return [q for f, q in found if f == top][:3]


def _description(text: str) -> tuple[str, ...]:
    """The stems of what a roster question says of the person ("Which New Jersey attorney general was among the
    speakers at Harris's meeting ...": new, jersey, attorney, general), up to its "among"/"listed"/"at"."""
    head = re.split(r"\b(?:among|listed|on the list|at|in|during|from)\b", text, maxsplit=1)[0]
    out = [
        stem(w)
        for w in words(head)
        if w not in STOPWORDS and w not in QUESTION_WORDS and w not in _LIST_WORDS and len(w) > 1
    ]
    return tuple(dict.fromkeys(out))


def _names_a_person(line: str, question: str) -> bool:
    """Whether a line of a list of people names one the question does not ("- New Jersey Attorney General
    Matthew Platkin"): short, as such a line is, not a point of policy ("- President Biden welcomed India's
    decision to join ...")."""
    if len(line.split()) > 20:
        return False
    asked = {w.lower() for w in words(question)}
    names = [m.name for m in mentions(line) if m.name]
    return any(not all(w.lower() in asked for w in words(name)) for name in names)
