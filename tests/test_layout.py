"""The layout's import rule, read from the source: imports point down between packages, and no
module imports, even from inside a function, one that imports it back."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# each package may import the packages of the layers below its own
LAYERS = [{"music", "tokenizer"}, {"reading"}, {"model", "corpus"}, {"chat"}, {"ui"}, {"bench"}, {"tunesmith"}]  # the CLI on top
LAYER = {package: depth for depth, packages in enumerate(LAYERS) for package in packages}


def module_files() -> dict[str, Path]:
    files = {"tunesmith": ROOT / "tunesmith.py"}
    for package in LAYER.keys() - {"tunesmith"}:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return files


def imported(name: str, path: Path, modules) -> set[str]:
    """The project's modules that `name` imports anywhere in its file, functions included."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            # `from package import module` imports the module; `from module import name` the module
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names)
    return {m for m in found if m in modules and m != name}


def import_graph() -> dict[str, set[str]]:
    modules = module_files()
    return {name: imported(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    assert len(graph) > 60 and graph["chat.session"]  # the walk found the project
    assert cycles(graph) == []


def test_the_cycle_finder_sees_a_loop_through_a_function_body(tmp_path):
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    (tmp_path / "m.py").write_text("def f():\n    from music import tune\n")
    assert imported("x", tmp_path / "m.py", {"music", "music.tune"}) == {"music.tune"}


def test_packages_import_only_the_layers_below_them():
    upward = sorted((name, target) for name, targets in import_graph().items() for target in targets
                    if LAYER[target.split(".")[0]] >= LAYER[name.split(".")[0]]
                    and target.split(".")[0] != name.split(".")[0])
    assert upward == []
