"""Which files a set of paths names: regular files of a supported type, each skip listed with its reason.

Only regular files are ever opened: FIFOs, sockets and devices are skipped
(reading a FIFO would wait forever), as are broken symbolic links, link
loops and links to folders (not followed, so a link cannot pull a whole
tree in or loop). A file larger than the size limit is skipped before it is
read, so memory stays bounded whatever is on disk.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from .formats import SUPPORTED


@dataclass(frozen=True)
class Skipped:
    """A file that was not ingested, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class FileSet:
    """What a set of paths names: the files to read (path, source name), what was skipped, and the corpus root."""

    files: tuple[tuple[Path, str], ...]
    skipped: tuple[Skipped, ...]
    root: Path


def _kinds() -> str:
    return ", ".join(sorted({k for k in SUPPORTED if len(k) <= 5}))


def corpus_root(paths: list[Path]) -> Path:
    """The folder sources are named relative to: the folder when one folder is given, else the deepest
    folder holding every input."""
    if len(paths) == 1 and paths[0].is_dir():
        return paths[0]
    parents = [p if p.is_dir() else p.parent for p in paths]
    return Path(os.path.commonpath([str(p) for p in parents]))


def check_file(path: Path, max_bytes: int | None) -> str | None:
    """Why ``path`` cannot be read as a readout (None when it can): not a regular file, a broken or looping
    link, unreadable, or over ``max_bytes``."""
    try:
        st = path.stat()  # follows a link to its target
    except FileNotFoundError:
        return "broken symbolic link (its target does not exist)" if path.is_symlink() else "no longer exists"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "symbolic link loop"
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISDIR(st.st_mode):
        return "symbolic link to a folder (not followed)"
    if not stat.S_ISREG(st.st_mode):
        what = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "a device"
        return f"not a regular file ({what})"
    if max_bytes is not None and st.st_size > max_bytes:
        return (
            f"too large ({st.st_size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:g} MB per readout, "
            "set by ASSISTANT_MAX_READOUT_MB)"
        )
    return None


def collect_files(paths: list[Path], max_bytes: int | None = None) -> FileSet:
    """Expand ``paths`` (files or folders, recursively) into the files to read and the ones skipped.

    Raises IngestError when a path does not exist.
    """
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise IngestError(
            f"No such file or folder: {', '.join(str(m) for m in missing)}. Check the path and try again."
        )
    resolved = [p.absolute() if p.is_symlink() else p.resolve() for p in paths]
    root = corpus_root(resolved)
    files: list[tuple[Path, str]] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for p in resolved:
        for f in _walk(p) if p.is_dir() and not p.is_symlink() else [p]:
            if f in seen:
                continue
            seen.add(f)
            rel = _relative(f, root)
            if any(part.startswith(".") for part in Path(rel).parts):
                reason: str | None = "hidden file or folder"
            elif f.suffix.lower() in SUPPORTED:
                reason = check_file(f, max_bytes)
            else:  # a link or a FIFO says so; a regular file is of the wrong type
                reason = (
                    check_file(f, None) or f"unsupported type '{f.suffix or 'no extension'}' (supported: {_kinds()})"
                )
            if reason:
                skipped.append(Skipped(rel, reason))
            else:
                files.append((f, rel))
    return FileSet(tuple(files), tuple(skipped), root)


def _walk(folder: Path) -> list[Path]:
    """Every entry under ``folder`` that is not a real folder (files, links, FIFOs ...), sorted; links to
    folders are listed, not followed."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        out.extend(base / d for d in dirnames if (base / d).is_symlink())
        out.extend(base / f for f in filenames)
    return sorted(out)


def _relative(f: Path, root: Path) -> str:
    try:
        return f.relative_to(root).as_posix()
    except ValueError:
        return f.as_posix()
