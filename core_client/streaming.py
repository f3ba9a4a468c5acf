"""The streaming operations of `Client` and `AsyncClient`: event streams, file transfer, playout.

Generated methods would buffer these bodies, so they are written here on the request pipeline
(`_request` / `_stream`). Each operation is one documented *route* function that says what to
send and what kind of transfer it is (`Fetch`, `Exists`, `Download`, `Chunks`, `Events`); each
kind runs itself on the sync or the async client, so only the I/O is written twice. The table
in `_StreamingRoutes` makes every route a typed method of both clients at once.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generic,
    ParamSpec,
    Protocol,
    Self,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
    overload,
)

import httpx
from datarhei_core_api.models import (
    LogEvent,
    LogEventFilter,
    LogEventFilters,
    MediaEvent,
    ProcessEvent,
    ProcessEventFilter,
    ProcessEventFilters,
)

from .config import TimeoutValue, as_timeout, with_read
from .events import (
    DEFAULT_IDLE_TIMEOUT,
    JSON_STREAM,
    SSE_STREAM,
    AsyncEventStream,
    EventFeed,
    EventStream,
    Reconnect,
    filters_body,
)
from .exceptions import APIError, CoreError, NotFoundError, ResponseValidationError
from .files import (
    DownloadTarget,
    FileData,
    Keyframe,
    UploadBody,
    UploadResult,
    abody_chunks,
    body_chunks,
    link_target,
)
from .files import file_url as _file_url
from .files import storage_url as _storage_url
from .operation import missing_route_explained
from .paths import file_path, segment

if TYPE_CHECKING:
    from .config import ClientConfig
    from .core import RequestOptions

__all__ = ["AsyncStreaming", "CallOptions", "StreamOptions", "SyncStreaming"]

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
SyncT_co = TypeVar("SyncT_co", covariant=True)
AsyncT_co = TypeVar("AsyncT_co", covariant=True)
EventT = TypeVar("EventT")

LogFilters = LogEventFilters | Mapping[str, Any] | Sequence[LogEventFilter | Mapping[str, Any]]
ProcessFilters = (
    ProcessEventFilters | Mapping[str, Any] | Sequence[ProcessEventFilter | Mapping[str, Any]]
)
DownloadTo = str | os.PathLike[str] | BinaryIO


class CallOptions(TypedDict, total=False):
    """What every method takes for that one call: `retries` and `timeout` (seconds or an
    httpx.Timeout); both default to the client's settings."""

    retries: int | None
    timeout: TimeoutValue | None


class StreamOptions(CallOptions, total=False):
    """What every event stream takes besides `retries`/`timeout` (which apply to connecting).

    `reconnect`: True (the default), False, or a `Reconnect` policy. `idle_timeout`: seconds
    without any byte (Core sends a keepalive every 5 s) after which the stream counts as
    dropped; None waits forever.
    """

    reconnect: bool | Reconnect
    idle_timeout: float | None


class _SyncCore(Protocol):
    """What the operations need of `Client`: the request pipeline (ARCHITECTURE.md)."""

    @property
    def _config(self) -> ClientConfig: ...

    def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response: ...

    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AbstractContextManager[httpx.Response]: ...


class _AsyncCore(Protocol):
    """What the operations need of `AsyncClient`."""

    @property
    def _config(self) -> ClientConfig: ...

    async def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response: ...

    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AbstractAsyncContextManager[httpx.Response]: ...


# -- the kinds of transfer -----------------------------------------------------------------------


def _content(response: httpx.Response) -> bytes:
    return response.content


def _json_text(response: httpx.Response) -> str:
    # The same rule as the generated methods' string results: a JSON string, or plain text.
    try:
        text = response.json()
    except ValueError:
        return response.text
    if text is None:
        # A cluster node's file operation (PUT /api/v3/cluster/node/{id}/fs) answers a success
        # with JSON null where one server answers "OK": there is no message to return.
        return ""
    if not isinstance(text, str):
        raise ResponseValidationError("response", "expected a string", response=response)
    return text


def _keyframe(response: httpx.Response) -> Keyframe:
    return Keyframe(response.content, response.headers.get("content-type", ""))


def _nothing(response: httpx.Response) -> None:
    return None


# Core refuses a link to a link, so one hop is all a link takes; a few more cost nothing.
_LINK_HOPS = range(5)


