"""Uploaded readouts: safe file names, size checks, and where uploads sit in the corpus.

Uploads are part of the corpus on purpose: they are indexed under the
source ``uploads/<name>``, kept when the rest of the corpus is rebuilt, and
removed only when asked. Pure functions, except ``store_uploads``, which
copies files.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ..errors import IngestError
from .formats import SUPPORTED

#: Sources of uploaded readouts start with this.
UPLOAD_PREFIX = "uploads/"
#: File types an upload may have (the ones ingest reads).
UPLOAD_TYPES = tuple(sorted({".txt", ".md", ".html", ".pdf"} & set(SUPPORTED)))


def is_upload(source: str) -> bool:
    """Whether an indexed source is an uploaded readout."""
    return source.startswith(UPLOAD_PREFIX)


def sanitize_filename(name: str) -> str:
    """A safe, plain file name: no folders, no leading dots, no control or path characters; letters of any
    script are kept ("日本語 名前.txt" -> "日本語-名前.txt").

    Raises IngestError when the type is not one an upload may have.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFC", base)
    stem, dot, suffix = base.rpartition(".")
    suffix = ("." + suffix.lower()) if dot else ""
    if suffix not in UPLOAD_TYPES:
        shown = suffix or "no extension"
        raise IngestError(f"{base or '?'}: type '{shown}' is not accepted. Upload {', '.join(UPLOAD_TYPES)} readouts.")
    stem = "".join(ch if (ch.isalnum() or ch in "._-") else "-" for ch in stem)
    stem = re.sub(r"-{2,}", "-", stem).strip("-._")[:80] or "readout"
    return stem + suffix


def store_uploads(
    files: Iterable[str | Path], upload_dir: Path, max_bytes: int, indexed: set[str]
) -> tuple[list[Path], list[str]]:
    """Copy uploaded files into ``upload_dir`` under sanitized names.

    Returns the stored paths and one message per rejected file. A name that
    an indexed readout from elsewhere already uses gets a numeric suffix, so an
    upload never silently replaces it; re-uploading the same name updates it.
    """
    upload_dir.mkdir(parents=True, exist_ok=True)
    stored: list[Path] = []
    problems: list[str] = []
    for f in files:
        src = Path(f)
        try:
            name = sanitize_filename(src.name)
        except IngestError as exc:
            problems.append(str(exc))
            continue
        size = src.stat().st_size if src.is_file() else -1
        if size < 0:
            problems.append(f"{src.name}: the upload did not arrive; try again.")
            continue
        if size > max_bytes:
            problems.append(f"{src.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit.")
            continue
        if size == 0:
            problems.append(f"{src.name}: the file is empty.")
            continue
        dest = upload_dir / name
        stem, suffix = dest.stem, dest.suffix
        k = 2
        while (UPLOAD_PREFIX + name in indexed and not dest.exists()) or dest in stored:
            dest = upload_dir / f"{stem}-{k}{suffix}"
            name = dest.name
            k += 1
        if src.resolve() != dest.resolve():
            shutil.copyfile(src, dest)
        stored.append(dest)
    return stored, problems
