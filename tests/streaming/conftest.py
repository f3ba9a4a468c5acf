"""Fixtures: a fake Core on loopback for each test, and clients of it.

Tests that take `target_client` run with a client of the fake and of each real single Core of
the session (tests/support/real_servers.py; `core_versions` narrows the versions).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from core_client import AsyncClient, Client
from core_client.events import Reconnect
from tests.streaming.fake_core import PASSWORD, USERNAME, FakeCore
from tests.support.real_servers import real_core_of, versions_of
from tests.support.targets import FAST

# Reconnects as quick as the retries.
FAST_RECONNECT = Reconnect(backoff=FAST)


@pytest.fixture
def core() -> Iterator[FakeCore]:
    with FakeCore() as fake:
        yield fake


@pytest.fixture
def client(core: FakeCore) -> Iterator[Client]:
    with Client(core.url, USERNAME, PASSWORD, backoff=FAST) as client:
        yield client


@pytest.fixture
async def async_client(core: FakeCore) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(core.url, USERNAME, PASSWORD, backoff=FAST) as client:
        yield client


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "target_client" in metafunc.fixturenames:
        metafunc.parametrize("target_client", ["fake", *versions_of(metafunc)], indirect=True)


@pytest.fixture
def target_client(request: pytest.FixtureRequest) -> Iterator[Client]:
    """A client of the fake Core, or of a real one."""
    if request.param == "fake":
        core: FakeCore = request.getfixturevalue("core")
        with Client(core.url, USERNAME, PASSWORD, backoff=FAST) as client:
            yield client
        return
    with real_core_of(request, request.param) as real:
        yield real.client(backoff=FAST)
