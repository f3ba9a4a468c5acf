"""The cookbook's scripts (examples/cookbook) have the shape docs/guides/cookbook.md promises,
use only the public API, are shown on that page and are each run against real Core by
tests/real/test_cookbook.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from scripts.paths import ROOT

COOKBOOK = ROOT / "examples" / "cookbook"
SCRIPTS = sorted(COOKBOOK.glob("*.py"))
NAMES = {path.stem for path in SCRIPTS}
# What a recipe may import from the library: the package and its models.
PUBLIC = {"core_client", "core_client.models"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), str(path))


def test_the_cookbook_is_a_folder_of_scripts_not_a_package() -> None:
    assert len(SCRIPTS) == 7
    assert not (COOKBOOK / "__init__.py").exists()
    assert not (ROOT / "examples" / "__init__.py").exists()


@pytest.mark.parametrize("path", SCRIPTS, ids=[path.name for path in SCRIPTS])
def test_a_recipe_has_a_docstring_a_run_function_and_a_main_block(path: Path) -> None:
    tree = _tree(path)
    assert ast.get_docstring(tree), "a module docstring saying what it shows"
    run = next(
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "run"
    )
    first = run.args.args[0]
    assert (first.arg, ast.unparse(first.annotation or ast.Constant(None))) == ("client", "Client")
    main = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "__name__ == '__main__'"
    )
    read = {node.value for node in ast.walk(main) if isinstance(node, ast.Constant)}
    assert {"CORE_URL", "CORE_USERNAME", "CORE_PASSWORD"} <= read


@pytest.mark.parametrize("path", SCRIPTS, ids=[path.name for path in SCRIPTS])
def test_a_recipe_imports_only_the_public_api(path: Path) -> None:
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
        elif isinstance(node, ast.Import):
            module = node.names[0].name
        else:
            continue
        top = module.split(".")[0]
        assert module in PUBLIC or top not in {"core_client", "tests", "scripts"}, module


def test_every_recipe_runs_in_the_real_server_tests() -> None:
    tree = _tree(ROOT / "tests" / "real" / "test_cookbook.py")
    called = {
        node.func.value.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "run"
        and isinstance(node.func.value, ast.Name)
    }
    assert called == NAMES


def test_the_cookbook_page_shows_every_recipe() -> None:
    # pymdownx.snippets includes each script as it is (mkdocs.yml); `make docs` fails on a
    # missing one.
    page = (ROOT / "docs" / "guides" / "cookbook.md").read_text()
    shown = re.findall(r"^--8<--\n(examples/cookbook/\S+)\n--8<--$", page, re.MULTILINE)
    assert sorted(shown) == [f"examples/cookbook/{path.name}" for path in SCRIPTS]
