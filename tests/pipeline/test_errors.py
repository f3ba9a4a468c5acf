"""The error tree, and that no secret leaks into reprs, logs or error messages."""

from __future__ import annotations

import json
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
from tests.support.shared import exchange
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
    assert f"GET {core.url}/ping failed after 1 attempt: ReadTimeout" in str(raised.value)
    assert raised.value.attempts == 1


def test_a_refused_connection_says_how_many_attempts_were_made() -> None:
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ConnectError("Connection refused", request=request)

    transport = httpx.MockTransport(refuse)
    with (
        Client("http://core.test", transport=transport, retries=2, backoff=FAST) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client._request("GET", "/api")
    assert len(sent) == 3
    assert raised.value.attempts == 3
    assert "GET http://core.test/api failed after 3 attempts: ConnectError" in str(raised.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # vod: the reason phrase as message, Core's text in details
        ({"code": 404, "message": "Not Found", "details": ["unknown process"]}, "unknown process"),
        (
            {"code": 403, "message": "Forbidden", "details": ["invalid username or password"]},
            "invalid username or password",
        ),
        # v16: a message of its own stays
        ({"code": 404, "message": "Unknown process ID", "details": ["unknown process"]}, None),
        # only the reason phrase: nothing more specific to take
        ({"code": 404, "message": "Not Found", "details": []}, "Not Found"),
    ],
)
def test_message_is_cores_most_specific_text(body: dict[str, object], message: str | None) -> None:
    with _answering(404, json.dumps(body)) as client, pytest.raises(NotFoundError) as raised:
        client._request("GET", "/api/v3/process/abc")
    assert raised.value.message == (message or body["message"])
    assert raised.value.details == body["details"]
    assert f"{body['message']}" in str(raised.value)
    assert all(detail in str(raised.value) for detail in raised.value.details)


@pytest.mark.parametrize(
    ("version", "fixture", "error_type"),
    [
        ("v16.16.0", "097-graph-query-bad-query", UnprocessableEntityError),
        ("v16.10.0", "097-graph-query-bad-query", UnprocessableEntityError),
        ("vod", "119-graph-query-bad-query", BadRequestError),
    ],
)
def test_graphql_errors_carry_their_messages(
    version: str, fixture: str, error_type: type[APIError]
) -> None:
    # SPEC_DIFFS items 15 and 17: v16 answers 422 JSON, vod 400 with the JSON as text/plain.
    recorded = exchange(version, fixture)["response"]
    expected = "; ".join(error["message"] for error in recorded["body"]["errors"])
    content_type = recorded["headers"]["Content-Type"]
    with (
        _answering(recorded["status"], json.dumps(recorded["body"]), content_type) as client,
        pytest.raises(error_type) as raised,
    ):
        client.graph_query({"query": "{ nope }"})
    assert raised.value.message == expected
    assert expected in str(raised.value)


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
