"""Core's live event streams: decoding, keepalive filtering and the reconnect loop.

Core answers an event request with an endless body (newline-delimited JSON, or server-sent
events for log events) and writes a keepalive every 5 seconds. The decisions (what an item
means, when and how long to wait before reconnecting) are shared here; `EventStream` and
`AsyncEventStream` only differ in how they read and wait.
"""

from __future__ import annotations

import contextlib
import functools
import json
import socket
import threading
from collections.abc import (
    AsyncGenerator,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    aclosing,
    contextmanager,
)
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar

import httpx

from .exceptions import CoreError, ServerError, ValidationError, transport_error
from .operation import invalid_as
from .retry import Backoff

if TYPE_CHECKING:
    from httpx_sse import ServerSentEvent

__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "KEEPALIVE_INTERVAL",
    "AsyncEventStream",
    "EventFeed",
    "EventStream",
    "EventStreamError",
    "Reconnect",
]

EventT = TypeVar("EventT")
ConnectT = TypeVar("ConnectT")

# Core's keepalive ticker (http/handler/api/events.go). A stream silent for several intervals
# is dead even if its socket still looks open (a vanished peer, a stalled proxy).
KEEPALIVE_INTERVAL = 5.0
DEFAULT_IDLE_TIMEOUT = 3 * KEEPALIVE_INTERVAL

JSON_STREAM = "application/x-json-stream"
SSE_STREAM = "text/event-stream"


