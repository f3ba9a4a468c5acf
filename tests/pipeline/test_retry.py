"""Retries: what is sent again for which method, how often, and how long the client waits."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from core_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    Backoff,
    Client,
    ServerError,
)
from core_client.retry import error_is_retryable, retry_after_seconds, status_is_retryable
from tests.pipeline.fake_core import (
    DROP,
    STALL,
    TRUNCATE,
    FakeCore,
    proxy_error_page,
    unavailable,
)
from tests.support.targets import FAST

PROCESSES = "/api/v3/process"


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    backoff = Backoff(initial=0.5, maximum=4.0)
    assert [backoff.delay(n, jitter=lambda: 1.0) for n in (1, 2, 3, 4, 5)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        4.0,
    ]
    # Jitter spreads each wait over its upper half, never down to zero.
    assert backoff.delay(3, jitter=lambda: 0.0) == 1.0


def test_retry_after_wins_over_backoff_but_is_capped() -> None:
    backoff = Backoff(retry_after_max=30.0)
    assert backoff.delay(1, retry_after=7.0) == 7.0
    assert backoff.delay(1, retry_after=3600.0) == 30.0


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    def answer(value: str) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": value})

    now = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(answer("12")) == 12.0
    assert retry_after_seconds(answer("Thu, 26 Nov 2026 12:00:20 GMT"), now) == 20.0
    assert retry_after_seconds(answer("soon")) is None
    assert retry_after_seconds(httpx.Response(503)) is None


@pytest.mark.parametrize(
    ("method", "error", "retryable"),
    [
        ("POST", httpx.ConnectError("refused"), True),
        ("PATCH", httpx.PoolTimeout("pool"), True),
        ("POST", httpx.ConnectTimeout("connect"), True),
        ("POST", httpx.ReadTimeout("read"), False),
        ("POST", httpx.RemoteProtocolError("dropped"), False),
        ("PATCH", httpx.WriteTimeout("write"), False),
        ("GET", httpx.ReadTimeout("read"), True),
        ("PUT", httpx.RemoteProtocolError("dropped"), True),
        ("DELETE", httpx.ReadError("reset"), True),
        ("GET", httpx.UnsupportedProtocol("ftp"), False),
    ],
)
def test_which_transport_errors_are_retried(
    method: str, error: httpx.TransportError, retryable: bool
) -> None:
    assert error_is_retryable(method, error) is retryable


def test_which_statuses_are_retried() -> None:
    assert all(status_is_retryable("GET", status) for status in (429, 502, 503, 504))
    assert not status_is_retryable("POST", 503)
    assert not status_is_retryable("GET", 500)


def test_503_with_retry_after_is_retried_after_the_capped_wait(
    client: Client, core: FakeCore, caplog: pytest.LogCaptureFixture
) -> None:
    core.inject(unavailable(retry_after="120"), path=PROCESSES, times=2)
    with caplog.at_level(logging.INFO, logger="core_client"):
        assert client._request("GET", PROCESSES).status_code == 200
    assert core.counts[f"GET {PROCESSES}"] == 3
    waits = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
    assert len(waits) == 2
    assert all(f"in {FAST.retry_after_max:.3f} s" in wait for wait in waits)


def test_retries_zero_makes_exactly_one_attempt(client: Client, core: FakeCore) -> None:
    core.inject(unavailable(), path=PROCESSES, times=5)
    with pytest.raises(ServerError):
        client._request("GET", PROCESSES, retries=0)
    assert core.counts[f"GET {PROCESSES}"] == 1


def test_client_retries_zero_makes_exactly_one_attempt(core: FakeCore) -> None:
    core.inject(unavailable(), path="/ping", times=5)
    with Client(core.url, retries=0) as client, pytest.raises(ServerError):
        client._request("GET", "/ping")
    assert core.counts["GET /ping"] == 1


def test_per_call_retries_bound_the_attempts(client: Client, core: FakeCore) -> None:
    core.inject(unavailable(), path=PROCESSES, times=5)
    with pytest.raises(ServerError) as raised:
        client._request("GET", PROCESSES, retries=1)
    assert core.counts[f"GET {PROCESSES}"] == 2
    assert raised.value.status == 503


def test_a_post_is_not_sent_again_after_a_read_timeout(client: Client, core: FakeCore) -> None:
    core.inject(STALL, path=PROCESSES)
    with pytest.raises(APITimeoutError):
        client._request("POST", PROCESSES, json={"id": "x"}, timeout=0.2)
    assert core.counts[f"POST {PROCESSES}"] == 1


def test_a_get_is_sent_again_after_a_read_timeout(client: Client, core: FakeCore) -> None:
    core.inject(STALL, path=PROCESSES)
    assert client._request("GET", PROCESSES, timeout=0.2).status_code == 200
    assert core.counts[f"GET {PROCESSES}"] == 2


def test_a_dropped_connection_repeats_a_put_but_not_a_post(client: Client, core: FakeCore) -> None:
    core.inject(DROP, path=PROCESSES)
    assert client._request("PUT", PROCESSES, json={}).status_code == 200
    assert core.counts[f"PUT {PROCESSES}"] == 2
    core.inject(DROP, path=PROCESSES)
    with pytest.raises(APIConnectionError):
        client._request("POST", PROCESSES, json={})
    assert core.counts[f"POST {PROCESSES}"] == 1


def test_a_body_cut_off_repeats_a_get_but_not_a_post(client: Client, core: FakeCore) -> None:
    core.inject(TRUNCATE, path=PROCESSES)
    assert client._request("GET", PROCESSES).json()["path"] == PROCESSES
    assert core.counts[f"GET {PROCESSES}"] == 2
    core.inject(TRUNCATE, path=PROCESSES)
    with pytest.raises(APIConnectionError) as raised:
        client._request("POST", PROCESSES, json={})
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
    assert core.counts[f"POST {PROCESSES}"] == 1


def test_a_503_on_a_post_is_not_retried(client: Client, core: FakeCore) -> None:
    core.inject(unavailable(retry_after="0"), path=PROCESSES)
    with pytest.raises(ServerError):
        client._request("POST", PROCESSES, json={})
    assert core.counts[f"POST {PROCESSES}"] == 1


def test_a_proxy_error_page_is_retried_then_raised_with_its_text(
    client: Client, core: FakeCore
) -> None:
    core.inject(proxy_error_page(), path=PROCESSES, times=4)
    with pytest.raises(ServerError) as raised:
        client._request("GET", PROCESSES)
    assert core.counts[f"GET {PROCESSES}"] == 4
    assert raised.value.message == "<html>502 Bad Gateway</html>"


def test_a_post_is_sent_again_when_the_connection_was_never_made() -> None:
    attempts: list[httpx.Request] = []

    def refuse_once(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(refuse_once)
    with Client("http://core.test", transport=transport, backoff=FAST) as client:
        client._request("POST", PROCESSES, json={})
    assert len(attempts) == 2


def test_a_one_shot_iterator_body_is_never_sent_twice() -> None:
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    transport = httpx.MockTransport(refuse)
    with (
        Client("http://core.test", transport=transport, backoff=FAST) as client,
        pytest.raises(APIConnectionError),
    ):
        client._request("PUT", "/api/v3/fs/disk/a.mp4", content=iter([b"chunk"]))
    assert len(attempts) == 1


class Chunks:
    """Streamed content that says whether it can start over (`pipeline.ReplayableContent`)."""

    def __init__(self, replayable: bool) -> None:
        self.replayable = replayable

    def __iter__(self) -> Iterator[bytes]:
        yield b"chunk"


@pytest.mark.parametrize(("replayable", "attempts", "status"), [(True, 2, 201), (False, 1, 503)])
def test_streamed_content_is_sent_again_only_when_it_can_start_over(
    replayable: bool, attempts: int, status: int
) -> None:
    sent: list[bytes] = []

    def unavailable_once(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        return httpx.Response(503 if len(sent) == 1 else 201)

    transport = httpx.MockTransport(unavailable_once)
    with Client("http://core.test", transport=transport, backoff=FAST) as client:
        try:
            answered = client._request("PUT", "/api/v3/fs/a", content=Chunks(replayable))
        except ServerError as error:
            answered = error.response
    assert answered.status_code == status
    assert sent == [b"chunk"] * attempts


def test_a_connect_error_that_persists_ends_as_a_connection_error() -> None:
    # A bound socket that does not listen: connecting to it is refused.
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        with (
            Client(f"http://127.0.0.1:{port}", backoff=FAST, retries=2) as client,
            pytest.raises(APIConnectionError) as raised,
        ):
            client._request("GET", "/ping")
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


async def test_async_client_retries_the_same_way(core: FakeCore) -> None:
    core.inject(unavailable(retry_after="1"), path="/ping", times=2)
    core.inject(STALL, path="/api")
    async with AsyncClient(core.url, backoff=FAST) as client:
        assert (await client._request("GET", "/ping")).text == "pong"
        assert (await client._request("GET", "/api", timeout=0.2)).status_code == 200
        core.inject(STALL, path=PROCESSES)
        with pytest.raises(APITimeoutError):
            await client._request("POST", PROCESSES, json={}, timeout=0.2, auth=False)
    assert (core.counts["GET /ping"], core.counts["GET /api"]) == (3, 2)
    assert core.counts[f"POST {PROCESSES}"] == 1
