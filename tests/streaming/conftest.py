"""Fixtures: a fake Core on loopback for each test, and clients of it.

Tests marked `real_core` take `target_client`: a client of the fake, and also one of the real
Core at CORE_URL when CORE_URL, CORE_USERNAME and CORE_PASSWORD are set.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from core_client import AsyncClient, Backoff, Client
from core_client.events import Reconnect
from tests.streaming.fake_core import PASSWORD, USERNAME, FakeCore

# Waits between retries and reconnects short enough that tests never notice them.
FAST = Backoff(initial=0.001, maximum=0.002, retry_after_max=0.005)
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


_REAL_CORE = tuple(os.environ.get(f"CORE_{key}") for key in ("URL", "USERNAME", "PASSWORD"))


@pytest.fixture(params=["fake", "real"] if all(_REAL_CORE) else ["fake"])
def target_client(request: pytest.FixtureRequest) -> Iterator[Client]:
    """A client of the fake Core, and also of the real one at CORE_URL where it is set."""
    if request.param == "real":
        url, username, password = (str(value) for value in _REAL_CORE)
    else:
        core: FakeCore = request.getfixturevalue("core")
        url, username, password = core.url, USERNAME, PASSWORD
    with Client(url, username, password, backoff=FAST) as client:
        yield client
