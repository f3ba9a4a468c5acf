"""The clients as objects: one pool, closing, event loops, timeouts, options, raw responses."""

from __future__ import annotations

import asyncio
import threading
import warnings
from pathlib import Path

import certifi
import httpx
import pytest

from core_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    Client,
    NotFoundError,
    ServerError,
    ValidationError,
)
from tests.pipeline.fake_core import STALL, FakeClock, FakeCore, proxy_error_page
from tests.support.targets import FAST

PROCESSES = "/api/v3/process"


def test_login_refresh_and_calls_share_one_pooled_connection(
    client: Client, core: FakeCore, clock: FakeClock
) -> None:
    client._request("GET", PROCESSES)
    clock.advance(3600)
    client._request("GET", PROCESSES)
    client._request("GET", "/ping", auth=False)
    assert (core.logins, core.refreshes, core.counts[f"GET {PROCESSES}"]) == (1, 1, 2)
    assert len(core.connections) == 1


async def test_async_calls_share_one_pooled_connection(
    async_client: AsyncClient, core: FakeCore
) -> None:
    for _ in range(3):
        await async_client._request("GET", PROCESSES)
    assert core.logins == 1
    assert len(core.connections) == 1


def test_closed_clients_refuse_further_calls(core: FakeCore) -> None:
    with Client(core.url) as client:
        client._request("GET", "/ping")
    with pytest.raises(RuntimeError):
        client._request("GET", "/ping")

    async def use_after_close() -> None:
        async with AsyncClient(core.url) as async_client:
            await async_client._request("GET", "/ping")
        await async_client._request("GET", "/ping")

    with pytest.raises(RuntimeError):
        asyncio.run(use_after_close())


def test_an_async_client_made_outside_a_loop_works_in_successive_asyncio_runs(
    core: FakeCore, clock: FakeClock
) -> None:
    client = AsyncClient(core.url, core.username, core.password, clock=clock)

    async def call() -> int:
        responses = await asyncio.gather(*(client._request("GET", PROCESSES) for _ in range(5)))
        return sum(response.status_code for response in responses)

    assert asyncio.run(call()) == 5 * 200
    clock.advance(3600)
    assert asyncio.run(call()) == 5 * 200
    # The tokens outlive the loops: one login, then one refresh when they were due.
    assert (core.logins, core.refreshes) == (1, 1)


def test_timeout_zero_is_honoured_not_replaced_by_the_default(core: FakeCore) -> None:
    with Client(core.url, retries=0) as client:
        with pytest.raises(APIConnectionError):
            client._request("GET", "/ping", timeout=0)
        assert client._request("GET", "/ping").text == "pong"
    with Client(core.url, retries=0, timeout=0) as client, pytest.raises(APIConnectionError):
        client._request("GET", "/ping")
    assert core.counts["GET /ping"] == 1


@pytest.mark.parametrize("timeout", [0.2, httpx.Timeout(5.0, read=0.2)])
def test_client_and_call_timeouts_take_a_float_or_an_httpx_timeout(
    core: FakeCore, timeout: float | httpx.Timeout
) -> None:
    core.inject(STALL, path="/ping", times=2)
    with Client(core.url, retries=0, timeout=timeout) as client, pytest.raises(APITimeoutError):
        client._request("GET", "/ping")
    with Client(core.url, retries=0) as client, pytest.raises(APITimeoutError):
        client._request("GET", "/ping", timeout=timeout)


def test_extra_headers_go_with_every_request_login_included(
    core: FakeCore, clock: FakeClock
) -> None:
    headers = {"X-Tenant": "blue"}
    with Client(core.url, core.username, core.password, headers=headers, clock=clock) as client:
        client._request("GET", PROCESSES, headers={"X-Call": "1"})
    assert [seen.path for seen in core.seen] == ["/api/login", PROCESSES]
    assert all(seen.headers["x-tenant"] == "blue" for seen in core.seen)
    assert core.seen[1].headers["x-call"] == "1"


def test_verify_takes_a_ca_bundle_path_and_names_a_bad_one(tmp_path: Path) -> None:
    # httpx deprecates path strings; the client loads the bundle itself, so nothing warns.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Client("https://core.test", verify=certifi.where()).close()
    with pytest.raises(ValidationError) as raised:
        Client("https://core.test", verify=str(tmp_path / "missing.pem"))
    assert raised.value.path == "verify"


def test_a_proxy_carries_the_requests(core: FakeCore) -> None:
    # The fake answers proxied requests too, so an unresolvable host proves the proxy is used.
    with Client("http://core.invalid", proxy=core.url) as client:
        assert client._request("GET", "/ping").text == "pong"


def test_an_injected_transport_serves_every_request() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"path": request.url.path})

    with Client("http://core.test", transport=httpx.MockTransport(answer)) as client:
        assert client._request("GET", "/api").json() == {"path": "/api"}


def test_last_response_is_the_raw_response_of_this_threads_latest_call(
    client: Client, core: FakeCore
) -> None:
    response = client._request("GET", "/ping", auth=False)
    assert client.last_response is response
    with pytest.raises(NotFoundError) as raised:
        client._request("GET", "/api/nowhere")
    assert client.last_response is raised.value.response
    seen: dict[str, str] = {}
    start = threading.Barrier(2)

    def call(path: str) -> None:
        client._request("GET", path)
        start.wait()
        last = client.last_response
        assert last is not None
        seen[path] = last.url.path

    threads = [threading.Thread(target=call, args=(path,)) for path in ("/ping", "/api")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"/ping": "/ping", "/api": "/api"}


def test_stream_leaves_the_body_unread_and_closes_it_on_exit(client: Client) -> None:
    with client._stream("GET", PROCESSES) as response:
        assert not response.is_stream_consumed
        body = b"".join(response.iter_bytes())
    assert b'"path": "/api/v3/process"' in body
    assert response.is_closed


def test_stream_maps_errors_after_retrying_like_any_call(client: Client, core: FakeCore) -> None:
    core.inject(proxy_error_page(), path=PROCESSES, times=2)
    with client._stream("GET", PROCESSES) as response:
        assert response.status_code == 200
    assert core.counts[f"GET {PROCESSES}"] == 3
    # Once the retries are used up, the unread error body is read to become the message.
    core.inject(proxy_error_page(), path=PROCESSES, times=4)
    with pytest.raises(ServerError) as raised, client._stream("GET", PROCESSES):
        pass
    assert raised.value.message == "<html>502 Bad Gateway</html>"
    assert core.counts[f"GET {PROCESSES}"] == 3 + 4
    with pytest.raises(NotFoundError), client._stream("GET", "/api/nowhere"):
        pass


async def test_async_stream_leaves_the_body_unread(async_client: AsyncClient) -> None:
    async with async_client._stream("GET", PROCESSES) as response:
        assert not response.is_stream_consumed
        body = b"".join([chunk async for chunk in response.aiter_bytes()])
    assert b"/api/v3/process" in body
    assert response.is_closed
    assert async_client.last_response is response


def test_repr_names_the_server_and_user_only(core: FakeCore) -> None:
    with Client(core.url, core.username, core.password, backoff=FAST) as client:
        assert repr(client) == (
            f"Client(base_url='{core.url}', username='admin', authenticated=False)"
        )
        client.login()
        assert repr(client).endswith("authenticated=True)")
