"""Chunking: a readout's body into sentences and passages with exact offsets.

Pure functions. Invariants (tested with hypothesis): for every sentence and
passage ``readout.text[start:end] == text``; spans never start or end in
whitespace; sentences are in order and do not overlap; every passage is a run
of whole sentences.

Sentences come from nupunkt (a maintained Punkt implementation whose bundled
model knows abbreviations such as "U.S.", "Ms." and "Mr."), run paragraph by
paragraph so a heading or a bullet line never runs into the next sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Chunks, Passage, Readout, Sentence, SentenceRange
from ..text.lexicon import AMBIGUOUS_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS

#: Bumped whenever sentence or passage boundaries change.
#: 2: "Washington, D.C." followed by a capitalised word ends the sentence.
#: 3: an abbreviated title or rank ("Sr. Lt. Gen. Hoang Xuan Chien") never ends one.
CHUNKER_VERSION = 3

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Punkt cannot tell "the Japan-U.S. Alliance" from a sentence ending in "U.S."; readouts
# almost never end a sentence on such an abbreviation, so we join unless the next
# piece opens like a sentence.
_AMBIGUOUS_END = re.compile(r"(?:^|[\s\-(])(?:" + "|".join(re.escape(a) for a in AMBIGUOUS_ABBREVIATIONS) + r")\.$")
#: a piece ending in an abbreviated title or rank: the name that follows is of the same sentence
_TITLE_END = re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in TITLE_ABBREVIATIONS) + r")\.$")
_BULLET = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+")


@lru_cache(maxsize=1)
def _splitter():
    import nupunkt

    return nupunkt.sent_spans


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of paragraphs, with bullet and heading lines as blocks of their own."""
    blocks: list[tuple[int, int]] = []
    pos = start
    segment = text[start:end]
    cuts = [m.start() + start for m in _PARAGRAPH_BREAK.finditer(segment)] + [end]
    for cut in cuts:
        para_start, para_end = pos, cut
        lines = text[para_start:para_end].split("\n")
        # A paragraph of bullets, or lines that do not run on, is split by line.
        by_line = len(lines) > 1 and (
            any(_BULLET.match(line) for line in lines[1:])
            or all(not line.rstrip() or line.rstrip()[-1:] in '.!?:;"\u201d' for line in lines[:-1])
        )
        if by_line:
            off = para_start
            for line in lines:
                blocks.append((off, off + len(line)))
                off += len(line) + 1
        else:
            blocks.append((para_start, para_end))
        pos = cut
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as absolute (start, end) offsets."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    split = _splitter()
    for b_start, b_end in _blocks(text, start, end):
        b_start, b_end = _trim(text, b_start, b_end)
        if b_start >= b_end:
            continue
        block: list[tuple[int, int]] = []
        for s, e in split(text[b_start:b_end]):
            s, e = _trim(text, b_start + s, b_start + e)
            if s >= e:
                continue
            if block and _TITLE_END.search(text[block[-1][0] : block[-1][1]]) and text[s : s + 1].isupper():
                block[-1] = (block[-1][0], e)
                continue
            if block and _AMBIGUOUS_END.search(text[block[-1][0] : block[-1][1]]):
                raw = text[s:e].split(maxsplit=1)[0].strip("\"'“‘(")
                place_end = text[block[-1][0] : block[-1][1]].endswith("D.C.") and raw[:1].isupper()
                if raw.lower() not in SENTENCE_OPENERS and not place_end:
                    block[-1] = (block[-1][0], e)
                    continue
            block.append((s, e))
        spans.extend(sp for sp in _split_after_places(text, block) if any(ch.isalnum() for ch in text[sp[0] : sp[1]]))
    return spans


_PLACE_THEN_SENTENCE = re.compile(r"\bD\.C\.(?=\s+[A-Z])")


def _split_after_places(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split "... in Washington, D.C. Deputy Secretary Sherman welcomed ...", which Punkt keeps whole because
    it knows "D.C." as an abbreviation: a capital after "D.C." starts a new sentence."""
    out = []
    for s, e in block:
        for m in _PLACE_THEN_SENTENCE.finditer(text, s, e):
            cut = m.end()
            nxt = cut
            while nxt < e and text[nxt].isspace():
                nxt += 1
            out.append((s, cut))
            s = nxt
        out.append((s, e))
    return out


def sentences_of(readout: Readout) -> list[Sentence]:
    """The body sentences of a readout (the title and date lines are not quoted)."""
    return [
        Sentence(readout.source, s, e, readout.text[s:e]) for s, e in split_sentences(readout.text, readout.body_start)
    ]


def group_sentences(
    spans: list[tuple[int, int]], text: str, chunk_words: int, overlap: int = 0
) -> list[tuple[int, int]]:
    """Group consecutive sentence spans into passages of about ``chunk_words`` words.

    Returns (first, last_exclusive) sentence index pairs. A passage closes when
    adding the next sentence would pass ``chunk_words``; a single longer
    sentence makes a passage of its own. ``overlap`` sentences are repeated at
    the start of the next passage.
    """
    groups: list[tuple[int, int]] = []
    i = 0
    n = len(spans)
    while i < n:
        j = i
        words = 0
        while j < n:
            w = len(text[spans[j][0] : spans[j][1]].split())
            if j > i and words + w > chunk_words:
                break
            words += w
            j += 1
        groups.append((i, j))
        if j >= n:
            break
        i = max(j - overlap, i + 1)
    return groups


def chunk_readout(readout: Readout, chunk_words: int = 120, overlap: int = 0) -> Chunks:
    """A readout's body sentences, and its passages as runs of them."""
    sentences = sentences_of(readout)
    spans = [(s.start, s.end) for s in sentences]
    groups = group_sentences(spans, readout.text, chunk_words, overlap)
    return Chunks(readout, tuple(sentences), tuple(SentenceRange(a, b) for a, b in groups))


def passages_of(readout: Readout, chunk_words: int = 120, overlap: int = 0) -> list[Passage]:
    """The passages of a readout as records (exact spans, whole sentences)."""
    chunks = chunk_readout(readout, chunk_words, overlap)
    out = []
    for p in chunks.passages:
        start, end = chunks.passage_span(p)
        out.append(
            Passage(
                readout.source,
                start,
                end,
                readout.text[start:end],
                readout.title,
                readout.date,
                0.0,
                chunks.sentences[p.first : p.last],
            )
        )
    return out
