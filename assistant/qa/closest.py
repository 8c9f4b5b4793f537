"""The sentences of a readout closest to what a comparison asks, shown labelled when none states it.

A comparison takes both meetings to have spoken of its topic: a compared
meeting whose readout states none of it in the question's words gets its
closest sentences, marked as not stating it, beside the line that names it
missing. (Tried for the unanswered part of a two-part question as well, and
dropped: no dev question gained, and the sentences shown were mostly beside
the point.)
"""

from __future__ import annotations

import re

from .answer_types import BYLINE

#: the label of the closest sentences: shown, but not as stating the topic
CLOSEST = "(closest in this readout; not stated in the question's words)"
#: a meeting sentence that says what the meeting was about ("spoke ... to discuss", "... on trade")
_ABOUT = re.compile(r"\b(?:discuss\w*|to [a-z]+|about|regarding|on (?:the )?[a-z]+|focused|reviewed)\b")


def says_more_than_who_met(text: str, kind: str | None) -> bool:
    """Whether a sentence says something of substance: not a byline, nor a meeting sentence that only says who met
    (one that says what they met about does)."""
    return not BYLINE.match(text) and not (kind == "met" and not _ABOUT.search(text))


def closest(answerer, text: str, rid: int, n: int = 2, skip: frozenset = frozenset()) -> list:
    """A readout's ``n`` sentences closest to ``text`` by the answerer's evidence score: not a byline, nor a
    sentence that only says who met, nor one already quoted (starts in ``skip``)."""
    retrieval = answerer.retriever.run(text, answerer.tuning.k, (rid,))
    out = []
    for s in answerer.score_sentences(text, retrieval):
        sent = s.candidate.sentence
        if sent.start in skip:
            continue
        quote = answerer.quote(sent, s.score, CLOSEST)
        if not says_more_than_who_met(sent.text, quote.kind):
            continue
        out.append(quote)
        if len(out) == n:
            break
    return out
