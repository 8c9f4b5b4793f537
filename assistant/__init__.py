"""Readout assistant: cited, verifiable answers over diplomatic meeting readouts.

    from assistant import Assistant
    asst = Assistant.build("seeds/", index_dir="index/")
    answer = asst.ask("What did the ministers agree on security?")

Heavy modules (torch, faiss, gradio) load only when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

_LAZY = {
    "Assistant": ("api", "Assistant"),
    "BuildReport": ("index.build", "BuildReport"),
    "Answer": ("records", "Answer"),
    "Citation": ("records", "Citation"),
    "Passage": ("records", "Passage"),
    "Readout": ("records", "Readout"),
    "Sentence": ("records", "Sentence"),
    "Settings": ("config", "Settings"),
    "load_settings": ("config", "load_settings"),
    "AssistantError": ("errors", "AssistantError"),
    "IndexMissingError": ("errors", "IndexMissingError"),
    "IndexMismatchError": ("errors", "IndexMismatchError"),
    "IngestError": ("errors", "IngestError"),
    "ConfigError": ("errors", "ConfigError"),
    "IndexBusyError": ("errors", "IndexBusyError"),
    "IndexCorruptError": ("errors", "IndexCorruptError"),
    "Passages": ("records", "Passages"),
    "Meeting": ("records", "Meeting"),
    "Meetings": ("records", "Meetings"),
    "Participant": ("records", "Participant"),
    "Statement": ("records", "Statement"),
    "Statements": ("records", "Statements"),
    "MAX_QUESTION_CHARS": ("config", "MAX_QUESTION_CHARS"),
    "evaluate": ("eval.run", "evaluate"),
    "load_report": ("eval.run", "load_report"),
    "load_testset": ("eval.run", "load_testset"),
    "select_split": ("eval.run", "select_split"),
    "copy_index": ("api", "copy_index"),
}

__all__ = sorted(_LAZY)

if TYPE_CHECKING:  # pragma: no cover
    from .api import Assistant, copy_index
    from .config import MAX_QUESTION_CHARS, Settings, load_settings
    from .errors import (
        AssistantError,
        ConfigError,
        IndexBusyError,
        IndexCorruptError,
        IndexMismatchError,
        IndexMissingError,
        IngestError,
    )
    from .eval.run import evaluate, load_report, load_testset, select_split
    from .index.build import BuildReport
    from .records import (
        Answer,
        Citation,
        Meeting,
        Meetings,
        Participant,
        Passage,
        Passages,
        Readout,
        Sentence,
        Statement,
        Statements,
    )


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