def _linked(response: httpx.Response, links: str | None) -> str | None:
    """The route to ask next when `response` is a symlink of the storage `links`, else None."""
    return None if links is None else link_target(response, links)


def _redirected(error: APIError, links: str | None) -> str:
    """The route to ask next when the error answer is a symlink (a 301); else the error."""
    target = _linked(error.response, links)
    if target is None:
        raise error
    return target


def _too_many_links(url: str) -> CoreError:
    return CoreError(f"GET {url}: more than {len(_LINK_HOPS)} symlinks in a row, not followed")


@dataclass(frozen=True)
class Fetch(Generic[T_co]):
    """A buffered request; `result` turns the read response into the method's value. `data`,
    when given, is streamed as the body (see `UploadBody`)."""

    method: str
    url: str
    result: Callable[[httpx.Response], T_co]
    options: CallOptions
    json: Any = None
    data: FileData | None = None
    links: str | None = None  # a storage root: a symlink in it is followed (`link_target`)

    def _request(self, for_async: bool) -> RequestOptions:
        request: RequestOptions = {
            "json": self.json,
            "retries": self.options.get("retries"),
            "timeout": self.options.get("timeout"),
        }
        if self.data is not None:
            body = UploadBody.of(self.data, for_async=for_async)
            request["content"] = body.content
            request["headers"] = body.headers()
        return request

    def run(self, core: _SyncCore) -> T_co:
        url = self.url
        for _ in _LINK_HOPS:
            try:
                response = core._request(self.method, url, **self._request(False))
            except APIError as error:
                url = _redirected(error, self.links)
                continue
            target = _linked(response, self.links)
            if target is None:
                return self.result(response)
            url = target
        raise _too_many_links(self.url)

    async def arun(self, core: _AsyncCore) -> T_co:
        url = self.url
        for _ in _LINK_HOPS:
            try:
                response = await core._request(self.method, url, **self._request(True))
            except APIError as error:
                url = _redirected(error, self.links)
                continue
            target = _linked(response, self.links)
            if target is None:
                return self.result(response)
            url = target
        raise _too_many_links(self.url)


@contextlib.contextmanager
def _followed(
    core: _SyncCore, url: str, links: str | None, options: CallOptions
) -> Iterator[httpx.Response]:
    """A streamed GET; a symlink of the storage `links` is followed to its target."""
    for _ in _LINK_HOPS:
        with contextlib.ExitStack() as stack:
            try:
                response = stack.enter_context(core._stream("GET", url, **options))
            except APIError as error:
                url = _redirected(error, links)
                continue
            target = _linked(response, links)
            if target is None:
                yield response
                return
        url = target
    raise _too_many_links(url)


@contextlib.asynccontextmanager
async def _afollowed(
    core: _AsyncCore, url: str, links: str | None, options: CallOptions
) -> AsyncIterator[httpx.Response]:
    """`_followed` on the async client."""
    for _ in _LINK_HOPS:
        async with contextlib.AsyncExitStack() as stack:
            try:
                response = await stack.enter_async_context(core._stream("GET", url, **options))
            except APIError as error:
                url = _redirected(error, links)
                continue
            target = _linked(response, links)
            if target is None:
                yield response
                return
        url = target
    raise _too_many_links(url)


@dataclass(frozen=True)
class Exists:
    """Whether the resource is there, nothing downloaded: a HEAD request, or where the server
    has no HEAD route (v16.10.0 memfs: 405) a GET whose body is left unread."""

    url: str
    options: CallOptions

    def run(self, core: _SyncCore) -> bool:
        try:
            try:
                core._request("HEAD", self.url, **self.options)
            except APIError as error:
                if error.status != 405:
                    raise
                with core._stream("GET", self.url, **self.options):
                    pass
        except NotFoundError:
            return False
        return True

    async def arun(self, core: _AsyncCore) -> bool:
        try:
            try:
                await core._request("HEAD", self.url, **self.options)
            except APIError as error:
                if error.status != 405:
                    raise
                async with core._stream("GET", self.url, **self.options):
                    pass
        except NotFoundError:
            return False
        return True


