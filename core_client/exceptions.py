"""The one error tree of core_client.

Every error subclasses `httpx.HTTPError`, so code written as `except httpx.HTTPError:` keeps
catching every transport, status and authentication failure. Messages never carry tokens or
passwords: they name the method and the URL without its user info.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http import HTTPStatus
from typing import Any

import httpx

# A proxy's HTML error page can be long; the message keeps its start, `.message` keeps it all.
_SUMMARY_LENGTH = 300


class CoreError(httpx.HTTPError):
    """Base of every error raised by core_client."""

    response: httpx.Response | None = None


class APIConnectionError(CoreError, httpx.TransportError):
    """The request did not get a response: connection refused or dropped, DNS, TLS, proxy.

    `attempts` is how many times the request was sent (retries included); None where a body
    was cut off while it was read.
    """

    attempts: int | None = None


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A connect, read, write or pool timeout ran out."""


class AuthenticationError(CoreError):
    """Login or token renewal was refused, or the client has no way to renew its token.

    For a refusal, `status`, `code`, `message` (Core's most specific text, as `APIError`'s) and
    `details` are Core's answer, and `request`/`response` the exchange; neither shows the
    password or a token (the login body is dropped, `Authorization` redacted).
    """

    status: int | None = None
    code: int | None = None
    details: list[str]

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        self.message = message
        self.details = []
        if response is not None:
            self.status = response.status_code
            self.code, core_message, self.details = _error_body(response)
            self.message = _most_specific(core_message, self.details)
            message = f"{message}: {self.status} {_summary(core_message, self.details)}"
        super().__init__(message)
        self.response = response
        if response is not None:
            self.request = response.request


def hide_secrets(error: APIError) -> None:
    """Make a refused login or refresh show no password or token: its request (also as its
    response's, which `last_response` may hold) becomes a copy without the body, which holds the
    password, and with `Authorization` redacted, which holds the refresh token."""
    sent = error.request
    headers = {
        name: "[redacted]" if name.lower() == "authorization" else value
        for name, value in sent.headers.items()
        if name.lower() != "content-length"
    }
    shown = httpx.Request(sent.method, sent.url, headers=headers, extensions=sent.extensions)
    error.request = error.response.request = shown


class ValidationError(CoreError, ValueError):
    """A value given to a method is invalid; `path` names the field (e.g. `config.input[0].id`)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class ResponseValidationError(CoreError):
    """A response body could not become its model; `path` names the field, `body` is raw text."""

    def __init__(self, path: str, message: str, *, response: httpx.Response) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.response = response
        self.request = response.request
        self.body = response.text


class APIError(CoreError, httpx.HTTPStatusError):
    """Core answered with a non-2xx status.

    `code` and `details` are Core's error body (`api.Error`) where it sent one; `message` is
    its most specific text: Core's `message`, or its `details` where the message only repeats
    the status ("Not Found"). A GraphQL answer's `errors` become `message`; a body that is not
    JSON (a proxy's HTML 502 page) becomes `message` as text.
    """

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        request = response.request
        self.status = response.status_code
        self.method = request.method
        self.url = str(request.url.copy_with(username=None, password=None))
        self.code, core_message, self.details = _error_body(response)
        self.message = _most_specific(core_message, self.details)
        super().__init__(
            f"{self.method} {self.url} -> {self.status}: {_summary(core_message, self.details)}",
            request=request,
            response=response,
        )


class BadRequestError(APIError):
    """400: Core rejected the request as malformed."""


class UnauthorizedError(APIError):
    """401: the token is missing, expired, malformed or of the wrong type."""


class ForbiddenError(APIError):
    """403: not allowed (vod also answers 403 for a missing token)."""


class NotFoundError(APIError):
    """404: no such process, file, storage or route."""


class ConflictError(APIError):
    """409: the resource exists already (vod: duplicate process id)."""


class UnprocessableEntityError(APIError):
    """422: the request is well-formed but Core cannot process it."""


class ServerError(APIError):
    """5xx: Core, or a proxy in front of it, failed."""


_ERROR_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}


def api_error(response: httpx.Response) -> APIError:
    """The APIError subclass for a read non-2xx response."""
    status = response.status_code
    error_type = ServerError if status >= 500 else _ERROR_BY_STATUS.get(status, APIError)
    return error_type(response)


def transport_error(error: httpx.TransportError, attempts: int | None = None) -> APIConnectionError:
    """Our counterpart of an httpx transport error; the caller chains the original."""
    error_type = (
        APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    )
    request = error.request
    url = request.url.copy_with(username=None, password=None)
    tries = "" if attempts is None else f" after {attempts} attempt{'' if attempts == 1 else 's'}"
    message = f"{request.method} {url} failed{tries}: {type(error).__name__}: {error}"
    mapped = error_type(message, request=request)
    mapped.attempts = attempts
    return mapped


def at_call_site(error: CoreError, request: Callable[[], httpx.Request]) -> CoreError:
    """The error as a public method re-raises it: with a request (`request()`, the one the call
    would have sent) where it has none, as a bad argument has not, and with a traceback that
    starts at the raise, so the pipeline's frames do not stand between the caller and the
    error (what went wrong below stays in the cause chain)."""
    try:
        error.request  # noqa: B018 (httpx raises RuntimeError for an error without one)
    except RuntimeError:
        error.request = request()
    return error.with_traceback(None)


@contextmanager
def transport_errors_mapped() -> Iterator[None]:
    """Raise httpx transport errors from inside (a body cut off while it is read) as ours."""
    try:
        yield
    except httpx.TransportError as error:
        raise transport_error(error) from error


# Messages that only name the status (Core's `message` is often the reason phrase).
_GENERIC_MESSAGES = frozenset(status.phrase.lower() for status in HTTPStatus)


def _most_specific(message: str, details: list[str]) -> str:
    if details and message.lower() in _GENERIC_MESSAGES:
        return "; ".join(details)
    return message


def _summary(message: str, details: list[str]) -> str:
    parts = list(dict.fromkeys([message, *details]))  # v16.10.0 repeats "Not Found" in details
    summary = "; ".join(parts)
    if len(summary) > _SUMMARY_LENGTH:
        summary = summary[:_SUMMARY_LENGTH] + "..."
    return summary


def _error_body(response: httpx.Response) -> tuple[int | None, str, list[str]]:
    reason = response.reason_phrase or f"HTTP {response.status_code}"
    try:
        # Not by content type: vod sends GraphQL's JSON errors as text/plain.
        body: Any = response.json()
    except ValueError:
        return None, response.text.strip() or reason, []
    if not isinstance(body, dict):
        return None, response.text.strip() or reason, []
    graphql = _graphql_messages(body)
    if graphql:
        return None, "; ".join(graphql), []
    code = body.get("code")
    message = body.get("message")
    details = body.get("details")
    return (
        code if isinstance(code, int) else None,
        message if isinstance(message, str) and message else reason,
        [str(item) for item in details] if isinstance(details, list) else [],
    )


def _graphql_messages(body: dict[str, Any]) -> list[str]:
    """The messages of a GraphQL error answer (`{"errors": [{"message": ...}], "data": null}`)."""
    errors = body.get("errors")
    if "message" in body or not isinstance(errors, list):
        return []
    return [
        error["message"]
        for error in errors
        if isinstance(error, dict) and isinstance(error.get("message"), str)
    ]
