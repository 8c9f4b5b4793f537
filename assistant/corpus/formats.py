"""File formats: bytes in, the text a readout is ingested as out.

What a function here returns is what every offset refers to. Plain text is
kept as it is (after decoding). HTML goes through trafilatura, which keeps
the article and drops page furniture (menus, footers, share buttons); its
title becomes the first line. Markdown loses its markup (heading hashes,
emphasis, link targets). PDF pages are extracted with pypdf and joined by
blank lines, and the offset where each page starts is kept, so a citation
can name its page.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from typing import Any

#: Extensions read, and the format each one is read as.
SUPPORTED = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}


@dataclass(frozen=True)
class Extracted:
    """A file's text as ingested, what the format told of its title, its page starts, and a decoding note."""

    text: str
    title: str | None = None
    pages: tuple[int, ...] = ()
    warning: str | None = None


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


def extract(data: bytes, kind: str) -> Extracted:
    """The text of one file's bytes read as ``kind`` ("text", "markdown", "html" or "pdf").

    Raises ValueError when the bytes cannot be read as that format.
    """
    if kind == "pdf":
        return pdf_to_text(data)
    text, warning = decode(data)
    if kind == "html":
        body, title = html_to_text(text)
        return Extracted(body, title, warning=warning)
    if kind == "markdown":
        text = markdown_to_text(text)
    return Extracted(text, None, warning=warning)


# ------------------------------------------------------------------------------------------ HTML
def html_to_text(source: str) -> tuple[str, str | None]:
    """The article text of an HTML page, paragraphs separated by blank lines, and its title.

    The title (the page's ``<h1>`` or ``<title>``, as trafilatura finds it)
    is the first line when the article does not already start with it.
    """
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        source, favor_recall=True, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    text = getattr(doc, "text", None)
    raw_title = getattr(doc, "title", None)
    body = text or _visible_text(source)
    title = " ".join(raw_title.split()) if raw_title else None
    paragraphs = [" ".join(p.split()) for p in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs), title


def _visible_text(source: str) -> str:
    """All visible text of a fragment too small for article extraction, one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fromstring(source)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


# ------------------------------------------------------------------------------------------ Markdown
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])")


def markdown_to_text(source: str) -> str:
    """Markdown to plain prose: drop heading hashes, emphasis marks, link targets, front matter."""
    text = source
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4 :].lstrip("\n")
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"\s+#+\s*$", "", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or "", line)
        line = line.replace("\\", "") if "\\" in line else line
        out.append(html.unescape(line))
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ PDF
def pdf_to_text(data: bytes) -> Extracted:
    """The text of every page of a PDF, pages separated by blank lines, with each page's start offset."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        page_texts = [] if encrypted else [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if not encrypted and reader.metadata and reader.metadata.title else None
    except Exception as exc:  # on a malformed file pypdf raises many kinds (LimitReachedError, IndexError ...)
        raise ValueError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:200]})") from None
    if encrypted:
        raise ValueError("the PDF is encrypted; save an unencrypted copy and index that")
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for text in page_texts:
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")).strip()
        starts.append(pos)
        parts.append(text)
        pos += len(text) + 2
    return Extracted("\n\n".join(parts), " ".join(title.split()) if title else None, tuple(starts))
