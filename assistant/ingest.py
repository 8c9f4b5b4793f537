"""Ingest: files (.txt, .md, .html) in, Readout records out.

The text a readout is ingested as is what every offset refers to. Plain text
is kept byte for byte (after decoding); Markdown loses its markup (heading
hashes, emphasis, link targets) and HTML its tags, so that quotes read as
prose. Every file that is not ingested is reported with the reason.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from datetime import date as _date
from html.parser import HTMLParser
from pathlib import Path

from .records import Readout, sha256_text

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Skipped:
    """A file that was not ingested, and why."""

    path: str
    reason: str


@dataclass
class IngestReport:
    """What ingesting a set of paths produced: readouts, skipped files, warnings."""

    readouts: list[Readout] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    root: Path | None = None


# --------------------------------------------------------------------------- files


def collect_files(paths: list[Path]) -> tuple[list[tuple[Path, Path]], list[Skipped], Path]:
    """Expand ``paths`` (files or folders, recursively) into (file, root) pairs.

    Returns the files to read, the ones skipped for their type, and the corpus
    root that sources are named relative to: the folder when a single folder is
    given, else the deepest folder containing every input.
    """
    missing = [p for p in paths if not p.exists()]
    if missing:
        from .errors import IngestError

        raise IngestError(
            f"No such file or folder: {', '.join(str(m) for m in missing)}. Check the path and try again."
        )
    resolved = [p.resolve() for p in paths]
    if len(resolved) == 1 and resolved[0].is_dir():
        root = resolved[0]
    else:
        parents = [p if p.is_dir() else p.parent for p in resolved]
        root = Path(os.path.commonpath([str(p) for p in parents]))
    files: list[tuple[Path, Path]] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for p in resolved:
        candidates = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in candidates:
            if f in seen:
                continue
            seen.add(f)
            rel = f.relative_to(root).as_posix()
            if any(part.startswith(".") for part in f.relative_to(root).parts):
                skipped.append(Skipped(rel, "hidden file or folder"))
            elif f.suffix.lower() not in SUPPORTED:
                kinds = ", ".join(sorted({k for k in SUPPORTED if len(k) <= 5}))
                skipped.append(Skipped(rel, f"unsupported type '{f.suffix or 'no extension'}' (supported: {kinds})"))
            else:
                files.append((f, root))
    return files, skipped, root


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (BOM allowed), falling back to Windows-1252.

    Returns the text and a warning when the fallback was used. Raises
    ValueError for data that looks binary.
    """
    if b"\x00" in data[:4096]:
        raise ValueError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252"), f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), f"not valid UTF-8 (byte {exc.start}); decoded as Latin-1"


def ingest_paths(paths: list[Path | str]) -> IngestReport:
    """Read every supported file under ``paths`` into a Readout.

    Files that cannot be read are listed in ``report.skipped`` with the reason;
    decoding fallbacks are listed in ``report.warnings``.
    """
    files, skipped, root = collect_files([Path(p) for p in paths])
    report = IngestReport(skipped=skipped, root=root)
    for f, base in files:
        rel = f.relative_to(base).as_posix()
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
    text, warning = decode(data)
    html_title = None
    if kind == "html":
        text, html_title = html_to_text(text)
    elif kind == "markdown":
        text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError("empty: no text to index")
    if not re.search(r"[A-Za-z\u00C0-\u024F\u0370-\uFFFF]{2}", text):
        raise ValueError("no words found in the file")
    title, date, body_start = read_header(text)
    if html_title and not title:
        title = html_title
    if not title:
        title = title_from_filename(source)
    readout = Readout(
        source=source,
        text=text,
        title=title,
        date=date,
        body_start=body_start,
        sha256=sha256_text(text),
        people=tuple(find_people(text)),
    )
    return readout, warning


# --------------------------------------------------------------------------- header

