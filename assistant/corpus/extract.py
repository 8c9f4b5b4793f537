"""Readout records for one chunked readout: its meeting and every sentence's statement (one call).

A readout without a title of its own (its title came from the file name)
gets one made from its records: "Blinken – Kamikawa meeting · September 18 ·
New York City".
"""

from __future__ import annotations

import dataclasses

from ..records import Chunks, Meeting, Statement
from .meetings import EXTRACTOR_VERSION, describe, extract_meeting
from .statements import extract_statements

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(chunks: Chunks) -> tuple[Chunks, Meeting, list[Statement]]:
    """The meeting and statements of a chunked readout; the chunks come back retitled when the readout's
    title was only its file name."""
    sentences = list(chunks.sentences)
    meeting = extract_meeting(chunks.readout, sentences)
    title = describe(meeting, chunks.readout.text) if chunks.readout.title_source == "file" else None
    if title:
        readout = dataclasses.replace(chunks.readout, title=title, title_source="records")
        chunks = dataclasses.replace(chunks, readout=readout)
        meeting = dataclasses.replace(meeting, title=title)
    return chunks, meeting, extract_statements(sentences, meeting)
