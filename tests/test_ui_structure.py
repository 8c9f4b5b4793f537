"""The web chat's house rules (issue 9): small modules and functions, CSS and JavaScript in static files loaded
as package data, no process-wide hooks or locks of its own, and only the public API of the package."""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import ROOT

UI = ROOT / "assistant" / "ui"
MODULES = sorted(UI.glob("*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_no_module_over_500_lines_and_no_function_over_60():
    assert MODULES
    long_functions = []
    for path in MODULES:
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 500, f"{path.name} has {lines} lines"
        for node in ast.walk(_tree(path)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = node.end_lineno - node.lineno + 1
                if size > 60:
                    long_functions.append(f"{path.name}:{node.name} ({size} lines)")
    assert long_functions == []


def test_css_and_js_are_static_files_loaded_as_package_data():
    pytest.importorskip("gradio")
    from assistant.ui import app

    static = resources.files("assistant.ui").joinpath("static")
    for name in ("chat.css", "viewer.js", "docs.js"):
        assert app.static_text(name) == static.joinpath(name).read_text(encoding="utf-8")
        assert (UI / "static" / name).is_file()
    assert "mark.ra-hl" in app.static_text("chat.css") and "open_readout" in app.static_text("viewer.js")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"assistant.ui" = ["static/*.css", "static/*.js"' in pyproject  # shipped in the wheel
    for path in MODULES:  # no stylesheet or script kept in a Python string
        src = path.read_text(encoding="utf-8")
        assert "<style" not in src and "addEventListener" not in src and "querySelector" not in src, path.name


def test_no_hidden_state_no_atexit_no_lock_of_its_own():
    for path in MODULES:
        tree = _tree(path)
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not imported & {"atexit", "threading", "shutil", "unicodedata"}, (path.name, imported)
        calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
        assert not {"hasattr", "setattr", "os.environ.setdefault"} & calls, (path.name, calls)
        names = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        assert not names & {"_ReadWriteLock", "sanitize_filename", "store_uploads"}, path.name
        for node in tree.body:  # module level: constants only, no mutable containers to share between requests
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                continue
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, (ast.List, ast.Dict, ast.Set)):
                pytest.fail(f"{path.name}:{node.lineno} keeps a mutable container at module level")
        src = path.read_text(encoding="utf-8")
        assert not re.search(r'/\s*"uploads"|"uploads/|index_dir\)\s*/', src), f"{path.name} decides where uploads live"


def test_only_the_public_api_of_the_package():
    """Relative imports reach only the package's top level (``from .. import Assistant, AssistantError``), the
    shared renderer ``assistant.render``, and the ui's own modules."""
    for path in MODULES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                assert node.module in (None, "render"), f"{path.name}:{node.lineno} imports ..{node.module}"
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                assert not (node.module or "").startswith("assistant"), f"{path.name}:{node.lineno}"
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                owner = ast.unparse(node.value)
                assert owner in ("self", "cls") or not owner.startswith(("asst", "self.asst")), (
                    f"{path.name}:{node.lineno} uses a private member {owner}.{node.attr}"
                )


def test_the_cli_still_finds_launch():
    pytest.importorskip("gradio")
    from assistant.ui.app import launch

    assert callable(launch)
    assert "launch" in (ROOT / "assistant" / "cli.py").read_text(encoding="utf-8")
