"""The error tree, and that no secret leaks into reprs, logs or error messages."""

from __future__ import annotations

import logging

import httpx
import pytest

import core_client
from core_client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    CoreError,
    ForbiddenError,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
    ValidationError,
)
from tests.pipeline.fake_core import STALL, FakeClock, FakeCore
from tests.support.targets import FAST

PROCESSES = "/api/v3/process"


def _answering(status: int, body: str, content_type: str = "application/json") -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=body, headers={"Content-Type": content_type})

    return Client("http://core.test", transport=httpx.MockTransport(answer), retries=0)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (500, ServerError),
        (503, ServerError),
        (418, APIError),
    ],
)
def test_each_status_maps_to_its_error_carrying_cores_error_body(
    status: int, error_type: type[APIError]
) -> None:
    body = f'{{"code": {status}, "message": "Nope", "details": ["first", "second"]}}'
    with _answering(status, body) as client, pytest.raises(error_type) as raised:
        client._request("DELETE", "/api/v3/process/abc", params={"x": "1"})
    error = raised.value
    assert type(error) is error_type
    assert (error.status, error.code, error.message) == (status, status, "Nope")
    assert error.details == ["first", "second"]
    assert (error.method, error.url) == ("DELETE", "http://core.test/api/v3/process/abc?x=1")
    assert error.response.status_code == status
    assert isinstance(error, httpx.HTTPStatusError)
    assert "Nope; first; second" in str(error)


def test_a_proxy_html_page_becomes_an_api_error_with_the_text() -> None:
    page = "<html><body>" + "Bad Gateway " * 100 + "</body></html>"
    with _answering(502, page, "text/html") as client, pytest.raises(ServerError) as raised:
        client._request("GET", "/api")
    assert raised.value.message == page
    assert raised.value.code is None
    # The message keeps the start of a long page, not all of it.
    assert len(str(raised.value)) < 400


def test_every_error_is_an_httpx_error() -> None:
    for name in core_client.__all__:
        exported = getattr(core_client, name)
        if isinstance(exported, type) and issubclass(exported, Exception):
            assert issubclass(exported, CoreError)
            assert issubclass(exported, httpx.HTTPError)
    assert issubclass(APIConnectionError, httpx.TransportError)
    assert issubclass(APITimeoutError, httpx.TimeoutException)
    assert issubclass(ValidationError, ValueError)


def test_a_timeout_is_caught_as_an_httpx_timeout_with_the_original_chained(
    core: FakeCore,
) -> None:
    core.inject(STALL, path="/ping")
    with Client(core.url, retries=0) as client, pytest.raises(httpx.TimeoutException) as raised:
        client._request("GET", "/ping", timeout=0.2)
    assert isinstance(raised.value, APITimeoutError)
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert raised.value.request.url.path == "/ping"
    assert f"GET {core.url}/ping failed: ReadTimeout" in str(raised.value)


def test_response_validation_error_names_the_field_and_keeps_the_body() -> None:
    response = httpx.Response(200, text='{"id": 5}', request=httpx.Request("GET", "http://x/"))
    error = ResponseValidationError("id", "expected a string", response=response)
    assert (error.path, error.body, error.response) == ("id", '{"id": 5}', response)
    assert str(error) == "id: expected a string"


def test_bad_settings_are_validation_errors_naming_the_field() -> None:
    with pytest.raises(ValidationError) as raised:
        Client("http://core.test", retries=-1)
    assert raised.value.path == "retries"
    with _answering(200, "{}") as client, pytest.raises(ValidationError) as raised:
        client._request("GET", "/api", retries=-1)
    assert raised.value.path == "retries"
    with pytest.raises(ValidationError) as raised:
        Client("http://core.test", username="admin")
    assert raised.value.path == "password"
    with pytest.raises(ValidationError) as raised:
        Client("http://core.test", transport=httpx.AsyncHTTPTransport())
    assert raised.value.path == "transport"
    # User info in the URL would be sent as Basic auth over the bearer token, and logged.
    with pytest.raises(ValidationError) as raised:
        Client("http://admin:url-secret@core.test")
    assert raised.value.path == "base_url"
    assert "url-secret" not in str(raised.value)


def test_no_secret_reaches_reprs_logs_or_error_messages(
    core: FakeCore, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[Exception] = []
    with caplog.at_level(logging.DEBUG):
        with Client(core.url, core.username, core.password, clock=clock, backoff=FAST) as client:
            tokens = client.login()
            client._request("GET", PROCESSES)
            core.restart()
            client._request("GET", PROCESSES)
            with pytest.raises(NotFoundError) as not_found:
                client._request("GET", "/api/nowhere")
            errors.append(not_found.value)
            reprs = [repr(client), repr(client._tokens), repr(client._tokens.current())]
        with Client(core.url, core.username, "wrong-password") as refused:
            with pytest.raises(AuthenticationError) as login_refused:
                refused._request("GET", PROCESSES)
            errors.append(login_refused.value)
            reprs.append(repr(refused))
    assert tokens.refresh_token is not None
    secrets = [core.password, "wrong-password", tokens.access_token, tokens.refresh_token]
    logged = [record.getMessage() for record in caplog.records]
    logged += [str(value) for record in caplog.records for value in vars(record).values()]
    messages = [str(error) for error in errors] + [str(error.__cause__) for error in errors]
    for text in reprs + logged + messages:
        for secret in secrets:
            assert secret not in text
    attempt_lines = [r for r in caplog.records if r.name == "core_client" and "attempt" in r.msg]
    assert attempt_lines
    sent_headers = [getattr(record, "request_headers", {}) for record in attempt_lines]
    assert any(headers.get("authorization") == "<redacted>" for headers in sent_headers)
