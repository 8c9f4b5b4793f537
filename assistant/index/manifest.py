"""The manifest: what an index says about itself, checked on open.

It records the format version, the embedding model and its dimension, the
versions of every stage whose output is stored (tokenizer, chunker, record
extractor) and the settings they ran with, and a hash of every readout. A
store refuses a manifest of the wrong shape as damaged, and an index built
with other settings as mismatched, each with the command that fixes it.
Pure functions.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from ..config import Settings
from ..corpus.chunking import CHUNKER_VERSION
from ..corpus.meetings import EXTRACTOR_VERSION
from ..errors import IndexCorruptError, IndexMismatchError
from ..records import Readout
from ..text.tokenize import TOKENIZER_VERSION

#: Bumped when the stored layout changes (tables, files); an older index is rebuilt, never misread.
FORMAT_VERSION = 2

#: A file name inside a generation: no folders, no way out of it.
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def fingerprint(settings: Settings, model_id: str | None = None) -> dict[str, Any]:
    """The settings and stage versions an index depends on; a difference on open is a mismatch."""
    return {
        "tokenizer": TOKENIZER_VERSION,
        "chunker": CHUNKER_VERSION,
        "model": model_id or settings.model,
        "chunk_words": settings.chunk_words,
        "chunk_overlap": settings.chunk_overlap,
        "max_seq_length": settings.max_seq_length,
    }


def file_entry(r: Readout) -> dict[str, Any]:
    """What the manifest keeps of one readout."""
    return {"sha256": r.sha256, "chars": len(r.text), "title": r.title, "date": r.date}


def new_manifest(
    *,
    embedder,
    dimension: int,
    settings_fp: Mapping[str, Any],
    corpus_root: str | None,
    readouts: list[Readout],
    counts: Mapping[str, int],
) -> dict[str, Any]:
    """The manifest of a full build."""
    return {
        "model": embedder.model_id,
        "dimension": int(dimension),
        "settings": dict(settings_fp),
        "corpus_root": corpus_root,
        "files": {r.source: file_entry(r) for r in readouts},
        "counts": dict(counts),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        # which backend computed the vectors; torch and onnx-int8 vectors agree to cosine > 0.99,
        # so either may query or extend the index (see embed.OnnxEmbedder)
        "embed_backend": getattr(embedder, "backend", "custom"),
        "extractor": EXTRACTOR_VERSION,
    }


def appended_manifest(
    old: Mapping[str, Any], *, embedder, readouts: list[Readout], added: Mapping[str, int]
) -> dict[str, Any]:
    """The manifest of ``old`` plus new readouts (``added``: counts of new readouts, passages, sentences)."""
    manifest = dict(old)
    manifest["files"] = {**old["files"], **{r.source: file_entry(r) for r in readouts}}
    manifest["counts"] = {k: int(old["counts"].get(k, 0)) + int(added.get(k, 0)) for k in old["counts"]}
    manifest["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    manifest["embed_backend"] = getattr(embedder, "backend", "custom")
    return manifest


def validate(manifest: Any, where: str) -> dict[str, Any]:
    """Check a manifest's shape; raises IndexCorruptError naming what is wrong (never a bare KeyError later)."""

    def bad(what: str) -> IndexCorruptError:
        return IndexCorruptError(
            f"The index in {where} is damaged: its manifest {what}. "
            f"Rebuild it with: assistant index PATH_TO_READOUTS --index-dir {where}"
        )

    if not isinstance(manifest, dict):
        raise bad(f"is a JSON {type(manifest).__name__}, not an object")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"The index in {where} has format version {manifest.get('format_version')!r}; this version reads "
            f"{FORMAT_VERSION}. Rebuild it with: assistant index PATH_TO_READOUTS --index-dir {where}"
        )
    expected = {"model": str, "dimension": int, "settings": dict, "files": dict, "counts": dict}
    for key, kind in expected.items():
        if not isinstance(manifest.get(key), kind):
            raise bad(f"has no valid '{key}'")
    if manifest["dimension"] <= 0:
        raise bad("gives a dimension below 1")
    for key in ("readouts", "passages", "sentences"):
        if not isinstance(manifest["counts"].get(key), int) or manifest["counts"][key] < 0:
            raise bad(f"has no valid count of {key}")
    segments = manifest.get("segments", {})
    if not isinstance(segments, dict) or not all(
        isinstance(files, list) and all(isinstance(f, str) and _PLAIN_NAME.match(f) for f in files)
        for files in segments.values()
    ):
        raise bad("names files outside its folder")
    return manifest


def check_compatible(manifest: Mapping[str, Any], wanted: Mapping[str, Any], where: str, records: bool = False) -> None:
    """Raise IndexMismatchError when the index was built with other settings than ``wanted`` (with
    ``records``, also when its readout records come from another extractor version)."""
    if records and manifest.get("extractor") != EXTRACTOR_VERSION:
        raise IndexMismatchError(
            f"The index in {where} holds readout records of extractor version {manifest.get('extractor')}; this "
            f"version makes version {EXTRACTOR_VERSION}. Update it (vectors are reused) with: assistant index "
            f"PATH_TO_READOUTS --index-dir {where}"
        )
    built = manifest.get("settings", {})
    diffs = [f"{k}: index has {built.get(k)!r}, settings say {v!r}" for k, v in wanted.items() if built.get(k) != v]
    if diffs:
        hint = (
            f"ASSISTANT_MODEL={built.get('model')}"
            if any(d.startswith("model:") for d in diffs)
            else "the settings it was built with"
        )
        raise IndexMismatchError(
            f"The index in {where} was built with other settings ({'; '.join(diffs)}). "
            f"Rebuild it with: assistant index --index-dir {where}, or run with {hint}."
        )
