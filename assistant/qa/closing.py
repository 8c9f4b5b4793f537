"""How a meeting closed ("How did he close out the conversation with her?", "Closing her call with President Ali,
what did Harris say she looked forward to?"): the readout's last sentences, where its closing words stand. Pure
apart from the answerer it reads the readout through."""

from __future__ import annotations

import re

from ..records import Sentence
from ..text.question_words import CLOSING_WORDS
from ..text.tokenize import stem, words
from .analyse import Part
from .answer_types import BYLINE
from .compose import Quote
from .roster import BULLET
from .topics import CLOSING

_CLOSING_STEMS = {stem(w) for w in CLOSING_WORDS}

#: a sentence that says it closed the meeting ("The President concluded the call by reiterating his thanks ...")
_CLOSED_IT = re.compile(
    r"\b(?:concluded|closed|ended|wrapped up)\s+(?:the|their|his|her|our)\s+(?:\w+\s+)?(?:call|conversation|meeting|"
    r"discussion|talks|visit)\b",
    re.I,
)


def last_lines(answerer, rid: int, n: int = 2) -> list[Sentence]:
    """The sentence that says it closed the meeting, if one does; else the last ``n`` sentences of a readout's body
    (no byline, no line or heading of a list: "Participants included:")."""
    body = [
        s
        for s, _, _ in answerer.sentences_of(rid)
        if not BYLINE.match(s.text) and not BULLET.match(s.text) and not s.text.rstrip().endswith(":")
    ]
    closed = [s for s in body if _CLOSED_IT.search(s.text)]
    return closed[:1] or body[-n:]


def at_the_close(answerer, part: Part, rids, fits: list[Quote]) -> list[Quote]:
    """For a part about how a meeting closed (the one named, or the best quote's), the quotes among its closing
    sentences (the readout's own when the part asks nothing more than how it closed); other parts' as they are."""
    if not CLOSING.search(part.text):
        return fits
    # the one readout named, or the one the best quote comes from
    best = answerer.meeting_of(fits[0].sentence.source) if fits else None
    rid = rids[0] if rids is not None and len(rids) == 1 else best[0] if best else None
    if rid is None:
        return fits
    last = last_lines(answerer, rid)
    # "How did he close out the conversation with her?", "How did Blinken wrap up his meeting with Grandi?": nothing
    # asked but the close (and the names of its title): the closing sentences themselves
    title = {stem(w) for w in words(answerer.store.meetings[rid].title)}
    if not part.kinds and all(t in _CLOSING_STEMS or t in title for t in part.topic):
        return [answerer.quote(s) for s in last]
    ends = {(s.source, s.start) for s in last}
    own = [q for q in fits if (q.sentence.source, q.sentence.start) in ends]
    return own or fits
