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
from core_client.streaming import AsyncStreaming, SyncStreaming
from tests.streaming.fake_core import PASSWORD, USERNAME, FakeCore

# Waits between retries and reconnects short enough that tests never notice them.
FAST = Backoff(initial=0.001, maximum=0.002, retry_after_max=0.005)
FAST_RECONNECT = Reconnect(backoff=FAST)


# The clients with the streaming operations, whether or not they list the mixins among their
# bases yet (the mixin last: the order stays consistent either way).
class StreamingClient(Client, SyncStreaming):
    pass


class AsyncStreamingClient(AsyncClient, AsyncStreaming):
    pass


@pytest.fixture
def core() -> Iterator[FakeCore]:
    with FakeCore() as fake:
        yield fake


@pytest.fixture
def client(core: FakeCore) -> Iterator[StreamingClient]:
    with StreamingClient(core.url, USERNAME, PASSWORD, backoff=FAST) as client:
        yield client


@pytest.fixture
async def async_client(core: FakeCore) -> AsyncIterator[AsyncStreamingClient]:
    async with AsyncStreamingClient(core.url, USERNAME, PASSWORD, backoff=FAST) as client:
        yield client


_REAL_CORE = tuple(os.environ.get(f"CORE_{key}") for key in ("URL", "USERNAME", "PASSWORD"))


@pytest.fixture(params=["fake", "real"] if all(_REAL_CORE) else ["fake"])
def target_client(request: pytest.FixtureRequest) -> Iterator[StreamingClient]:
    """A client of the fake Core, and also of the real one at CORE_URL where it is set."""
    if request.param == "real":
        url, username, password = (str(value) for value in _REAL_CORE)
    else:
        core: FakeCore = request.getfixturevalue("core")
        url, username, password = core.url, USERNAME, PASSWORD
    with StreamingClient(url, username, password, backoff=FAST) as client:
        yield client
