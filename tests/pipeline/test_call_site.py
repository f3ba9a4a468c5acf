"""Every error a call raises carries its request and a traceback that starts at the call.

`except httpx.HTTPError as exc: print(exc.request.url)` is how httpx users handle errors; it
must work for every error of core_client, including those raised before anything is sent (the
request that would have been sent). The pipeline's frames (the plan, its runner) say nothing
to a caller, so they are cut from the traceback; what went wrong below stays in the cause chain.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from types import TracebackType

import httpx
import pytest

from core_client import (
    APIConnectionError,
    AsyncClient,
    AuthenticationError,
    Client,
    CoreError,
    NotFoundError,
    ResponseValidationError,
    ValidationError,
)

BASE = "http://core.test"
# Frames of the pipeline's machinery that no traceback of a call may show.
INTERNAL = {"_run", "_exchange", "_perform", "_renewal", "_send"}


def _frames(tb: TracebackType | None) -> list[tuple[str, str]]:
    return [(frame.filename.rsplit("/", 1)[-1], frame.name) for frame in traceback.extract_tb(tb)]


def _library_frames(error: BaseException) -> list[tuple[str, str]]:
    return [frame for frame in _frames(error.__traceback__) if not frame[0].startswith("test_")]


LOGIN = {"access_token": "a.b.c", "refresh_token": "d.e.f"}
CALLS: dict[str, tuple[Callable[[Client], object], type[CoreError], str, str]] = {
    # name: (call, error, method, path of the request the error carries)
    "status": (lambda c: c.v3_process_get("nope"), NotFoundError, "GET", "/api/v3/process/nope"),
    "bad argument": (
        lambda c: c.v3_process_get(5),  # type: ignore[arg-type]
        ValidationError,
        "GET",
        "/api/v3/process/{id}",
    ),
    "bad option": (
        lambda c: c.v3_process_get("p", retries=-1),
        ValidationError,
        "GET",
        "/api/v3/process/p",
    ),
    "bad body": (
        lambda c: c.v3_process_post({"id": 5}),
        ValidationError,
        "POST",
        "/api/v3/process",
    ),
    "malformed response": (
        lambda c: c.v3_process_get_list(),
        ResponseValidationError,
        "GET",
        "/api/v3/process",
    ),
    "streaming bad argument": (
        lambda c: c.v3_fs_get_file("disk", "../up"),
        ValidationError,
        "GET",
        "/api/v3/fs/{storage}/{filepath}",
    ),
    "streaming status": (
        lambda c: c.v3_fs_get_file("disk", "a.txt"),
        NotFoundError,
        "GET",
        "/api/v3/fs/disk/a.txt",
    ),
}


def _fake(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/login":
        return httpx.Response(200, json=LOGIN)
    if request.url.path == "/api/v3/process" and request.method == "GET":
        return httpx.Response(200, json={"not": "a list"})
    return httpx.Response(404, json={"code": 404, "message": "Not Found", "details": ["nope"]})


@pytest.mark.parametrize("name", list(CALLS))
def test_every_error_of_a_call_carries_its_request_and_starts_at_the_call(name: str) -> None:
    call, error_type, method, path = CALLS[name]
    transport = httpx.MockTransport(_fake)
    with (
        Client(BASE, access_token="a.b.c", transport=transport, retries=0) as client,
        pytest.raises(error_type) as raised,
    ):
        call(client)
    error = raised.value
    assert error.request.method == method
    assert error.request.url.path == path
    assert str(error.request.url).startswith(BASE)
    frames = _library_frames(error)
    assert not INTERNAL & {name for _, name in frames}, frames
    assert len(frames) <= 2, frames  # the public method, and where it re-raises
    assert "pipeline.py" not in {file for file, _ in frames}


def test_a_connection_error_keeps_its_cause_and_starts_at_the_call() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    with (
        Client(BASE, access_token="a.b.c", transport=httpx.MockTransport(refuse)) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client.v3_process_get_list(retries=1, timeout=1)
    error = raised.value
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.request.url == f"{BASE}/api/v3/process"
    assert not INTERNAL & {name for _, name in _library_frames(error)}


def test_an_error_without_a_request_gets_the_one_the_login_would_have_sent() -> None:
    # A client without username and password cannot log in: nothing is sent.
    with (
        Client(BASE, transport=httpx.MockTransport(_fake)) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.login()
    assert raised.value.request.url == f"{BASE}/api/login"
    assert not INTERNAL & {name for _, name in _library_frames(raised.value)}


async def test_async_errors_carry_their_request_and_start_at_the_call() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return _fake(request)

    transport = httpx.MockTransport(answer)
    async with AsyncClient(BASE, access_token="a.b.c", transport=transport) as client:
        with pytest.raises(NotFoundError) as not_found:
            await client.v3_process_get("nope")
        with pytest.raises(ValidationError) as invalid:
            await client.v3_process_get(5)  # type: ignore[arg-type]
        with pytest.raises(NotFoundError) as streamed:
            await client.v3_fs_get_file("disk", "a.txt")
    assert invalid.value.request.url.path == "/api/v3/process/{id}"
    for error in (not_found.value, invalid.value, streamed.value):
        frames = _library_frames(error)
        assert not INTERNAL & {name for _, name in frames}, frames
        assert len(frames) <= 2, frames
