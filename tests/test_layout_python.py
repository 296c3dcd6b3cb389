"""The Python package reads like a table of contents: subpackages by job, and no import cycles.

The import graph is read from the source (every ``import`` and ``from ... import`` of a module of
``pyswip_bridge``, at the top of a module, inside a function, or under ``if TYPE_CHECKING``), so an
import hidden in a function to dodge a cycle at run time still counts.  Two graphs must be acyclic:
the modules', and the layers' (a subpackage, or a module at the top such as ``errors``).  On top of
that, the layers keep their order: the bridge to SWI-Prolog knows nothing of how answers are shown,
batches on files, the workbench or the command line; the renderers know nothing of the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pyswip_bridge"
NAME = "pyswip_bridge"

#: The subpackages, each with its job (every module of the package is at the top or in one of these).
SUBPACKAGES = {"bridge", "render", "batch", "workbench", "web", "cli", "i18n"}
#: The modules that may stay at the top of the package (everything depends on errors and results).
TOP_MODULES = {"__init__", "__main__", "errors", "results"}
#: Layer -> layers it must never import.
FORBIDDEN = {
    "errors": {"results", "bridge", "render", "batch", "workbench", "web", "cli", "i18n"},
    "i18n": {"results", "bridge", "render", "batch", "workbench", "web", "cli"},
    "results": {"bridge", "render", "batch", "workbench", "web", "cli"},
    "bridge": {"render", "batch", "workbench", "web", "cli"},
    "render": {"batch", "workbench", "web", "cli"},
    "batch": {"render", "workbench", "web", "cli"},
    "workbench": {"batch", "web", "cli"},
    "web": {"batch", "cli"},  # the web explorer serves what the workbench and the renderers make
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "data" not in p.relative_to(PACKAGE).parts}


def resolve(current: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module named by ``from <node.module> import ...`` in module ``current``."""
    if node.level == 0:
        return node.module or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(name: str, source: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of the package that module ``name`` (``source``) imports (a name imported from a
    package is the submodule when there is one of that name)."""
    tree = ast.parse(source, name)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == NAME or alias.name.startswith(NAME + "."):
                    found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            target = resolve(name, is_package, node)
            if not (target == NAME or target.startswith(NAME + ".")):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {
        name: imports_of(name, path.read_text(encoding="utf-8"), path.name == "__init__.py", known) & known
        for name, path in found.items()
    }


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``edges`` as a list of nodes (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def layers() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for source, targets in graph().items():
        edges.setdefault(layer(source), set()).update(layer(t) for t in targets if layer(t) != layer(source))
    return edges


def test_the_graph_sees_imports_of_every_kind():
    """The reader of the graph finds relative, absolute and function-level imports (a self-check)."""
    known = {
        "pyswip_bridge.render",
        "pyswip_bridge.render.text",
        "pyswip_bridge.results",
        "pyswip_bridge.bridge",
        "pyswip_bridge.bridge.kb",
        "pyswip_bridge.errors",
    }
    source = (
        "from ..results import AskResult\nfrom . import text\nimport pyswip_bridge.errors\n"
        "def f():\n    from ..bridge import kb\n"
    )
    found = imports_of("pyswip_bridge.render.html", source, False, known)
    assert found == {
        "pyswip_bridge.results",
        "pyswip_bridge.render.text",
        "pyswip_bridge.errors",
        "pyswip_bridge.bridge.kb",
    }


def test_every_module_is_at_the_top_or_in_a_subpackage():
    for name in modules():
        parts = name.split(".")[1:]
        if len(parts) == 1:
            assert parts[0] in TOP_MODULES | SUBPACKAGES, f"{name}: put it in one of {sorted(SUBPACKAGES)}"
        elif parts:
            assert parts[0] in SUBPACKAGES and len(parts) == 2, name
            assert not parts[1].startswith(parts[0] + "_"), f"{name}: a short name inside its subpackage"


def test_the_modules_import_each_other_without_a_cycle():
    found = cycle(graph())
    assert found is None, "import cycle: " + " -> ".join(found or [])


def test_the_layers_import_each_other_without_a_cycle():
    found = cycle(layers())
    assert found is None, "cycle between layers: " + " -> ".join(found or [])


def test_each_layer_keeps_to_its_place():
    edges = layers()
    bad = {
        (source, target) for source, forbidden in FORBIDDEN.items() for target in edges.get(source, set()) & forbidden
    }
    assert not bad, f"layers importing what they must not: {sorted(bad)}"


def test_the_cli_is_imported_by_nothing_but_the_entry_points():
    """The command line is the top: only ``python -m pyswip_bridge`` (and the cli itself) imports it."""
    for source, targets in graph().items():
        if layer(source) not in {"cli", "__main__"}:
            assert not {t for t in targets if layer(t) == "cli"}, source
