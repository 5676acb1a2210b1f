"""Data flows one way: every module imports, the package's imports form no cycle, the stages
never import what sits above them, and nothing imports the CLI."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import raadsassistent

PACKAGE = raadsassistent.__name__
# Above the stages, lowest first: each may import only what is lower.
UPPER = ("pipeline", "meeting", "batch", "cli")
ENTRY_POINTS = {"__main__"}  # ``python -m raadsassistent`` runs the CLI


def modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(raadsassistent.__path__))


def imported(name: str) -> set[str]:
    """The package modules ``name`` imports anywhere (lazy imports inside functions too)."""
    path = Path(raadsassistent.__file__).with_name(f"{name}.py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = PACKAGE if node.level else (node.module or "")
            if node.level and node.module:
                base = f"{PACKAGE}.{node.module}"
            targets = [base] if base != PACKAGE else [f"{PACKAGE}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            parts = target.split(".")
            if parts[0] == PACKAGE and len(parts) > 1 and parts[1] in modules():
                found.add(parts[1])
    found.discard(name)
    return found


def test_every_module_imports():
    for name in set(modules()) - ENTRY_POINTS:
        importlib.import_module(f"{PACKAGE}.{name}")


def test_no_import_cycle():
    graph = {name: imported(name) for name in modules()}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, "import cycle: " + " -> ".join((*path, name))
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, (*path, name))
        done.add(name)

    for name in graph:
        visit(name, ())


def test_lower_stages_never_import_upper_modules_and_nothing_imports_cli():
    for name in modules():
        targets = imported(name)
        if name in ENTRY_POINTS:
            continue
        level = UPPER.index(name) if name in UPPER else -1
        higher = {t for t in targets if t in UPPER and UPPER.index(t) >= level}
        assert not higher, f"{name} imports {sorted(higher)}, which sit above it"
        assert "cli" not in targets, f"{name} imports the CLI"


# The document stages in pipeline order: each may use earlier ones, never a later one.
STAGES = ("extract", "segment", "classify", "summarise", "render")


def test_stages_never_import_a_later_stage():
    for position, name in enumerate(STAGES):
        later = set(STAGES[position + 1 :]) & imported(name)
        assert not later, f"{name} imports {sorted(later)}, which come after it"


def test_the_graph_reader_sees_lazy_imports():
    """The checks above are only as good as ``imported``: it must see imports inside functions."""
    assert "classify" in imported("pipeline")  # imported lazily, inside read_document
    assert {"extract", "segment", "summarise", "render", "store"} <= imported("pipeline")


def test_the_scripts_import_only_names_the_package_has():
    """``training/`` and ``bench/`` run outside the test suite; a name moved between modules
    (as ``mean_vectors`` moved from classify to train) must not leave them broken."""
    root = Path(raadsassistent.__file__).parent.parent
    missing = []
    for script in sorted([*root.glob("training/**/*.py"), *root.glob("bench/*.py")]):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
                module = importlib.import_module(node.module)
                missing += [
                    f"{script.relative_to(root)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if not hasattr(module, alias.name)
                ]
    assert missing == []
