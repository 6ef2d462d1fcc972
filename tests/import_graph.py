"""The project's import graph, read from the source (nothing is imported), for the architecture guard.

Every `import` and `from … import` counts, at module level or hidden in a function: a function-level
import is still a dependency, only a later one. Importing `a.b.c` also runs `a/__init__.py` and
`a/b/__init__.py` first, unless the importer lives inside them (its package is already loading), so those
count too: that is how `brands.models` importing the block library, which imported
`brands.models.strengths`, was a circle although no file named the other.
"""

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SKIPPED_FOLDERS = {"migrations", "__pycache__"}


@dataclass
class ImportGraph:
    """Modules of some top-level packages (dotted names) and the first-party modules each one imports."""

    edges: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, root: Path, packages: Iterable[str]) -> "ImportGraph":
        files = {}
        for package in packages:
            for path in sorted((root / package).rglob("*.py")):
                if SKIPPED_FOLDERS.isdisjoint(path.relative_to(root).parts):
                    files[module_name(path.relative_to(root))] = path
        graph = cls({name: set() for name in files})
        for name, path in files.items():
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            is_package = path.name == "__init__.py"
            for node in ast.walk(tree):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    for target in graph.imported_modules(name, is_package, node):
                        graph.add_edge(name, target)
        return graph

    def imported_modules(self, importer: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
        """The first-party modules an import statement names (a `from` import may name submodules)."""
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                package = importer.split(".") if is_package else importer.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            candidates = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in self.edges else base for alias in node.names
            ]
        found = []
        for candidate in candidates:
            while candidate and candidate not in self.edges:
                candidate = candidate.rpartition(".")[0]
            if candidate:
                found.append(candidate)
        return found

    def add_edge(self, importer: str, target: str) -> None:
        if target == importer:
            return
        self.edges[importer].add(target)
        parts = target.split(".")
        for length in range(1, len(parts)):
            ancestor = ".".join(parts[:length])
            already_loading = importer == ancestor or importer.startswith(ancestor + ".")
            if ancestor in self.edges and not already_loading:
                self.edges[importer].add(ancestor)

    def circles(self) -> list[list[str]]:
        """Every group of modules that import one another, directly or through others (Tarjan's algorithm)."""
        index: dict[str, int] = {}
        lowest: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        found: list[list[str]] = []

        def visit(module: str) -> None:
            index[module] = lowest[module] = len(index)
            stack.append(module)
            on_stack.add(module)
            for target in sorted(self.edges[module]):
                if target not in index:
                    visit(target)
                    lowest[module] = min(lowest[module], lowest[target])
                elif target in on_stack:
                    lowest[module] = min(lowest[module], index[target])
            if lowest[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

        for module in sorted(self.edges):
            if module not in index:
                visit(module)
        return found

    def imports_between(self, importers: str, targets: str) -> list[tuple[str, str]]:
        """(importer, target) pairs from modules under the package `importers` to modules under `targets`."""
        return sorted(
            (module, target)
            for module, imported in self.edges.items()
            if within(module, importers)
            for target in imported
            if within(target, targets)
        )


def module_name(relative_path: Path) -> str:
    parts = list(relative_path.with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")
