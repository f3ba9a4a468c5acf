"""The command line driven through Click's runner against the fake Core of fake_core.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from core_client.cli import cli
from tests.cli.fake_core import FIXTURES, PASSWORD, USERNAME, FakeCore
from tests.support.shared import needs

Corectl = Callable[..., Result]


@pytest.fixture
def fake_core() -> Iterator[FakeCore]:
    needs(FIXTURES, "recorded real answers, which the fake Core gives")
    with FakeCore().running() as core:
        yield core


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "profiles.json"


@pytest.fixture
def base_env(profile_file: Path) -> dict[str, str | None]:
    """No connection from the environment, and profiles in a folder of the test's own."""
    return {
        "CORECTL_CONFIG": str(profile_file),
        "CORE_URL": None,
        "CORE_USERNAME": None,
        "CORE_PASSWORD": None,
        "CORE_PROFILE": None,
    }


@pytest.fixture
def run(base_env: dict[str, str | None]) -> Corectl:
    """`run(*args, input=..., env=...)`: corectl with no connection settings of its own."""

    def invoke(
        *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        runner = CliRunner()
        return runner.invoke(
            cli, list(args), input=input, env=base_env | (env or {}), prog_name="corectl"
        )

    return invoke


@pytest.fixture
def corectl(run: Corectl, fake_core: FakeCore) -> Corectl:
    """corectl connected to the fake Core through CORE_URL, CORE_USERNAME and CORE_PASSWORD."""

    def invoke(
        *args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
    ) -> Result:
        connection = {
            "CORE_URL": fake_core.url,
            "CORE_USERNAME": USERNAME,
            "CORE_PASSWORD": PASSWORD,
        }
        return run(*args, input=input, env=connection | (env or {}))

    return invoke
