"""The house rules, checked on the source: no import cycle, one module per outside dependency,
thin shells over the public API, and sizes a newcomer can read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every module this file imports (top level and inside functions; not under TYPE_CHECKING), absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for n in ast.walk(node))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.append((target, node.lineno))
            # "from . import x" may import a submodule x
            out += [(f"{target}.{a.name}", node.lineno) for a in node.names]
    return out


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for m, p in modules.items():
        for target, _ in _imports(p):
            if target in modules and target != m and not m.startswith(target + "."):
                graph[m].add(target)
    return graph


def find_cycles(graph: dict[str, set[str]], ignore: set[str] = frozenset()) -> list[list[str]]:
    """Every back edge of a depth-first walk, as the cycle it closes (empty when the graph is acyclic)."""
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt in ignore:
                continue
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    return cycles


def test_there_is_no_import_cycle_inside_the_package():
    graph = _graph()
    assert len(graph) > 20 and any(graph.values())
    # the package's __init__ only maps public names lazily: it may point anywhere
    assert find_cycles(graph, ignore={"assistant"}) == []


def test_the_cycle_check_finds_cycles():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize(
    "dependency, allowed",
    [
        ("faiss", {"assistant.index.store"}),
        ("torch", {"assistant.index.embed"}),
        ("sentence_transformers", {"assistant.index.embed"}),
        ("onnxruntime", {"assistant.index.embed"}),
        ("transformers", {"assistant.index.embed"}),
        ("langchain_openai", {"assistant.qa.llm"}),
        ("llama_cpp", {"assistant.qa.llm"}),
        ("psycopg", {"assistant.index.pg", "assistant.index.pg_read", "assistant.index.pg_write"}),
        ("pgvector", {"assistant.index.pg"}),
        ("gradio", {"assistant.ui.app", "assistant.ui.auth", "assistant.ui.layout"}),
    ],
)
def test_one_module_per_outside_dependency(dependency, allowed):
    users = set()
    for p in PACKAGE.rglob("*.py"):
        for target, _ in _imports(p):
            if target == dependency or target.startswith(dependency + "."):
                users.add(_module_name(p))
    assert users <= allowed, f"{dependency} imported by {sorted(users - allowed)}"


def test_cli_and_web_chat_use_only_the_public_api():
    public = {"assistant", "assistant.errors", "assistant.records", "assistant.render"}
    shells = [PACKAGE / "cli.py"] + sorted((PACKAGE / "ui").glob("*.py"))
    for p in shells:
        for target, line in _imports(p):
            if target.startswith("assistant") and not target.startswith("assistant.ui"):
                base = target if target in public else target.rpartition(".")[0]
                assert base in public, f"{p.name}:{line} imports {target}"


def test_modules_and_functions_stay_small():
    too_big = []
    for p in sorted(PACKAGE.rglob("*.py")):
        src = p.read_text(encoding="utf-8")
        if len(src.splitlines()) > 500:
            too_big.append(f"{p.relative_to(PACKAGE)}: {len(src.splitlines())} lines")
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60:
                too_big.append(
                    f"{p.relative_to(PACKAGE)}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1}"
                )
    assert too_big == []
