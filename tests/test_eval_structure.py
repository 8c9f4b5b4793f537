"""The shape of assistant/eval (issue 9): no import cycle (function-level imports included), no module over
500 lines, no function over 60, and the names benchmarks and notebooks import still importable."""

from __future__ import annotations

import ast
from pathlib import Path

import assistant.eval as eval_package

EVAL = Path(eval_package.__file__).resolve().parent


def _eval_imports(path: Path) -> set[str]:
    """The assistant.eval modules ``path`` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from .x import y / from . import x
                names = [node.module] if node.module else [a.name for a in node.names]
                found.update(n.split(".")[0] for n in names)
            elif node.module and node.module.startswith("assistant.eval."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[2] for a in node.names if a.name.startswith("assistant.eval."))
    return {m for m in found if (EVAL / f"{m}.py").exists()}


def test_no_import_cycle_inside_assistant_eval():
    graph = {p.stem: _eval_imports(p) for p in EVAL.glob("*.py")}
    assert graph["run"] >= {"datasets", "metrics", "scoring", "report"}, graph
    assert "run" not in graph["report"]  # the renderer takes plain data
    assert graph["metrics"] == set()  # pure functions, no dependency on the rest

    def visit(node, stack):
        assert node not in stack, f"import cycle: {' -> '.join([*stack, node])}"
        for nxt in graph[node]:
            visit(nxt, [*stack, node])

    for module in graph:
        visit(module, [])


def test_no_module_over_500_lines_and_no_function_over_60():
    modules = list(EVAL.glob("*.py"))
    assert len(modules) >= 6
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 500, path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno - node.lineno + 1 <= 60, f"{path.name}:{node.lineno} {node.name}"


def test_names_the_benchmarks_import_are_still_in_run():
    import assistant
    import assistant.eval.run as run
    from assistant.eval.run import abstention_scores, evaluate, load_testset, mean, percentile  # noqa: F401

    assert assistant.evaluate is run.evaluate
    for name in run.__all__:
        assert hasattr(run, name), name


def test_every_public_function_has_a_docstring():
    missing = []
    for path in EVAL.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                if not ast.get_docstring(node):
                    missing.append(f"{path.name}:{node.name}")
    assert not missing, missing
