"""Ingest: files in, Readout records out.

The text a readout is ingested as (see ``formats``) is what every offset
refers to. A title line and a ``Date:`` line at the top are read when
present; otherwise the title comes from the format (an HTML page's title)
or the file name. Every file that is not ingested is reported with the
reason, and nothing is read past the size limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Readout, sha256_text
from ..text.lexicon import FILENAME_ACRONYMS
from .dates import parse_date
from .files import Skipped, collect_files
from .formats import SUPPORTED, extract


@dataclass
class IngestReport:
    """What ingesting a set of paths produced: readouts, skipped files, warnings, and the corpus root."""

    readouts: list[Readout] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    root: Path | None = None


def ingest_paths(paths: Sequence[Path | str], max_bytes: int | None = None) -> IngestReport:
    """Read every supported file under ``paths`` into a Readout.

    Files that cannot be read are listed in ``report.skipped`` with the
    reason (also files over ``max_bytes``); decoding fallbacks are listed in
    ``report.warnings``. Raises IngestError when a path does not exist.
    """
    found = collect_files([Path(p) for p in paths], max_bytes)
    report = IngestReport(skipped=list(found.skipped), root=found.root)
    for f, rel in found.files:
        try:
            data = f.read_bytes()
        except OSError as exc:
            report.skipped.append(Skipped(rel, f"cannot be read ({exc.strerror or exc})"))
            continue
        try:
            readout, warning = parse_readout(data, rel, SUPPORTED[f.suffix.lower()])
        except ValueError as exc:
            report.skipped.append(Skipped(rel, str(exc)))
            continue
        if warning:
            report.warnings.append(f"{rel}: {warning}")
        report.readouts.append(readout)
    return report


def parse_readout(data: bytes, source: str, kind: str) -> tuple[Readout, str | None]:
    """Turn one file's bytes into a Readout; raises ValueError when unusable."""
    got = extract(data, kind)
    text = got.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError("empty: no text to index")
    if not re.search(r"[A-Za-z\u00C0-\u024F\u0370-\uFFFF]{2}", text):
        raise ValueError("no words found in the file")
    title, date, body_start = read_header(text)
    title_source = "text" if title else "format" if got.title else "file"
    title = title or got.title or title_from_filename(source)
    return Readout(
        source=source,
        text=text,
        title=title,
        date=date,
        body_start=body_start,
        sha256=sha256_text(text),
        pages=got.pages,
        title_source=title_source,
    ), got.warning


# --------------------------------------------------------------------------- header

_DATE_LINE = re.compile(r"^\s*(?:date|dated|published)\s*:\s*(?P<d>.+?)\s*$", re.IGNORECASE)


def read_header(text: str) -> tuple[str, str | None, int]:
    """Find a title line and a ``Date:`` line at the top of ``text``.

    Returns (title or "", ISO date or the raw date or None, offset where the
    body starts). A first line counts as a title only when it is short, does
    not end like a sentence, and is followed by a blank line or a date line.
    """
    lines = _top_lines(text)
    nonblank = [(i, off, line) for i, (off, line) in enumerate(lines) if line.strip()]
    title, date, header_end = "", None, None
    for n, (i, off, line) in enumerate(nonblank[:2]):
        stripped = line.strip()
        m = _DATE_LINE.match(line)
        if m:
            date = parse_date(m.group("d")) or m.group("d").strip()
            header_end = off + len(line)
            break
        following = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if n == 0 and _looks_like_title(stripped, following):
            title = stripped
            header_end = off + len(line)
            continue
        break
    body_start = header_end if header_end is not None else 0
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return title, date, body_start


def _top_lines(text: str) -> list[tuple[int, str]]:
    """The first lines of ``text``, where a header may stand, each with its offset."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n")[:8]:
        lines.append((pos, line))
        pos += len(line) + 1
    return lines


def date_line_span(text: str) -> tuple[int, int] | None:
    """Where a readout's ``Date:`` line is among its first lines (start, end of the line's words), or None."""
    for pos, line in _top_lines(text):
        if _DATE_LINE.match(line):
            return pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
    return None


def _looks_like_title(line: str, following: str) -> bool:
    if len(line) > 250:
        return False
    if _DATE_LINE.match(following):
        return True
    return not following and not line.endswith((".", ":", ";", ",", "!", "?"))


def title_from_filename(source: str) -> str:
    """A readable title from a file name: ``us-japan_call.txt`` -> ``U.S. Japan Call``."""
    stem = Path(source).stem
    words = re.sub(r"[_\-]+", " ", stem).split()
    titled = [FILENAME_ACRONYMS.get(w.lower(), w if w.isupper() else w.capitalize()) for w in words]
    return " ".join(titled) if titled else source
