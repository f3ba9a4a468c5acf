"""Fixtures: a fake Core on loopback sharing a fake clock with the clients under test.

Tests marked `real_core` take a `target`: the fake always, and also the real Core at CORE_URL
when CORE_URL, CORE_USERNAME and CORE_PASSWORD are set.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest

from core_client import AsyncClient, Client
from tests.pipeline.fake_core import FakeClock, FakeCore
from tests.support.targets import FAST, real_core


@dataclass(frozen=True)
class Target:
    url: str
    username: str
    password: str
    fake: FakeCore | None


def _real_core() -> Target | None:
    real = real_core()
    return None if real is None else Target(real.url, real.username, real.password, None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "target" in metafunc.fixturenames:
        names = ["fake", "real"] if _real_core() else ["fake"]
        metafunc.parametrize("target", names, indirect=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def core(clock: FakeClock) -> Iterator[FakeCore]:
    with FakeCore(clock) as fake:
        yield fake


@pytest.fixture
def target(request: pytest.FixtureRequest, core: FakeCore) -> Target:
    if request.param == "real":
        real = _real_core()
        assert real is not None
        return real
    return Target(core.url, core.username, core.password, core)


@pytest.fixture
def client(core: FakeCore, clock: FakeClock) -> Iterator[Client]:
    with Client(core.url, core.username, core.password, clock=clock, backoff=FAST) as made:
        yield made


@pytest.fixture
async def async_client(core: FakeCore, clock: FakeClock) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        core.url, core.username, core.password, clock=clock, backoff=FAST
    ) as made:
        yield made
