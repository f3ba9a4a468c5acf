"""`AsyncClient.login()`: awaited it logs in; not awaited (the original README) it is inert."""

from __future__ import annotations

import gc
import warnings

from core_client import AsyncClient, TokenPair
from tests.pipeline.fake_core import FakeCore
from tests.support.targets import FAST


async def test_awaited_login_logs_in_once(core: FakeCore) -> None:
    async with AsyncClient(core.url, core.username, core.password, backoff=FAST) as client:
        tokens = await client.login()

    assert isinstance(tokens, TokenPair)
    assert core.logins == 1


def test_login_not_awaited_sends_nothing_and_does_not_warn(core: FakeCore) -> None:
    client = AsyncClient(core.url, core.username, core.password, backoff=FAST)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.login()
        gc.collect()

    assert [str(w.message) for w in caught] == []
    assert core.logins == 0
