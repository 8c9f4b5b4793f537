"""A meeting whose readout says it was about the question's topic: its statements of the kind asked answer the
question though they do not repeat the topic. Reads the one readout a question names."""

from __future__ import annotations

from .analyse import Part
from .compose import Quote
from .fitting import says_what_meeting_was_about


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
    return [
        answerer.quote(s)
        for s, kind, _ in answerer.sentences_of(rid)
        if kind in part.kinds and s.start != meeting.start
    ]


#: most meetings selected for one of them to be told apart by what its meeting sentence says it was about
_FEW = 3