class EventStreamError(CoreError):
    """An item of an event stream is not the event Core documents; `item` is its raw text."""

    def __init__(self, message: str, item: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(f"{message}: {item[:200]!r}")
        self.item = item
        if request is not None:
            self.request = request


class EventFeed(NamedTuple, Generic[EventT]):
    """One of Core's event routes and how to read its items."""

    url: str
    build: Callable[[dict[str, Any]], EventT]
    # The field whose value "keepalive" marks a keepalive item: it differs per route.
    keepalive_field: str
    accept: str = JSON_STREAM
    body: Mapping[str, Any] | None = None
    params: Mapping[str, str] | None = None

    def decode(
        self, item: str | ServerSentEvent, request: httpx.Request | None = None
    ) -> EventT | None:
        """The event an item carries, or None for keepalives and blank lines; `request` is the
        stream's, for the error of an item that is no event."""
        text = item if isinstance(item, str) else item.data
        if not text.strip():
            return None
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise EventStreamError("event is not JSON", text, request=request) from exc
        if not isinstance(data, dict):
            raise EventStreamError("event is not a JSON object", text, request=request)
        if data.get(self.keepalive_field) == "keepalive":
            return None
        try:
            return self.build(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = f"event does not fit its model ({exc!r})"
            raise EventStreamError(message, text, request=request) from exc


def _is_sse(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.startswith(SSE_STREAM)


def _items(response: httpx.Response) -> Iterator[str | ServerSentEvent]:
    from httpx_sse import EventSource  # only a stream pays for importing it

    return EventSource(response).iter_sse() if _is_sse(response) else response.iter_lines()


def _aitems(response: httpx.Response) -> AsyncGenerator[str | ServerSentEvent]:
    from httpx_sse import EventSource

    if _is_sse(response):
        return EventSource(response).aiter_sse()
    return _lines(response)


async def _lines(response: httpx.Response) -> AsyncGenerator[str]:
    async for line in response.aiter_lines():
        yield line


def filters_body(filters: object, schema: str) -> dict[str, Any]:
    """The body of an event route whose filters model is `schema` (`ProcessEventFilters`,
    `LogEventFilters`), from one filter (a model or a dict), a list of them, or that model.

    A filter that does not fit (an unknown key, a value of the wrong type) raises
    `ValidationError` naming it: Core would ignore it and stream every event.
    """
    if filters is None:
        return {}
    if isinstance(filters, Sequence) and not isinstance(filters, str | bytes):
        items = [(f"filters[{index}]", item) for index, item in enumerate(filters)]
    else:
        data = _as_dict(filters, "filters")
        if not data:
            return {}  # no filter: every event (an empty filters model, an empty dict)
        if list(data) != ["filters"]:
            items = [("filters", data)]
        elif isinstance(data["filters"], Sequence) and not isinstance(data["filters"], str):
            items = [
                (f"filters.filters[{index}]", item) for index, item in enumerate(data["filters"])
            ]
        else:
            raise ValidationError("filters.filters", "expected a list of filters")
    item_schema = schema.removesuffix("s")
    checked = [_checked_filter(_as_dict(item, path), item_schema, path) for path, item in items]
    return {"filters": checked}


def _as_dict(value: object, path: str) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if not callable(to_dict):
        raise ValidationError(
            path, f"expected a filter model or a dict, got {type(value).__name__}"
        )
    result: dict[str, Any] = to_dict()
    return result


def _checked_filter(data: dict[str, Any], schema: str, path: str) -> dict[str, Any]:
    from . import models

    model = getattr(models, schema, None)
    if model is None:
        return data  # a build from a spec without this route's filters: sent as given
    fields = sorted(model.__struct_encode_fields__)
    for key in data:
        if key not in fields:
            import difflib

            close = difflib.get_close_matches(str(key), fields, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"a filter has {', '.join(fields)}"
            raise ValidationError(f"{path}.{key}", f"unknown field {key!r}; {hint}")
    with invalid_as(ValidationError, path):
        model.from_dict(data, True)
    return data


@dataclass(frozen=True)
class Reconnect:
    """When an event stream reconnects after the server or the network dropped it.

    Delays grow along `backoff` (with jitter, so that many clients do not come back at once)
    and start over once a connection is established. `max_attempts` bounds the failed attempts
    in a row; None tries forever.
    """

    enabled: bool = True
    backoff: Backoff = field(default_factory=lambda: Backoff(initial=0.5, maximum=30.0))
    max_attempts: int | None = None


# Network and protocol failures (the idle timeout included) and server-side errors pass; a
# client error (bad filter, unknown media type, forbidden) would only repeat.
_RECONNECTABLE = (httpx.TransportError, ServerError)


class ReconnectState:
    """The state of one stream across its connections: reconnect decisions, the current
    response and whether the stream was closed; for the sync and the async loop alike."""

    def __init__(self, policy: Reconnect) -> None:
        self._policy = policy
        self._failures = 0
        self._error: Exception | None = None
        self._lock = threading.Lock()
        self._response: httpx.Response | None = None
        self._closed = threading.Event()

    @contextmanager
    def attempt(self) -> Iterator[None]:
        """Runs one connection; a failure worth a reconnect is kept for `next_delay`."""
        self._error = None
        try:
            yield
        except _RECONNECTABLE as exc:
            if self._closed.is_set():
                # Closed from another thread, which broke the read: the stream just ends.
                return
            if not self._policy.enabled:
                raise _ours(exc) from exc
            self._error = exc

    def connected(self, response: httpx.Response) -> bool:
        """Notes a new connection; False when the stream was closed while it was made."""
        with self._lock:
            self._failures = 0
            self._response = response
            return not self._closed.is_set()

    def close(self) -> httpx.Response | None:
        """Marks the stream closed; returns the response a reader may be blocked on."""
        with self._lock:
            self._closed.set()
            return self._response

    def closed_within(self, seconds: float) -> bool:
        """Waits up to `seconds` (a blocking reconnect delay); True as soon as it is closed."""
        return self._closed.wait(seconds)

    def next_delay(self) -> float | None:
        """Seconds to wait before reconnecting, None to end the stream; raises when giving up."""
        if self._closed.is_set() or not self._policy.enabled:
            return None
        self._failures += 1
        limit = self._policy.max_attempts
        if limit is not None and self._failures > limit and self._error is not None:
            raise _ours(self._error) from self._error
        return self._policy.backoff.delay(self._failures)


def _ours(error: Exception) -> Exception:
    # A read that fails mid-body raises httpx's own error; callers catch ours.
    if isinstance(error, httpx.TransportError) and not isinstance(error, CoreError):
        return transport_error(error)
    return error


def _shut_down(response: httpx.Response) -> None:
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class _Stream(Generic[ConnectT, EventT]):
    def __init__(
        self, connect: Callable[[], ConnectT], feed: EventFeed[EventT], reconnect: Reconnect
    ) -> None:
        self._connect = connect
        self._feed = feed
        self._state = ReconnectState(reconnect)


class EventStream(_Stream[AbstractContextManager[httpx.Response], EventT]):
    """A live event stream: iterate it; leaving the `with` block or `close()` disconnects."""

    @functools.cached_property
    def _events(self) -> Generator[EventT]:
        return self._run()

    def _run(self) -> Generator[EventT]:
        while True:
            with self._state.attempt(), self._connect() as response:
                if not self._state.connected(response):
                    return
                for item in _items(response):
                    if (event := self._feed.decode(item, response.request)) is not None:
                        yield event
            delay = self._state.next_delay()
            if delay is None or self._state.closed_within(delay):
                return

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> EventT:
        return next(self._events)

    def close(self) -> None:
        """Disconnects; safe to call from another thread while one is reading the stream."""
        response = self._state.close()
        try:
            self._events.close()
        except ValueError:
            # The generator is running in another thread, blocked in a read: shutting the
            # socket down wakes it (closing the response alone would not).
            if response is not None:
                _shut_down(response)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncEventStream(_Stream[AbstractAsyncContextManager[httpx.Response], EventT]):
    """A live event stream: `async for` over it; leaving `async with`, `aclose()` or cancelling
    the task disconnects."""

    @functools.cached_property
    def _events(self) -> AsyncGenerator[EventT]:
        return self._run()

    async def _run(self) -> AsyncGenerator[EventT]:
        while True:
            with self._state.attempt():
                async with self._connect() as response, aclosing(_aitems(response)) as items:
                    if not self._state.connected(response):
                        return
                    async for item in items:
                        if (event := self._feed.decode(item, response.request)) is not None:
                            yield event
            delay = self._state.next_delay()
            if delay is None:
                return
            import asyncio  # here, where a loop runs: sync users never import it

            await asyncio.sleep(delay)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> EventT:
        return await anext(self._events)

    async def aclose(self) -> None:
        self._state.close()
        await self._events.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
