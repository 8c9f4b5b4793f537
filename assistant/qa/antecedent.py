"""A quoted sentence that points back ("The Secretary thanked the Government of Egypt for approving these
flights") is quoted with the sentence before it, which says what it points to ("... the importance of flights
between Sana'a and Cairo."): a reader of the answer sees no readout around the quote.
"""

from __future__ import annotations

import re

from ..records import Sentence
from .answer_types import BYLINE
from .compose import Quote

_TIME = r"(?:week|month|year|morning|afternoon|evening|weekend|time|spring|summer|fall|autumn|winter|decade)\b"
#: "these flights", "those efforts", "such measures", "this initiative" (not "this week"); a sentence that opens
#: with a pronoun that points back ("This will ...", "These include ...")
POINTS_BACK = re.compile(
    rf"\b(?:these|those|such)\s+[a-z]{{3,}}|\bthis\s+(?!{_TIME})[a-z]{{3,}}|^(?:This|These|That|Those|It)\s+[a-z]"
)


def with_antecedents(answerer, quotes: list[Quote]) -> list[Quote]:
    """The quotes in order, each that points back preceded by its readout's sentence before it (once)."""
    out: list[Quote] = []
    starts = {q.sentence.start for q in quotes}
    for q in quotes:
        if POINTS_BACK.search(q.sentence.text):
            before = _sentence_before(answerer, q)
            if before is not None and before.start not in starts:
                starts.add(before.start)
                out.append(answerer.quote(before))
        out.append(q)
    return out


def _sentence_before(answerer, q: Quote) -> Sentence | None:
    """The sentence of q's readout just before it; None for the first, a title or list line, or a byline."""
    source = q.sentence.source
    rows, r = answerer.store.readout_rows(source), answerer.store.readout(source)
    if rows is None or r is None:
        return None
    spans = [(int(s), int(e)) for s, e in answerer.store.sentence_spans(rows.s_lo, rows.s_hi) if s < q.sentence.start]
    if not spans:
        return None
    previous = Sentence(source, *spans[-1], r.text[spans[-1][0] : spans[-1][1]])
    if "\n" in previous.text.strip() or previous.start == 0 or BYLINE.match(previous.text):
        return None  # the title line, or a list line
    return previous