_DATE_LINE = re.compile(r"^\s*(?:date|dated|published)\s*:\s*(?P<d>.+?)\s*$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def parse_date(raw: str) -> str | None:
    """Parse the common written date forms to ISO ``YYYY-MM-DD``; None if unknown."""
    s = raw.strip().lower().replace(",", " ").replace(".", " ")
    s = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw.strip())
    if m:
        y, mo, d = map(int, m.groups())
    else:
        tokens = s.split()
        y = mo = d = None
        for t in tokens:
            if t.isdigit() and len(t) == 4:
                y = int(t)
            elif t.isdigit() and len(t) <= 2:
                d = int(t)
            elif t in _MONTHS:
                mo = _MONTHS[t]
        if None in (y, mo, d):
            return None
    try:
        return _date(y, mo, d).isoformat()
    except ValueError:
        return None


def read_header(text: str) -> tuple[str, str | None, int]:
    """Find a title line and a ``Date:`` line at the top of ``text``.

    Returns (title or "", ISO date or the raw date or None, offset where the
    body starts). A first line counts as a title only when it is short, does
    not end like a sentence, and is followed by a blank line or a date line.
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n")[:8]:
        lines.append((pos, line))
        pos += len(line) + 1
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
    acronyms = {"us": "U.S.", "uk": "UK", "un": "UN", "eu": "EU", "nato": "NATO", "g7": "G7", "g20": "G20"}
    titled = [acronyms.get(w.lower(), w if w.isupper() else w.capitalize()) for w in words]
    return " ".join(titled) if titled else source


# --------------------------------------------------------------------------- people

_ROLE = (
    r"(?:President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister|"
    r"Secretary(?: of State| General)?|Deputy Secretary|Under Secretary|Assistant Secretary|Chancellor|King|Queen|"
    r"Crown Prince|Emir|Sheikh|Ambassador|Special Envoy|Special Representative|General|Admiral|"
    r"National Security Advisor|Spokesperson|Premier|Senator|Governor|Mr\.|Ms\.|Mrs\.|Dr\.)"
)
_WORD = r"(?:[A-Z][a-z\u00C0-\u024F'\-]+|[A-Z]\.|[A-Z]{2,}(?![a-z]))"
_NAME = rf"{_WORD}(?:[ ](?:{_WORD}|al|bin|de|van|von|da))*"
_PERSON = re.compile(rf"\b{_ROLE}[ ](?P<name>{_NAME})")
_NOT_NAMES = {"Of", "The", "And", "Minister", "Secretary", "President", "Meeting", "Call", "Date",
              "Assembly", "Council", "Government", "Office", "Ministry", "Department"}


def find_people(text: str) -> list[str]:
    """Names that follow a role word ("Foreign Minister Hayashi"), in order of appearance."""
    seen: dict[str, None] = {}
    for m in _PERSON.finditer(text):
        words = []
        for w in m.group("name").split(" "):
            if w in _NOT_NAMES:
                break
            words.append(w)
        while words and re.fullmatch(r"[A-Z]\.", words[-1]):
            words.pop()
        name = " ".join(words)
        if len(name) >= 3:
            seen.setdefault(name, None)
    return list(seen)


# --------------------------------------------------------------------------- markup


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "header", "footer", "blockquote", "ul", "ol", "table", "main"}
    SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False
        self._h1: list[str] | None = None
        self.h1: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "h1" and self.h1 is None:
            self._h1 = []
        if tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "h1" and self._h1 is not None:
            self.h1 = " ".join("".join(self._h1).split())
            self._h1 = None
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self.skip_depth:
            return
        if self._h1 is not None:
            self._h1.append(data)
        self.parts.append(data)


def html_to_text(source: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, paragraphs separated by blank lines, and its title."""
    parser = _HTMLText()
    parser.feed(source)
    parser.close()
    raw = "".join(parser.parts).replace("\xa0", " ")
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(p for p in paragraphs if p)
    title = parser.h1 or (" ".join(parser.title.split()) if parser.title else None)
    return text, title


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])")


def markdown_to_text(source: str) -> str:
    """Markdown to plain prose: drop heading hashes, emphasis marks, link targets, front matter."""
    text = source
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4:].lstrip("\n")
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"\s+#+\s*$", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or "", line)
        line = line.replace("\\", "") if "\\" in line else line
        out.append(html.unescape(line))
    return "\n".join(out)
