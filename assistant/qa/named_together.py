"""Readouts that name each of several people somewhere in them, title included ("Which readouts mention both Macron
and Putin?"): a readout of a call with Macron that speaks of President Putin three sentences on names both, though
no one sentence does. Reads the store's term index and the readouts' sentences; no model."""

from __future__ import annotations

import re

from ..records import Sentence
from ..text.tokenize import fold, stem, words

#: a list question asking what readouts say, not whom they record meeting ("mention", "name", "refer to")
_SAYS = re.compile(
    r"\b(?:mention(?:s|ed|ing)?|names?|named|refer(?:s|red|ring)?\s+to|cites?|cited|speak of|talk about)\b", re.I
)
#: a part that asks for either name, or one without the other ("Macron or Scholz", "Macron and not Scholz")
_EITHER_OR_NOT = re.compile(r"\b(?:or|not|without|except|excluding|rather than|but not|nor)\b", re.I)


def names_asked_together(
    part_text: str, topic: tuple[str, ...], people: tuple[str, ...], recorded: frozenset[str]
) -> tuple[str, ...]:
    """The surnames a list part asks to be named in one readout: two people or more (``people``, as the question
    names them, each a surname of someone the records name: ``recorded``, folded), joined by "and", and nothing else
    asked ("Which readouts mention both Macron and Putin?"); empty otherwise ("Which readouts mention Macron and
    Ukraine?": a sentence stating both, as any topic; "Macron or Scholz": either)."""
    if not _SAYS.search(part_text) or _EITHER_OR_NOT.search(part_text):
        return ()
    last = [p.split()[-1] for p in people if p.split()]
    surnames = tuple(dict.fromkeys(n for n in last if n in part_text and fold(n) in recorded))
    named = {stem(x) for p in people for x in words(p)}
    asked = [t for t in topic if not _SAYS.fullmatch(t)]  # ("Which readouts names ...": the verb is no topic)
    return surnames if len(surnames) >= 2 and asked and all(t in named for t in asked) else ()


def readouts_naming(store, surnames: tuple[str, ...], allowed: set[int] | None) -> list[tuple[int, Sentence, float]]:
    """(readout row, sentence, 1.0) of each readout whose text names every one of ``surnames``; the sentence is
    the first naming the most of them, of those the title does not name first."""
    rids: set[int] | None = None
    for name in surnames:
        stems = [stem(w) for w in words(name)]
        found = {store.passage_rid(int(r)) for r in store.rows_with_term(stems[0])} if stems else set()
        rids = found if rids is None else rids & found
    said = [re.compile(rf"\b{re.escape(n)}\b") for n in surnames]  # (as written: "Rice", not "rice")
    hits = []
    for rid in sorted(rids or ()):
        if allowed is not None and rid not in allowed:
            continue
        source = store.meetings[rid].source
        readout, rows = store.readout(source), store.readout_rows(source)
        if readout is None or rows is None:
            continue
        if not all(s.search(readout.text) for s in said):
            continue
        sentences = [s for row in range(rows.p_lo, rows.p_hi) for s in store.passage(row).sentences]
        untitled = [n for n in said if not n.search(readout.title)]  # (the title shows the others already)
        best = max(
            sentences,
            key=lambda s: (
                sum(1 for n in said if n.search(s.text)),
                sum(1 for n in untitled if n.search(s.text)),
                -s.start,
            ),
            default=None,
        )
        if best is not None and any(n.search(best.text) for n in said):
            hits.append((rid, best, 1.0))
    return hits
