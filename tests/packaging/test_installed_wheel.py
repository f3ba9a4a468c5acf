"""The built wheel, installed into a fresh venv, is what mypy --strict sees in a user's project.

A user type-checks against the *installed* package, not this source tree: without the
`py.typed` marker mypy treats all of core_client as untyped ("module is installed, but missing
library stubs or py.typed marker"). One wheel and one venv serve the whole session.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from scripts.paths import ROOT

COOKBOOK = ROOT / "examples" / "cookbook"
# The runtime dependencies (pyproject.toml), at the versions this project's venv has.
RUNTIME = [
    "httpx",
    "python-dateutil",
    "pyjwt",
    "httpx-sse",
    "msgspec",
    "types-python-dateutil",
]

USER_SCRIPT = '''\
"""A user's script, with the types a user relies on."""

import asyncio

import httpx

from core_client import APIError, AsyncClient, Client, NotFoundError
from core_client.models import Process


def report(client: Client) -> list[str]:
    processes: list[Process] = client.v3_process_get_list()
    raw: httpx.Response = client.request("GET", "/api/v3/process")
    try:
        client.v3_process_get("nope")
    except NotFoundError as error:
        status: int = error.status
        where: httpx.URL = error.request.url
        print(status, where, error.message, error.details)
    except APIError as error:
        print(error.response.status_code)
    with client.v3_events_post_process({"pid": "a"}) as events:
        for event in events:
            print(event.type)
            break
    return [raw.text, *(process.to_dict()["id"] for process in processes)]


async def about(url: str) -> None:
    async with AsyncClient(url, "admin", "secret") as client:
        response: httpx.Response = await client.request("GET", "/api")
        print(response.json())


asyncio.run(about("http://127.0.0.1:8080"))
'''

# Proof that mypy sees the installed types, not `Any`: this must be an error.
WRONG_SCRIPT = """\
from core_client import Client

count: int = Client("http://127.0.0.1:8080").v3_process_get_list()
"""


@pytest.fixture(scope="session")
def installed_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the built wheel (no dependencies of its own: those pinned below)."""
    folder = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    _run([*pip, "wheel", "--no-deps", "-w", str(folder), str(ROOT)])
    (wheel,) = folder.glob("core_client-*.whl")
    venv.create(folder / "venv", with_pip=False)
    python = folder / "venv" / "bin" / "python"
    pinned = [f"{name}=={importlib.metadata.version(name)}" for name in RUNTIME]
    target = [*pip, "--python", str(python), "install"]
    _run([*target, "--no-deps", str(wheel)])
    _run([*target, *pinned])
    return python


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command}:\n{result.stdout}{result.stderr}"


def _mypy(python: Path, folder: Path, *scripts: Path) -> subprocess.CompletedProcess[str]:
    # Run from a folder of its own (no project config, no source tree on the path): only the
    # venv's site-packages can resolve `core_client`.
    (folder / "mypy.ini").write_text("[mypy]\n")
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    command = [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(python)]
    cache = python.parents[2] / ".mypy_cache"  # one per session: the package is read once
    return subprocess.run(
        [*command, "--cache-dir", str(cache), *map(str, scripts)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_examples_and_a_user_script_type_check_against_the_installed_wheel(
    installed_python: Path, tmp_path: Path
) -> None:
    site = subprocess.run(
        [str(installed_python), "-c", "import core_client; print(core_client.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert not site.startswith(str(ROOT)), site  # the installed copy, not the source tree
    # The cookbook's recipes too (they import each other by file name, so one folder suits).
    examples = [*sorted((ROOT / "examples").glob("*.py")), *sorted(COOKBOOK.glob("*.py"))]
    scripts = [shutil.copy(path, tmp_path) for path in examples]
    (tmp_path / "user_script.py").write_text(USER_SCRIPT)
    result = _mypy(installed_python, tmp_path, *map(Path, scripts), tmp_path / "user_script.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_sees_the_installed_types(installed_python: Path, tmp_path: Path) -> None:
    (tmp_path / "wrong.py").write_text(WRONG_SCRIPT)
    result = _mypy(installed_python, tmp_path, tmp_path / "wrong.py")
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'expression has type "list[Process]", variable has type "int"' in result.stdout
    assert "py.typed" not in result.stdout
