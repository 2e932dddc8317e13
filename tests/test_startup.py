"""How zhoubao's modules hang together and start: no import cycles (function-level imports
counted), the texts for people (notices.py) imported only where people are talked to, and the
text rules' screens honest (a screen that turned away a line a pattern matches would change what
a rule does)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import chdir
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhoubao_cli.cli import app
from zhoubao_cli.textrules import LazyPattern, lazy_re

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "zhoubao_cli"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at module level or in a function, but not those that only a type
    checker runs (if TYPE_CHECKING:)."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking_only(node):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def import_graph() -> dict[str, set[str]]:
    """Module → the zhoubao modules it imports. `from package import name` counts as importing
    package.name when that is a module, else package; a package's own __init__ is not counted
    for an import of one of its modules (Python runs it, but it is no dependency of theirs)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in paths else base
                    for alias in node.names
                ]
            graph[name] |= {t for t in targets if t in paths and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_level_and_relative_imports() -> None:
    graph = import_graph()
    # render imports notices inside a function only; entry imports cli inside main().
    assert "zhoubao_cli.notices" in graph["zhoubao_cli.render"]
    assert "zhoubao_cli.cli" in graph["zhoubao_cli.entry"]
    # dates.py names config and workspace for the type checker only.
    assert "zhoubao_cli.config" not in graph["zhoubao_cli.dates"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


# Texts for people: the command line (call, remind) and render's reminders before printing.
# The command layer, the terminal's view of the record, render's notes, and the web page.
TALKS_TO_PEOPLE = {"zhoubao_cli.cli", "zhoubao_cli.render", "zhoubao_cli.terminal"}


def test_only_the_layers_that_talk_to_people_import_notices() -> None:
    importers = {m for m, targets in import_graph().items() if "zhoubao_cli.notices" in targets}
    web = {m for m in importers if m.startswith("zhoubao_cli.web")}
    assert importers - web <= TALKS_TO_PEOPLE
    assert "zhoubao_cli.render" in importers  # the rule is checked against real imports


def test_a_screen_never_turns_away_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LazyPattern, "check_screens", True)
    pattern = lazy_re(r"\d{1,2}[:：]\d{2}", screen="：")  # a wrong screen: 10:23 has no ：
    assert pattern.search("10：23")
    with pytest.raises(AssertionError):
        pattern.search("张三 10:23")


def test_a_screened_pattern_is_not_compiled_for_a_text_without_its_mark(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(LazyPattern, "check_screens", False)
    pattern = lazy_re(r"[\u4e00-\u9fff]{2,4}\s*[:：]", screen=":：")
    assert pattern.match("2月3日，召开推进会。") is None
    assert pattern.sub("", "没有冒号") == "没有冒号"
    assert pattern._compiled is None
    assert pattern.match("张三：")


INBOXES = [
    ROOT / "examples" / "inbox",
    ROOT / "tests" / "bad_inputs" / "inbox",
    *sorted(p for p in (ROOT / "tests" / "real_inputs").glob("*/inbox_*") if p.is_dir()),
]


@pytest.mark.parametrize("inbox", INBOXES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_screen_is_honest_on_real_submissions(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line of real weeks through collect, every screened-out text tried on its pattern."""
    monkeypatch.setattr(LazyPattern, "check_screens", True)
    runner = CliRunner()
    with chdir(tmp_path):
        assert runner.invoke(app, ["new", "19", "--date", "2026-02-06"]).exit_code == 0
        result = runner.invoke(app, ["collect", str(inbox)])
    assert not isinstance(result.exception, AssertionError), result.exception
    assert result.exit_code in (0, 1), result.output


def test_the_rules_tests_pass_with_every_screen_checked() -> None:
    """tests/rules again, in a process where every screened-out text is tried on its pattern:
    the phrasings there are the ones each rule is written for."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "ZHOUBAO_CHECK_SCREENS": "1", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests/rules"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
