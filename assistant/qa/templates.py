"""Prompt templates: files in ``prompts/`` (shipped as ``assistant.prompts``), rendered strictly.

A template names its variables as ``{{name}}``. Rendering fails when a
variable is missing or when one is given that the template never uses (a
typo would otherwise leave a hole or silently drop text). Values are inserted
once, never re-expanded, so a passage that happens to contain ``{{x}}`` stays
as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..errors import AssistantError

_VAR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class TemplateError(AssistantError):
    """A prompt template is missing or was rendered with the wrong variables."""


@lru_cache(maxsize=32)
def load_template(name: str) -> str:
    """The text of ``prompts/<name>`` as shipped inside the package."""
    try:
        return resources.files("assistant.prompts").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError) as exc:
        raise TemplateError(
            f"Prompt template {name!r} is missing from assistant/prompts. Reinstall the package."
        ) from exc


def variables(template: str) -> set[str]:
    """The variable names a template uses."""
    return set(_VAR.findall(template))


def render(template: str, **values: object) -> str:
    """Fill ``{{name}}`` placeholders; raise TemplateError on a missing or unused variable."""
    wanted = variables(template)
    missing = sorted(wanted - values.keys())
    if missing:
        raise TemplateError(f"Prompt variable(s) missing: {', '.join(missing)}")
    unused = sorted(values.keys() - wanted)
    if unused:
        raise TemplateError(f"Prompt variable(s) not in the template: {', '.join(unused)}")
    return _VAR.sub(lambda m: str(values[m.group(1)]), template)


def render_file(name: str, **values: object) -> str:
    """Load ``prompts/<name>`` and render it strictly."""
    return render(load_template(name), **values)
