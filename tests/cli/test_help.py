"""Help with an example on every command, shell completion, and the import boundary."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from core_client.cli import cli
from corectl import CLI_EXTRA
from tests.cli.conftest import Corectl
from tests.support.interpreter import imported_after


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


def test_every_command_has_help_with_an_example(run: Corectl) -> None:
    paths = command_paths(cli)
    assert len(paths) > 40
    for path in paths:
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Examples:" in result.stdout, path
        examples = result.stdout.split("Examples:")[1]
        assert f"corectl {' '.join(path)}".strip() in examples or path == (), path


def test_usage_errors_exit_2(run: Corectl) -> None:
    assert run("process", "bogus").exit_code == 2
    assert run("process", "show").exit_code == 2
    assert run("--timeout", "soon", "about").exit_code == 2


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(run: Corectl, shell: str) -> None:
    result = run("completion", shell)
    assert result.exit_code == 0
    assert "_CORECTL_COMPLETE" in result.stdout
    assert f"{shell}_complete" in result.stdout


def test_completion_completes_commands(run: Corectl) -> None:
    result = run(
        env={"_CORECTL_COMPLETE": "bash_complete", "COMP_WORDS": "corectl pro", "COMP_CWORD": "1"}
    )
    assert "plain,process" in result.stdout
    assert "plain,profile" in result.stdout


def test_import_core_client_imports_no_cli_dependency() -> None:
    # httpx imports its own command line (click, rich, pygments) whenever they are installed;
    # that is httpx's doing, so it is switched off here: what remains is ours.
    loaded = imported_after(
        "sys.modules['httpx._main'] = None\nimport core_client, core_client.models"
    )
    assert loaded & {*CLI_EXTRA, "core_client.cli"} == set()


def test_core_client_works_without_the_cli_extra() -> None:
    blocked = f"import sys\nfor name in {CLI_EXTRA!r}:\n"
    blocked += "    sys.modules[name] = None\n"
    blocked += "from core_client import Client\nClient('http://127.0.0.1:9').close()\n"
    subprocess.run([sys.executable, "-c", blocked], check=True)


def test_corectl_starts_without_httpx_command_line() -> None:
    # The console script's entry module blocks httpx._main (rich, pygments: corectl's start-up
    # time); --json and --quiet output need no Rich either.
    assert imported_after("import corectl, httpx") & {"rich", "pygments"} == set()


def test_corectl_without_the_cli_extra_says_how_to_install_it() -> None:
    blocked = "import sys\nsys.modules['click'] = None\nimport corectl\ncorectl.main()\n"
    found = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True)
    assert found.returncode == 2
    assert found.stderr == "corectl: click is not installed: pip install 'core-client[cli]'\n"
