"""Fixtures: a fake Core on loopback for each test, and clients of it.

Tests marked `real_core` take `target_client`: a client of the fake, and also one of the real
Core at CORE_URL when CORE_URL, CORE_USERNAME and CORE_PASSWORD are set.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from core_client import AsyncClient, Client
from core_client.events import Reconnect
from tests.streaming.fake_core import PASSWORD, USERNAME, FakeCore
from tests.support.targets import FAST, real_core

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


@pytest.fixture(params=["fake", "real"] if real_core() else ["fake"])
def target_client(request: pytest.FixtureRequest) -> Iterator[Client]:
    """A client of the fake Core, and also of the real one at CORE_URL where it is set."""
    real = real_core()
    if request.param == "real" and real is not None:
        url, username, password = real.url, real.username, real.password
    else:
        core: FakeCore = request.getfixturevalue("core")
        url, username, password = core.url, USERNAME, PASSWORD
    with Client(url, username, password, backoff=FAST) as client:
        yield client
