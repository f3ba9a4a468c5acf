"""Fixtures: a fake Core on loopback sharing a fake clock with the clients under test.

Tests that take a `target` run against the fake and against each real single Core of the
session (tests/support/real_servers.py; `core_versions` narrows the versions).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest

from core_client import AsyncClient, Client
from tests.pipeline.fake_core import FakeClock, FakeCore
from tests.support.real_servers import real_core_of, versions_of
from tests.support.targets import FAST


@dataclass(frozen=True)
class Target:
    url: str
    username: str
    password: str
    fake: FakeCore | None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "target" in metafunc.fixturenames:
        metafunc.parametrize("target", ["fake", *versions_of(metafunc)], indirect=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def core(clock: FakeClock) -> Iterator[FakeCore]:
    with FakeCore(clock) as fake:
        yield fake


@pytest.fixture
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "fake":
        fake: FakeCore = request.getfixturevalue("core")
        yield Target(fake.url, fake.username, fake.password, fake)
        return
    with real_core_of(request, request.param) as real:
        yield Target(real.url, real.username, real.password, None)


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
