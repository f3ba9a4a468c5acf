"""`client.request(...)` and `client.stream(...)`: any route, through the same pipeline.

The escape hatch for routes the spec gets wrong or lacks (vod's cluster reallocation takes an
array where the spec says object): the caller gives method, path and body, and the call still
gets the client's login and token renewal, retries, timeouts and error tree. Nothing is
checked or encoded beyond what httpx does: the path and the query go to Core as given (Core
decodes path values and query values twice, see `paths.py`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    AsyncExitStack,
    ExitStack,
    asynccontextmanager,
    contextmanager,
)
from typing import Any, Protocol, Unpack

import httpx

# At run time too: `typing.get_type_hints` of the methods needs them.
from .config import TimeoutValue
from .exceptions import CoreError, ValidationError
from .pipeline import Content, RequestOptions

__all__ = ["AsyncRawRequests", "SyncRawRequests"]

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class _Core(Protocol):
    def _at_call_site(self, error: CoreError, method: str, url: str) -> CoreError: ...


class _SyncPipeline(_Core, Protocol):
    def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response: ...

    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AbstractContextManager[httpx.Response]: ...


class _AsyncPipeline(_Core, Protocol):
    async def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response: ...

    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AbstractAsyncContextManager[httpx.Response]: ...


def _options(
    method: object,
    path: object,
    params: Mapping[str, Any] | None,
    json: Any,
    content: Content | None,
    headers: Mapping[str, str] | None,
    retries: int | None,
    timeout: TimeoutValue | None,
) -> RequestOptions:
    """The pipeline's options for a raw call; a bad argument raises before anything is sent."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        allowed = ", ".join(sorted(METHODS))
        raise ValidationError("method", f"{method!r} is not one of {allowed}")
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise ValidationError(
            "path", f"{path!r} is not a path below base_url (like '/api/v3/process')"
        )
    if params is not None and not isinstance(params, Mapping):
        raise ValidationError("params", f"expected a mapping, got {type(params).__name__}")
    if headers is not None and not isinstance(headers, Mapping):
        raise ValidationError("headers", f"expected a mapping, got {type(headers).__name__}")
    if json is not None and content is not None:
        raise ValidationError("content", "give json= or content=, not both")
    return {
        "params": params,
        "json": json,
        "content": content,
        "headers": headers,
        "retries": retries,
        "timeout": timeout,
    }


def _shown(method: object, path: object) -> tuple[str, str]:
    """Method and path for the request an invalid call would have sent."""
    return str(method).upper(), "/" + str(path).lstrip("/")


class SyncRawRequests:
    """`request` and `stream` of `Client`."""

    def request(
        self: _SyncPipeline,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Content | None = None,
        headers: Mapping[str, str] | None = None,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> httpx.Response:
        """Send any request below base_url (`client.request("PUT", "/api/v3/cluster/reallocation",
        json=[...])`) with the client's auth, retries and timeouts; returns the read response,
        raises the error tree for a non-2xx answer. `params`, `path` and the body go as given."""
        try:
            options = _options(method, path, params, json, content, headers, retries, timeout)
            return self._request(method, path, **options)
        except CoreError as error:
            raise self._at_call_site(error, *_shown(method, path))  # noqa: B904

    @contextmanager
    def stream(
        self: _SyncPipeline,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Content | None = None,
        headers: Mapping[str, str] | None = None,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> Iterator[httpx.Response]:
        """`request`, with the body left unread: `with client.stream("GET", path) as response:`
        then `response.iter_bytes()`; the connection closes when the block is left."""
        with ExitStack() as stack:
            try:
                options = _options(method, path, params, json, content, headers, retries, timeout)
                response = stack.enter_context(self._stream(method, path, **options))
            except CoreError as error:
                raise self._at_call_site(error, *_shown(method, path))  # noqa: B904
            yield response


class AsyncRawRequests:
    """`request` and `stream` of `AsyncClient` (awaited, and `async with`)."""

    async def request(
        self: _AsyncPipeline,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Content | None = None,
        headers: Mapping[str, str] | None = None,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> httpx.Response:
        """`Client.request`, awaited."""
        try:
            options = _options(method, path, params, json, content, headers, retries, timeout)
            return await self._request(method, path, **options)
        except CoreError as error:
            raise self._at_call_site(error, *_shown(method, path))  # noqa: B904

    @asynccontextmanager
    async def stream(
        self: _AsyncPipeline,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Content | None = None,
        headers: Mapping[str, str] | None = None,
        retries: int | None = None,
        timeout: TimeoutValue | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """`Client.stream`, with `async with` and `response.aiter_bytes()`."""
        async with AsyncExitStack() as stack:
            try:
                options = _options(method, path, params, json, content, headers, retries, timeout)
                response = await stack.enter_async_context(self._stream(method, path, **options))
            except CoreError as error:
                raise self._at_call_site(error, *_shown(method, path))  # noqa: B904
            yield response
