"""Fixtures more than one suite uses: one Prism mock of the overlaid spec for the session, and
the real Core servers of tests/support/real_servers.py (with the report of what they were asked)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from core_client import AsyncClient, Client
from tests.support.prism import TOKEN, running_prism
from tests.surface.values import overlaid_spec

pytest_plugins = ["tests.support.real_coverage", "tests.support.real_servers"]


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of Prism mocking the overlaid spec (built from ../shared on a fresh clone)."""
    with running_prism(overlaid_spec(), tmp_path_factory.mktemp("prism")) as url:
        yield url


@pytest.fixture(scope="session")
def prism_client(prism_url: str) -> Iterator[Client]:
    with Client(prism_url, access_token=TOKEN, retries=0) as client:
        yield client


@pytest.fixture
async def async_prism_client(prism_url: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(prism_url, access_token=TOKEN, retries=0) as client:
        yield client
