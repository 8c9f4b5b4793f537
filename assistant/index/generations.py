"""Generations of a folder index: one writer at a time, readers that always see a whole generation.

Layout of ``index_dir``::

    CURRENT        the name of the live generation, replaced atomically (os.replace)
    WRITER         the writers' lock file: one process updates the index at a time
    gen-<id>/      one complete index; READERS inside it is locked (shared) by every
                   process that has the generation open
    .tmp-*         a generation being written (or left by a crash)
    uploads/       readouts uploaded through the web chat (part of the corpus)

A writer holds an exclusive ``flock`` on ``WRITER`` for the whole update,
writes a new generation under a temporary name, renames it into place and
only then switches ``CURRENT``: a crash at any moment leaves the old
generation live. A superseded generation is deleted only once no process
holds its ``READERS`` lock, so nobody reading it ever loses it. A reader
that finds the generation named by ``CURRENT`` gone (it lost a race with
that deletion) reads the pointer again.

Every name read from the index (the pointer, file names in the manifest)
must be a plain name inside ``index_dir``; anything else is damage.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import IndexBusyError, IndexCorruptError

POINTER = "CURRENT"
WRITER_LOCK = "WRITER"
READERS_LOCK = "READERS"
_GENERATION = re.compile(r"^gen-[A-Za-z0-9-]{1,80}$")


def generation_name() -> str:
    """A fresh, sortable generation name."""
    return f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"


def read_pointer(index_dir: Path) -> str | None:
    """The live generation's name, or None when there is no index. Raises IndexCorruptError for a pointer
    that names anything but a generation folder of this index (``../elsewhere``, an absolute path)."""
    try:
        raw = (index_dir / POINTER).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(
            f"The index in {index_dir}/ is damaged: its {POINTER} file is unreadable ({exc}). "
            f"Rebuild it with: assistant index --index-dir {index_dir}"
        ) from None
    name = raw.strip()
    if not _GENERATION.match(name):
        raise IndexCorruptError(
            f"The index in {index_dir}/ is damaged: {POINTER} names {name[:80]!r}, which is not "
            f"a generation of this index. Rebuild it with: assistant index --index-dir {index_dir}"
        )
    return name


def has_index(index_dir: Path) -> bool:
    """Whether ``index_dir`` holds a live generation (cheap: reads the pointer and one file's metadata)."""
    try:
        name = read_pointer(index_dir)
    except IndexCorruptError:
        return True  # something is there: opening it will say what is wrong
    return name is not None and (index_dir / name / "manifest.json").is_file()


def looks_used(index_dir: Path) -> bool:
    """Whether ``index_dir`` has any trace of an index (a pointer or a generation): never build over it blindly."""
    if not index_dir.is_dir():
        return False
    return (index_dir / POINTER).exists() or any(index_dir.glob("gen-*"))


class ReaderHold:
    """A shared lock on a generation's READERS file, held while the generation is open."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def hold_live_generation(index_dir: Path, attempts: int = 50) -> tuple[Path, ReaderHold] | None:
    """Find the live generation and take a reader's hold on it, so no writer deletes it while it is read.

    Returns None when there is no index. A generation deleted between
    reading the pointer and locking it is retried with the new pointer.
    """
    for attempt in range(attempts):
        name = read_pointer(index_dir)
        if name is None:
            return None
        gen = index_dir / name
        try:
            fd = os.open(gen / READERS_LOCK, os.O_RDONLY)
        except FileNotFoundError:
            time.sleep(0.002 * (attempt + 1))  # superseded and deleted under us: the pointer has moved on
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)  # being deleted right now
            time.sleep(0.002 * (attempt + 1))
            continue
        if not (gen / "manifest.json").is_file():
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            continue
        hold = ReaderHold(gen, fd)
        try:
            _check_no_links(index_dir, gen)
        except BaseException:
            hold.release()
            raise
        return gen, hold
    raise IndexCorruptError(
        f"The index in {index_dir}/ kept changing while it was opened ({attempts} tries). "
        "Try again; if it persists, another process is rewriting it in a loop."
    )


def _check_no_links(index_dir: Path, gen: Path) -> None:
    """A generation and everything in it must be real folders and files: a symbolic link would have the index
    read from outside its folder. Raises IndexCorruptError naming the link."""
    links = [gen] if gen.is_symlink() else [p for p in gen.rglob("*") if p.is_symlink()]
    if links:
        raise IndexCorruptError(
            f"The index in {index_dir}/ is damaged: {links[0].relative_to(index_dir)} is a "
            "symbolic link, and an index reads nothing outside the index folder. "
            f"Rebuild it with: assistant index --index-dir {index_dir}"
        )


@contextlib.contextmanager
def writer_lock(index_dir: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index's writer lock: one update at a time across processes.

    When another process holds it: with ``wait`` call ``on_wait`` with a
    message naming that process, then block until it finishes; without,
    raise IndexBusyError naming it.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / WRITER_LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            holder = _holder(fd)
            message = f"Another process ({holder}) is updating the index in {index_dir}/"
            if not wait:
                raise IndexBusyError(f"{message}. Wait for it to finish, or run again without --no-wait.") from None
            if on_wait:
                on_wait(message + "; waiting for it to finish.")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {time.strftime('%H:%M:%S')}\n".encode(), 0)
        try:
            yield
        finally:
            tidy(index_dir)
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing releases the lock


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "pid unknown"


def remove_stale_tmp(index_dir: Path) -> None:
    """Remove what killed writers left: ``.tmp-gen-*`` folders and ``.tmp-CURRENT-*`` files. Call with the
    writer lock held (then none of them is being written)."""
    for stale in index_dir.glob(".tmp-*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def tidy(index_dir: Path) -> None:
    """At the end of an update, the writer lock still held: remove crash leftovers and every superseded
    generation nobody holds. The generation the writer itself read while writing is released by then, so it
    goes now rather than at the next update (without this, every index kept a full superseded copy)."""
    try:
        live = read_pointer(index_dir)
    except IndexCorruptError:
        return  # a damaged pointer: delete nothing, opening the index will say what is wrong
    with contextlib.suppress(OSError):
        remove_stale_tmp(index_dir)
        if live is not None and (index_dir / live / "manifest.json").is_file():
            collect_garbage(index_dir, keep=live)


def new_folder(index_dir: Path) -> tuple[str, Path]:
    """A temporary folder for a new generation; leftovers of crashed writers are removed first.

    Call with the writer lock held: then no other writer's folder can be live.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_tmp(index_dir)
    name = generation_name()
    tmp = index_dir / f".tmp-{name}"
    tmp.mkdir()
    (tmp / READERS_LOCK).touch()
    return name, tmp


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def commit(index_dir: Path, tmp: Path, name: str, fresh: list[Path]) -> Path:
    """fsync the new files, rename the folder into place, switch CURRENT to it, then remove superseded
    generations nobody holds. Call with the writer lock held."""
    for f in fresh:
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())
    final = index_dir / name
    os.rename(tmp, final)
    fsync_dir(index_dir)
    pointer_tmp = index_dir / f".tmp-{POINTER}-{uuid.uuid4().hex[:8]}"
    pointer_tmp.write_text(name + "\n", encoding="utf-8")
    with open(pointer_tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, index_dir / POINTER)
    fsync_dir(index_dir)
    collect_garbage(index_dir, keep=name)
    return final


def collect_garbage(index_dir: Path, keep: str) -> list[str]:
    """Delete every generation but ``keep`` that no process holds open; returns the names deleted."""
    deleted = []
    for old in sorted(index_dir.glob("gen-*")):
        if old.name == keep or not old.is_dir() or old.is_symlink():
            continue
        lock = old / READERS_LOCK
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:
            shutil.rmtree(old, ignore_errors=True)  # incomplete leftover without a readers' file
            deleted.append(old.name)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)  # somebody is reading it: a later writer will remove it
            continue
        try:
            # unlink the lock file first: a reader that opens it from now on finds it gone and re-reads CURRENT
            lock.unlink(missing_ok=True)
            shutil.rmtree(old, ignore_errors=True)
            deleted.append(old.name)
        finally:
            os.close(fd)
    return deleted