@dataclass(frozen=True)
class Download:
    """A body written to a path or a binary file as it arrives; the result is its size."""

    url: str
    to: DownloadTo
    options: CallOptions
    links: str | None = None  # as in `Fetch`

    def run(self, core: _SyncCore) -> int:
        with (
            _followed(core, self.url, self.links, self.options) as response,
            DownloadTarget(self.to) as target,
        ):
            for chunk in body_chunks(response):
                target.write(chunk)
        return target.written

    async def arun(self, core: _AsyncCore) -> int:
        async with _afollowed(core, self.url, self.links, self.options) as response:
            with DownloadTarget(self.to) as target:
                async for chunk in abody_chunks(response):
                    await target.awrite(chunk)
                await target.aflush()
        return target.written


@dataclass(frozen=True)
class Chunks:
    """A body as a context manager over its chunks (an async one on `AsyncClient`)."""

    url: str
    options: CallOptions
    links: str | None = None  # as in `Fetch`

    @contextlib.contextmanager
    def run(self, core: _SyncCore) -> Iterator[Iterator[bytes]]:
        with _followed(core, self.url, self.links, self.options) as response:
            yield body_chunks(response)

    @contextlib.asynccontextmanager
    async def arun(self, core: _AsyncCore) -> AsyncIterator[AsyncIterator[bytes]]:
        async with _afollowed(core, self.url, self.links, self.options) as response:
            yield abody_chunks(response)


@dataclass(frozen=True)
class Events(Generic[EventT]):
    """A live event stream: connecting uses the call's timeout, reading the idle timeout."""

    feed: EventFeed[EventT]
    options: StreamOptions

    def _request(self, default: httpx.Timeout) -> RequestOptions:
        given = self.options.get("timeout")
        timeout = default if given is None else as_timeout(given)
        idle = self.options.get("idle_timeout", DEFAULT_IDLE_TIMEOUT)
        return {
            "json": self.feed.body,
            "params": self.feed.params,
            "headers": {"Accept": self.feed.accept},
            "retries": self.options.get("retries"),
            "timeout": with_read(timeout, idle),
        }

    def _reconnect(self) -> Reconnect:
        policy = self.options.get("reconnect", True)
        return policy if isinstance(policy, Reconnect) else Reconnect(enabled=policy)

    def run(self, core: _SyncCore) -> EventStream[EventT]:
        request = self._request(core._config.timeout)
        connect = functools.partial(core._stream, "POST", self.feed.url, **request)
        return EventStream(connect, self.feed, self._reconnect())

    def arun(self, core: _AsyncCore) -> AsyncEventStream[EventT]:
        request = self._request(core._config.timeout)
        connect = functools.partial(core._stream, "POST", self.feed.url, **request)
        return AsyncEventStream(connect, self.feed, self._reconnect())


# -- routes as methods of both clients ----------------------------------------------------------


class _NamedCore:
    """The client as one method's operation uses it: a 404/405 for a route the server does not
    have (an older Core) says so and names the method, as the generated methods' errors do."""

    def __init__(self, core: _SyncCore, name: str) -> None:
        self._core = core
        self._name = name

    @property
    def _config(self) -> ClientConfig:
        return self._core._config

    def _request(self, method: str, url: str, **options: Unpack[RequestOptions]) -> httpx.Response:
        with missing_route_explained(method, url, self._name):
            return self._core._request(method, url, **options)

    @contextlib.contextmanager
    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> Iterator[httpx.Response]:
        with contextlib.ExitStack() as stack:
            with missing_route_explained(method, url, self._name):
                response = stack.enter_context(self._core._stream(method, url, **options))
            yield response


class _AsyncNamedCore:
    """`_NamedCore` of `AsyncClient`."""

    def __init__(self, core: _AsyncCore, name: str) -> None:
        self._core = core
        self._name = name

    @property
    def _config(self) -> ClientConfig:
        return self._core._config

    async def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        with missing_route_explained(method, url, self._name):
            return await self._core._request(method, url, **options)

    @contextlib.asynccontextmanager
    async def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[httpx.Response]:
        async with contextlib.AsyncExitStack() as stack:
            with missing_route_explained(method, url, self._name):
                response = await stack.enter_async_context(
                    self._core._stream(method, url, **options)
                )
            yield response


class _Operation(Protocol[SyncT_co, AsyncT_co]):
    def run(self, core: _SyncCore) -> SyncT_co: ...

    def arun(self, core: _AsyncCore) -> AsyncT_co: ...


