"""`client.request` / `client.stream`: any route through the client's auth, retries and errors.

The escape hatch for routes the spec gets wrong or lacks: vod's cluster reallocation takes an
array (the spec says object, so the typed method refuses the array before sending).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from core_client import AsyncClient, Client, NotFoundError, ServerError, ValidationError
from tests.pipeline.fake_core import FakeClock, FakeCore, unavailable
from tests.support.targets import FAST

REALLOCATION = [{"process_id": "p1", "target_node_id": "node2"}]


class Recorder:
    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request)


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json="OK")


def test_a_body_is_sent_as_given() -> None:
    recorder = Recorder(_ok)
    with Client(
        "http://core.test", access_token="a.b.c", transport=httpx.MockTransport(recorder)
    ) as client:
        response = client.request("PUT", "/api/v3/cluster/reallocation", json=REALLOCATION)
    assert response.json() == "OK"
    (sent,) = recorder.requests
    assert (sent.method, str(sent.url)) == ("PUT", "http://core.test/api/v3/cluster/reallocation")
    assert json.loads(sent.content) == REALLOCATION
    assert sent.headers["Authorization"] == "Bearer a.b.c"


def test_params_headers_and_content_go_as_given() -> None:
    recorder = Recorder(_ok)
    with Client(
        "http://core.test", access_token="a.b.c", transport=httpx.MockTransport(recorder)
    ) as client:
        client.request(
            "post",
            "/api/v3/anything",
            params={"glob": "*.ts"},
            content=b"raw",
            headers={"Content-Type": "text/plain", "X-Extra": "1"},
        )
    (sent,) = recorder.requests
    assert (sent.method, sent.url.path, sent.url.params["glob"]) == (
        "POST",
        "/api/v3/anything",
        "*.ts",
    )
    assert (sent.content, sent.headers["X-Extra"]) == (b"raw", "1")


def test_the_first_raw_call_logs_in_and_a_401_renews_the_token(
    core: FakeCore, clock: FakeClock
) -> None:
    with Client(core.url, core.username, core.password, clock=clock, backoff=FAST) as client:
        assert client.request("GET", "/api/v3/process").status_code == 200
        core.restart()  # the tokens the client holds are no longer valid
        assert client.request("GET", "/api/v3/process").status_code == 200
    assert core.logins == 2


def test_raw_calls_are_retried_and_raise_the_error_tree(core: FakeCore, clock: FakeClock) -> None:
    core.inject(unavailable(), path="/api/v3/process", times=2)
    with Client(core.url, core.username, core.password, clock=clock, backoff=FAST) as client:
        assert client.request("GET", "/api/v3/process").status_code == 200
        core.inject(unavailable(), path="/api/v3/process", times=3)
        with pytest.raises(ServerError) as failed:
            client.request("GET", "/api/v3/process", retries=1)
        assert failed.value.status == 503
        with pytest.raises(NotFoundError) as missing:
            client.request("GET", "/api/nowhere")
        assert missing.value.request.url.path == "/api/nowhere"


@pytest.mark.parametrize(
    ("arguments", "path", "message"),
    [
        ({"method": "FETCH", "path": "/api"}, "method", "'FETCH' is not one of"),
        ({"method": "GET", "path": "api/v3/process"}, "path", "not a path below base_url"),
        ({"method": "GET", "path": "http://elsewhere/api"}, "path", "not a path below base_url"),
        ({"method": "GET", "path": "//elsewhere/api"}, "path", "not a path below base_url"),
        ({"method": "PUT", "path": "/api", "json": {}, "content": b"x"}, "content", "not both"),
        ({"method": "GET", "path": "/api", "params": "a=1"}, "params", "expected a mapping"),
        ({"method": "GET", "path": "/api", "retries": -1}, "retries", "must be 0 or more"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    arguments: dict[str, Any], path: str, message: str
) -> None:
    recorder = Recorder(_ok)
    with Client(
        "http://core.test", access_token="a.b.c", transport=httpx.MockTransport(recorder)
    ) as client:
        with pytest.raises(ValidationError) as raised:
            client.request(**arguments)
        with pytest.raises(ValidationError), client.stream(**arguments):
            pass
    assert raised.value.path == path
    assert message in str(raised.value)
    assert raised.value.request.url.host == "core.test"
    assert recorder.requests == []


def test_stream_yields_the_unread_response_and_closes_it() -> None:
    body = b"x" * 100_000

    def chunked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([body[:50_000], body[50_000:]]))

    recorder = Recorder(chunked)
    with Client(
        "http://core.test", access_token="a.b.c", transport=httpx.MockTransport(recorder)
    ) as client:
        with client.stream("GET", "/memfs/big.bin") as response:
            assert not response.is_stream_consumed
            received = b"".join(response.iter_bytes())
        assert response.is_closed
        assert received == body
        recorder.answer = lambda request: httpx.Response(
            404, json={"code": 404, "message": "Not Found", "details": ["file not found"]}
        )
        with pytest.raises(NotFoundError) as raised, client.stream("GET", "/memfs/none.bin"):
            pass
    assert raised.value.message == "file not found"


async def test_async_request_and_stream() -> None:
    recorder = Recorder(_ok)

    async def answer(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    transport = httpx.MockTransport(answer)
    async with AsyncClient("http://core.test", access_token="a.b.c", transport=transport) as client:
        response = await client.request("PUT", "/api/v3/cluster/reallocation", json=REALLOCATION)
        assert response.json() == "OK"
        async with client.stream("GET", "/api/v3/process") as streamed:
            assert await streamed.aread() == b'"OK"'
        with pytest.raises(ValidationError) as raised:
            await client.request("GET", "api")
        assert raised.value.path == "path"
        with pytest.raises(ValidationError):
            async with client.stream("FETCH", "/api"):
                pass
    assert [request.method for request in recorder.requests] == ["PUT", "GET"]
    assert json.loads(recorder.requests[0].content) == REALLOCATION
