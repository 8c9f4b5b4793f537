"""The package's exceptions. Each message says what to do next.

The library raises these; the CLI and the web chat turn them into one-line
messages (never tracebacks).
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: an error the user can act on; ``str(err)`` says how."""


class IndexMissingError(AssistantError):
    """No index where one was expected."""


class IndexMismatchError(AssistantError):
    """The index on disk was built with settings that differ from the running ones."""


class IndexCorruptError(AssistantError):
    """The index on disk is unreadable or incomplete."""


class IndexBusyError(AssistantError):
    """Another process is updating the index and the caller chose not to wait."""


class IngestError(AssistantError):
    """Input files could not be read into readouts (nothing was indexed)."""


class ConfigError(AssistantError):
    """A setting is invalid."""


class MissingDependencyError(AssistantError):
    """An optional dependency is not installed."""


class LLMError(AssistantError):
    """The configured language model could not be used."""


class EvalDataError(AssistantError):
    """A test set could not be parsed."""


def require(module: str, extra: str):
    """Import ``module`` or raise MissingDependencyError naming the extra to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            f"This needs the Python package '{module.split('.')[0]}'. "
            f"Install it with: pip install 'readout-assistant[{extra}]'"
        ) from exc