class _Route(Generic[P, SyncT_co, AsyncT_co]):
    """A route as a method of both clients: bound to `Client` it runs the operation's sync
    form, bound to `AsyncClient` its async form."""

    __name__: str
    __qualname__: str

    def __init__(self, route: Callable[P, _Operation[SyncT_co, AsyncT_co]]) -> None:
        self._route = route
        # It reads as a method (help(), inspect, IDEs): the route's name, doc and parameters,
        # with `self` first when seen from the class; the route's own return annotation (the
        # operation) is not the method's.
        functools.update_wrapper(self, route)
        self._bound_signature = inspect.signature(route).replace(
            return_annotation=inspect.Signature.empty
        )
        itself = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
        parameters = [itself, *self._bound_signature.parameters.values()]
        self.__signature__ = self._bound_signature.replace(parameters=parameters)

    def __repr__(self) -> str:
        return f"<streaming method {self.__name__}>"

    def __call__(self, core: Any, /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Called on the class with the client first, as an unbound method is."""
        return self.__get__(core, type(core))(*args, **kwargs)

    @overload
    def __get__(self, core: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, core: _SyncCore, owner: type[Any]) -> Callable[P, SyncT_co]: ...
    @overload
    def __get__(self, core: _AsyncCore, owner: type[Any]) -> Callable[P, AsyncT_co]: ...
    def __get__(self, core: object, owner: type[Any]) -> object:
        method: Callable[P, object]
        if isinstance(core, AsyncStreaming):
            method = self._bind_async(cast(_AsyncCore, core))
        elif isinstance(core, SyncStreaming):
            method = self._bind_sync(cast(_SyncCore, core))
        else:
            return self
        return self._as_method(method)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        # An alias (`v3_events_stream = v3_events_post`) keeps the first name.
        if self.__name__ == self._route.__name__:
            self.__name__ = self.__qualname__ = name

    def _as_method(self, method: Callable[P, object]) -> object:
        dressed: Any = functools.update_wrapper(method, self._route)
        dressed.__name__ = dressed.__qualname__ = self.__name__
        dressed.__signature__ = self._bound_signature
        return dressed

    def _bind_sync(self, core: _SyncCore) -> Callable[P, SyncT_co]:
        route, named = self._route, _NamedCore(core, self.__name__)

        def method(*args: P.args, **kwargs: P.kwargs) -> SyncT_co:
            return route(*args, **kwargs).run(named)

        return method

    def _bind_async(self, core: _AsyncCore) -> Callable[P, AsyncT_co]:
        route, named = self._route, _AsyncNamedCore(core, self.__name__)

        def method(*args: P.args, **kwargs: P.kwargs) -> AsyncT_co:
            return route(*args, **kwargs).arun(named)

        return method


class _AwaitedRoute(_Route[P, T, Coroutine[Any, Any, T]]):
    """A route whose async form is awaited: a coroutine method on `AsyncClient`."""

    def _bind_async(self, core: _AsyncCore) -> Callable[P, Coroutine[Any, Any, T]]:
        route, named = self._route, _AsyncNamedCore(core, self.__name__)

        async def method(*args: P.args, **kwargs: P.kwargs) -> T:
            return await route(*args, **kwargs).arun(named)

        return method


# -- the routes ----------------------------------------------------------------------------------


def _log_events(
    url: str, filters: LogFilters | None, sse: bool, options: StreamOptions
) -> Events[LogEvent]:
    accept = SSE_STREAM if sse else JSON_STREAM
    body = filters_body(filters)
    return Events(EventFeed(url, LogEvent.from_dict, "event", accept, body), options)


def _process_events(
    url: str, filters: ProcessFilters | None, options: StreamOptions
) -> Events[ProcessEvent]:
    body = filters_body(filters)
    return Events(EventFeed(url, ProcessEvent.from_dict, "type", body=body), options)


def events_log(
    filters: LogFilters | None = None, sse: bool = True, **options: Unpack[StreamOptions]
) -> Events[LogEvent]:
    """Core's log events, live: `with client.v3_events_post(filters) as events:` then
    `for event in events:` (`async with` / `async for` on AsyncClient). Keepalives are consumed;
    the stream reconnects after a drop unless `reconnect=False`. Core sends them as
    server-sent events, or as newline-delimited JSON with `sse=False`."""
    return _log_events("/api/v3/events", filters, sse, options)


def events_process(
    filters: ProcessFilters | None = None, **options: Unpack[StreamOptions]
) -> Events[ProcessEvent]:
    """Process state changes, progress and log lines, live (used like `v3_events_post`)."""
    return _process_events("/api/v3/events/process", filters, options)


def events_media(type: str, glob: str = "", **options: Unpack[StreamOptions]) -> Events[MediaEvent]:
    """Files and streams appearing and vanishing in a media source (`mem`, `disk`, `rtmp`,
    `srt`), starting with a `list` event; `glob` narrows the names."""
    feed = EventFeed(
        f"/api/v3/events/media/{segment(type)}",
        MediaEvent.from_dict,
        "action",
        body={},
        params={"glob": glob} if glob else None,
    )
    return Events(feed, options)


def cluster_events_log(
    filters: LogFilters | None = None, sse: bool = True, **options: Unpack[StreamOptions]
) -> Events[LogEvent]:
    """The log events of the whole cluster, live (used like `v3_events_post`)."""
    return _log_events("/api/v3/cluster/events", filters, sse, options)


def cluster_events_process(
    filters: ProcessFilters | None = None, **options: Unpack[StreamOptions]
) -> Events[ProcessEvent]:
    """The process events of the whole cluster, live (used like `v3_events_post`)."""
    return _process_events("/api/v3/cluster/events/process", filters, options)


def fs_put_file(
    storage: str, path: str, data: FileData, **options: Unpack[CallOptions]
) -> Fetch[UploadResult]:
    """Writes a file from bytes, text (as UTF-8), a `pathlib.Path`, a binary file object or an
    iterable of bytes (async too, on AsyncClient), streamed as it is read. The result says
    whether the file was created or overwritten."""
    return Fetch("PUT", _file_url(storage, path), UploadResult.from_response, options, data=data)


def fs_get_file(storage: str, path: str, **options: Unpack[CallOptions]) -> Fetch[bytes]:
    """A file's content, in memory: for large files see `v3_fs_download_file`. A symlink
    (v16.10.0 memfs) gives its target's content, as all file reads do."""
    return Fetch("GET", _file_url(storage, path), _content, options, links=_storage_url(storage))


def fs_download_file(
    storage: str, path: str, to: DownloadTo, **options: Unpack[CallOptions]
) -> Download:
    """Writes a file to a path (complete or not at all) or a binary file object as it arrives,
    in constant memory; returns the number of bytes written."""
    return Download(_file_url(storage, path), to, options, links=_storage_url(storage))


def fs_get_file_stream(storage: str, path: str, **options: Unpack[CallOptions]) -> Chunks:
    """A file as chunks: `with client.v3_fs_get_file_stream(storage, path) as chunks:` then
    `for chunk in chunks:` (`async with` / `async for` on AsyncClient)."""
    return Chunks(_file_url(storage, path), options, links=_storage_url(storage))


def fs_get_file_exists(storage: str, path: str, **options: Unpack[CallOptions]) -> Exists:
    """Whether a file exists (a HEAD request, or a GET left unread where HEAD has no route:
    nothing is downloaded)."""
    return Exists(_file_url(storage, path), options)


def fs_put(
    source: str,
    target: str,
    operation: str = "copy",
    bandwidth_limit_kbit: int | None = None,
    **options: Unpack[CallOptions],
) -> Fetch[str]:
    """Copies or moves (`operation`) a file between storages; `source` and `target` are
    `storage:/path` (`mem:/a.txt`, `disk:/b.txt`)."""
    body = _fs_operation(source, target, operation, bandwidth_limit_kbit)
    return Fetch("PUT", "/api/v3/fs", _json_text, options, json=body)


def _fs_operation(source: str, target: str, operation: str, limit: int | None) -> dict[str, Any]:
    body: dict[str, Any] = {"operation": str(operation), "source": source, "target": target}
    if limit is not None:
        body["bandwidth_limit_kbit"] = limit
    return body


def node_fs_put_file(
    id: str, storage: str, path: str, data: FileData, **options: Unpack[CallOptions]
) -> Fetch[UploadResult]:
    """`v3_fs_put_file` on cluster node `id`."""
    url = _file_url(storage, path, node=id)
    return Fetch("PUT", url, UploadResult.from_response, options, data=data)


def node_fs_get_file(
    id: str, storage: str, path: str, **options: Unpack[CallOptions]
) -> Fetch[bytes]:
    """`v3_fs_get_file` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Fetch("GET", url, _content, options, links=links)


def node_fs_download_file(
    id: str, storage: str, path: str, to: DownloadTo, **options: Unpack[CallOptions]
) -> Download:
    """`v3_fs_download_file` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Download(url, to, options, links=links)


def node_fs_get_file_stream(
    id: str, storage: str, path: str, **options: Unpack[CallOptions]
) -> Chunks:
    """`v3_fs_get_file_stream` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Chunks(url, options, links=links)


def node_fs_head_file(id: str, storage: str, path: str, **options: Unpack[CallOptions]) -> Exists:
    """`v3_fs_get_file_exists` on cluster node `id`."""
    return Exists(_file_url(storage, path, node=id), options)


def node_fs_put(
    id: str,
    source: str,
    target: str,
    operation: str = "copy",
    bandwidth_limit_kbit: int | None = None,
    **options: Unpack[CallOptions],
) -> Fetch[str]:
    """`v3_fs_put` (copy or move between storages) on cluster node `id`."""
    body = _fs_operation(source, target, operation, bandwidth_limit_kbit)
    return Fetch("PUT", f"/api/v3/cluster/node/{segment(id)}/fs", _json_text, options, json=body)


def _playout_url(process_id: str, input_id: str, kind: str, name: str) -> str:
    process, source = segment(process_id), segment(input_id)
    return f"/api/v3/process/{process}/playout/{source}/{kind}/{segment(name)}"


def playout_keyframe(
    id: str, input_id: str, name: str, **options: Unpack[CallOptions]
) -> Fetch[Keyframe]:
    """The last keyframe of a process input as an image with its content type (`name`:
    `last.jpg` or `last.png`)."""
    return Fetch("GET", _playout_url(id, input_id, "keyframe", name), _keyframe, options)


def playout_errorframe(
    id: str, input_id: str, name: str, data: FileData, **options: Unpack[CallOptions]
) -> Fetch[None]:
    """Uploads the image a process input shows while it fails, from bytes, a path or a file."""
    url = _playout_url(id, input_id, "errorframe", name)
    return Fetch("POST", url, _nothing, options, data=data)


def rtmp_play(path: str, **options: Unpack[CallOptions]) -> Chunks:
    """A live RTMP stream as FLV over HTTP, as chunks (used like `v3_fs_get_file_stream`);
    it ends when the publisher stops or the block is left."""
    return Chunks(f"/rtmp/{file_path(path)}", options)


class _StreamingRoutes:
    """Every streaming operation, as a method of both clients (names from operation-names.tsv)."""

    v3_events_post = _Route(events_log)
    v3_events_stream = v3_events_post
    v3_events_post_process = _Route(events_process)
    v3_events_post_media = _Route(events_media)
    v3_cluster_post_events = _Route(cluster_events_log)
    v3_cluster_post_events_process = _Route(cluster_events_process)

    v3_fs_put_file = _AwaitedRoute(fs_put_file)
    v3_fs_get_file = _AwaitedRoute(fs_get_file)
    v3_fs_download_file = _AwaitedRoute(fs_download_file)
    v3_fs_get_file_stream = _Route(fs_get_file_stream)
    v3_fs_get_file_exists = _AwaitedRoute(fs_get_file_exists)
    v3_fs_put = _AwaitedRoute(fs_put)

    v3_cluster_node_fs_put_file = _AwaitedRoute(node_fs_put_file)
    v3_cluster_node_fs_get_file = _AwaitedRoute(node_fs_get_file)
    v3_cluster_node_fs_download_file = _AwaitedRoute(node_fs_download_file)
    v3_cluster_node_fs_get_file_stream = _Route(node_fs_get_file_stream)
    v3_cluster_node_fs_head_file = _AwaitedRoute(node_fs_head_file)
    v3_cluster_node_fs_put = _AwaitedRoute(node_fs_put)

    v3_process_get_playout_input_keyframe = _AwaitedRoute(playout_keyframe)
    v3_process_post_playout_input_errorframe_name = _AwaitedRoute(playout_errorframe)
    v3_rtmp_play = _Route(rtmp_play)


class SyncStreaming(_StreamingRoutes):
    """Streaming operations of `Client` (a base of it, next to the request pipeline)."""


class AsyncStreaming(_StreamingRoutes):
    """Streaming operations of `AsyncClient`: awaited, and `async with`/`async for` streams."""
