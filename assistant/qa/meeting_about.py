"""A meeting whose readout says it was about the question's topic: its statements of the kind asked answer the
question though they do not repeat the topic. Reads the few readouts a question names (three at most)."""

from __future__ import annotations

import re

from ..text.lexicon import SIDE_SUBJECT_WORDS, TITLE_HEADS
from .analyse import Part
from .compose import Quote
from .meeting_sentence import says_what_meeting_was_about


def kind_in_meeting_about(answerer, part: Part, topic: tuple[str, ...], rids: tuple[int, ...]) -> list[Quote]:
    """A part asking a kind of statement ("What did Biden and Trudeau agree to do in their February 2022 call about
    the blockades at border crossings?") of the few meetings selected, one of which alone says in its meeting
    sentence that it was about the part's topic ("spoke ... to discuss the ongoing blockade of key bridges and
    crossings"): that readout's statements of the kind, which need not say the topic again ("The two leaders
    agreed to stay in close touch ... to ensure that the free flow of traffic is restored at these vital transit
    points"); none otherwise."""
    if part.answer_type != "free" or not part.kinds or not topic or not 0 < len(rids) <= _FEW:
        return []
    about = []
    for rid in rids:
        meeting = answerer.meeting_sentence(rid)
        if meeting is not None and says_what_meeting_was_about(meeting.text, topic, answerer.store.idf):
            about.append((rid, meeting))
    if len(about) != 1:
        return []
    rid, meeting = about[0]
    m = answerer.store.meetings[rid]
    names = {w for x in (*(p.name or "" for p in m.participants), *m.countries) for w in x.split()} - {"of", "the"}
    return [
        answerer.quote(s)
        for s, kind, _ in answerer.sentences_of(rid)
        if kind in part.kinds and s.start != meeting.start and _said_by_someone(s.text, names)
    ]


def _said_by_someone(text: str, names: set[str]) -> bool:
    """Whether a statement's subject (its first words, after a lead such as "In turn,") is a person or a side: a
    title ("The President"), a name of the meeting's people or countries, "the two leaders"; not a thing ("Fortunately,
    snowfall will help bring an end to the fires")."""
    opening = re.sub(r"^[A-Z][a-z]+(?: [a-z]+)?,\s+", "", text.strip()).split()[:4]
    return any(
        w in TITLE_HEADS or w in names or w.lower() in SIDE_SUBJECT_WORDS for w in (x.strip(",") for x in opening)
    )


#: most meetings selected for one of them to be told apart by what its meeting sentence says it was about
_FEW = 3
