"""The streaming operations of `Client` and `AsyncClient`: event streams, file transfer, playout.

Generated buffered calls would hold these bodies in memory, so they are written here on the
request pipeline (`_request` / `_stream`). Each operation is one documented *route* function that
says what to send and what kind of transfer it is (`Fetch`, `Exists`, `Download`, `Chunks`,
`Events`); each kind runs itself on the sync or the async client, so only the I/O is written
twice. scripts/generate_methods.py renders every route (named in openapi/methods.toml) as a plain
method of both clients in `_operations.py`, with the route's parameters, its docstring and the
call options (`retries=`, `timeout=`; `reconnect=`, `idle_timeout=` for event streams).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generic,
    NamedTuple,
    Protocol,
    TypedDict,
    TypeVar,
    Union,
    Unpack,
)

import httpx

from . import models
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
from .exceptions import (
    APIError,
    CoreError,
    NotFoundError,
    ResponseValidationError,
    ValidationError,
)
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
from .operation import RawResponse, missing_route_explained, route_missing
from .paths import file_path, segment

if TYPE_CHECKING:
    from .config import ClientConfig
    from .pipeline import RequestOptions

# What the generated methods' signatures name (core_client/_operations.py imports them from here).
__all__ = [
    "DEFAULT_IDLE_TIMEOUT",
    "AsyncEventStream",
    "CallOptions",
    "DownloadTo",
    "EventStream",
    "FileData",
    "Keyframe",
    "LogFilters",
    "ProcessFilters",
    "Reconnect",
    "StreamOptions",
    "UploadResult",
]

T_co = TypeVar("T_co", covariant=True)
EventT = TypeVar("EventT")

# The models are named as forward references: importing core_client does not import them (nor
# msgspec); `typing.get_type_hints` of a method resolves them through `models`.
LogFilters = Union[
    "models.LogEventFilters",
    Mapping[str, Any],
    Sequence[Union["models.LogEventFilter", Mapping[str, Any]]],
]
ProcessFilters = Union[
    "models.ProcessEventFilters",
    Mapping[str, Any],
    Sequence[Union["models.ProcessEventFilter", Mapping[str, Any]]],
]
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


class _SyncPipeline(Protocol):
    """What the operations need of `Client`: the request pipeline (ARCHITECTURE.md)."""

    @property
    def _config(self) -> ClientConfig: ...

    def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response: ...

    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AbstractContextManager[httpx.Response]: ...


class _AsyncPipeline(Protocol):
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


# The kinds of transfer are NamedTuples, as the pipeline's records: cheaper to define at import.
class Fetch(NamedTuple, Generic[T_co]):
    """A buffered request; `result` turns the read response into the method's value. `data`,
    when given, is streamed as the body (see `UploadBody`)."""

    method: str
    url: str
    result: Callable[[httpx.Response], T_co]
    json: Any = None
    data: FileData | None = None
    links: str | None = None  # a storage root: a symlink in it is followed (`link_target`)

    def _request(self, options: CallOptions, for_async: bool) -> RequestOptions:
        request: RequestOptions = {
            "json": self.json,
            "retries": options.get("retries"),
            "timeout": options.get("timeout"),
        }
        if self.data is not None:
            body = UploadBody.of(self.data, for_async=for_async)
            request["content"] = body.content
            request["headers"] = body.headers()
        return request

    def run(self, pipeline: _SyncPipeline, options: CallOptions) -> T_co:
        return self.run_raw(pipeline, options).parse()

    async def arun(self, pipeline: _AsyncPipeline, options: CallOptions) -> T_co:
        return (await self.arun_raw(pipeline, options)).parse()

    def run_raw(self, pipeline: _SyncPipeline, options: CallOptions) -> RawResponse[T_co]:
        url = self.url
        for _ in _LINK_HOPS:
            try:
                response = pipeline._request(self.method, url, **self._request(options, False))
            except APIError as error:
                url = _redirected(error, self.links)
                continue
            target = _linked(response, self.links)
            if target is None:
                return RawResponse(response, self.result)
            url = target
        raise _too_many_links(self.url)

    async def arun_raw(self, pipeline: _AsyncPipeline, options: CallOptions) -> RawResponse[T_co]:
        url = self.url
        for _ in _LINK_HOPS:
            try:
                response = await pipeline._request(self.method, url, **self._request(options, True))
            except APIError as error:
                url = _redirected(error, self.links)
                continue
            target = _linked(response, self.links)
            if target is None:
                return RawResponse(response, self.result)
            url = target
        raise _too_many_links(self.url)


@contextlib.contextmanager
def _followed(
    pipeline: _SyncPipeline, url: str, links: str | None, options: CallOptions
) -> Iterator[httpx.Response]:
    """A streamed GET; a symlink of the storage `links` is followed to its target."""
    for _ in _LINK_HOPS:
        with contextlib.ExitStack() as stack:
            try:
                response = stack.enter_context(pipeline._stream("GET", url, **options))
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
    pipeline: _AsyncPipeline, url: str, links: str | None, options: CallOptions
) -> AsyncIterator[httpx.Response]:
    """`_followed` on the async client."""
    for _ in _LINK_HOPS:
        async with contextlib.AsyncExitStack() as stack:
            try:
                response = await stack.enter_async_context(pipeline._stream("GET", url, **options))
            except APIError as error:
                url = _redirected(error, links)
                continue
            target = _linked(response, links)
            if target is None:
                yield response
                return
        url = target
    raise _too_many_links(url)


# A glob no file name matches (names start with "/" and go on): the storage listing that tells
# a missing file from a missing storage then costs nothing.
_NO_FILE = {"glob": "/"}


class Exists(NamedTuple):
    """Whether the file is there, nothing downloaded: a HEAD request, or where the server
    has no HEAD route (v16.10.0 memfs: 405) a GET whose body is left unread. A 404 has no body
    that says what is missing, so the storage is then listed (`storage_url`, matching no file):
    an unknown storage raises its `NotFoundError` there, a known one means no file (a server
    without that listing route, or whose router answers an unknown storage, cannot tell)."""

    url: str
    storage_url: str

    def run(self, pipeline: _SyncPipeline, options: CallOptions) -> bool:
        try:
            try:
                pipeline._request("HEAD", self.url, **options)
            except APIError as error:
                if error.status != 405:
                    raise
                with pipeline._stream("GET", self.url, **options):
                    pass
        except NotFoundError:
            try:
                pipeline._request("GET", self.storage_url, params=_NO_FILE, **options)
            except NotFoundError as error:
                if not route_missing(error):
                    raise
            return False
        return True

    async def arun(self, pipeline: _AsyncPipeline, options: CallOptions) -> bool:
        try:
            try:
                await pipeline._request("HEAD", self.url, **options)
            except APIError as error:
                if error.status != 405:
                    raise
                async with pipeline._stream("GET", self.url, **options):
                    pass
        except NotFoundError:
            try:
                await pipeline._request("GET", self.storage_url, params=_NO_FILE, **options)
            except NotFoundError as error:
                if not route_missing(error):
                    raise
            return False
        return True


class Download(NamedTuple):
    """A body written to a path or a binary file as it arrives; the result is its size."""

    url: str
    to: DownloadTo
    links: str | None = None  # as in `Fetch`

    def run(self, pipeline: _SyncPipeline, options: CallOptions) -> int:
        with (
            _followed(pipeline, self.url, self.links, options) as response,
            DownloadTarget(self.to) as target,
        ):
            for chunk in body_chunks(response):
                target.write(chunk)
        return target.written

    async def arun(self, pipeline: _AsyncPipeline, options: CallOptions) -> int:
        async with _afollowed(pipeline, self.url, self.links, options) as response:
            with DownloadTarget(self.to) as target:
                async for chunk in abody_chunks(response):
                    await target.awrite(chunk)
                await target.aflush()
        return target.written


class Chunks(NamedTuple):
    """A body as a context manager over its chunks (an async one on `AsyncClient`)."""

    url: str
    links: str | None = None  # as in `Fetch`

    @contextlib.contextmanager
    def run(self, pipeline: _SyncPipeline, options: CallOptions) -> Iterator[Iterator[bytes]]:
        with _followed(pipeline, self.url, self.links, options) as response:
            yield body_chunks(response)

    @contextlib.asynccontextmanager
    async def arun(
        self, pipeline: _AsyncPipeline, options: CallOptions
    ) -> AsyncIterator[AsyncIterator[bytes]]:
        async with _afollowed(pipeline, self.url, self.links, options) as response:
            yield abody_chunks(response)


class Events(NamedTuple, Generic[EventT]):
    """A live event stream: connecting uses the call's timeout, reading the idle timeout."""

    feed: EventFeed[EventT]

    def _request(self, options: StreamOptions, default: httpx.Timeout) -> RequestOptions:
        given = options.get("timeout")
        timeout = default if given is None else as_timeout(given)
        idle = options.get("idle_timeout", DEFAULT_IDLE_TIMEOUT)
        return {
            "json": self.feed.body,
            "params": self.feed.params,
            "headers": {"Accept": self.feed.accept},
            "retries": options.get("retries"),
            "timeout": with_read(timeout, idle),
        }

    @staticmethod
    def _reconnect(options: StreamOptions) -> Reconnect:
        policy = options.get("reconnect", True)
        return policy if isinstance(policy, Reconnect) else Reconnect(enabled=policy)

    def run(self, pipeline: _SyncPipeline, options: StreamOptions) -> EventStream[EventT]:
        request = self._request(options, pipeline._config.timeout)
        connect = functools.partial(pipeline._stream, "POST", self.feed.url, **request)
        return EventStream(connect, self.feed, self._reconnect(options))

    def arun(self, pipeline: _AsyncPipeline, options: StreamOptions) -> AsyncEventStream[EventT]:
        request = self._request(options, pipeline._config.timeout)
        connect = functools.partial(pipeline._stream, "POST", self.feed.url, **request)
        return AsyncEventStream(connect, self.feed, self._reconnect(options))


# -- the client as one method uses it ------------------------------------------------------------


class NamedPipeline:
    """The client as one method's operation uses it: a 404/405 for a route the server does not
    have (an older Core) says so and names the method, as the generated methods' errors do."""

    def __init__(self, pipeline: _SyncPipeline, name: str) -> None:
        self._pipeline = pipeline
        self._name = name

    @property
    def _config(self) -> ClientConfig:
        return self._pipeline._config

    def _request(self, method: str, url: str, **options: Unpack[RequestOptions]) -> httpx.Response:
        with missing_route_explained(method, url, self._name):
            return self._pipeline._request(method, url, **options)

    @contextlib.contextmanager
    def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> Iterator[httpx.Response]:
        with contextlib.ExitStack() as stack:
            with missing_route_explained(method, url, self._name):
                response = stack.enter_context(self._pipeline._stream(method, url, **options))
            yield response


class AsyncNamedPipeline:
    """`NamedPipeline` of `AsyncClient`."""

    def __init__(self, pipeline: _AsyncPipeline, name: str) -> None:
        self._pipeline = pipeline
        self._name = name

    @property
    def _config(self) -> ClientConfig:
        return self._pipeline._config

    async def _request(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        with missing_route_explained(method, url, self._name):
            return await self._pipeline._request(method, url, **options)

    @contextlib.asynccontextmanager
    async def _stream(
        self, method: str, url: str, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[httpx.Response]:
        async with contextlib.AsyncExitStack() as stack:
            with missing_route_explained(method, url, self._name):
                response = await stack.enter_async_context(
                    self._pipeline._stream(method, url, **options)
                )
            yield response


# -- the routes (methods of both clients: see openapi/methods.toml, `route`) ---------------------


def _log_events(url: str, filters: LogFilters | None, sse: bool) -> Events[models.LogEvent]:
    accept = SSE_STREAM if sse else JSON_STREAM
    body = filters_body(filters, "LogEventFilters")
    return Events(EventFeed(url, models.LogEvent.from_dict, "event", accept, body))


def _process_events(url: str, filters: ProcessFilters | None) -> Events[models.ProcessEvent]:
    body = filters_body(filters, "ProcessEventFilters")
    return Events(EventFeed(url, models.ProcessEvent.from_dict, "type", body=body))


def events_log(filters: LogFilters | None = None, sse: bool = True) -> Events[models.LogEvent]:
    """Core's log events, live: `with client.v3_events_post(filters) as events:` then
    `for event in events:` (`async with` / `async for` on AsyncClient). Keepalives are consumed;
    the stream reconnects after a drop unless `reconnect=False`. Core sends them as
    server-sent events, or as newline-delimited JSON with `sse=False`."""
    return _log_events("/api/v3/events", filters, sse)


def events_process(filters: ProcessFilters | None = None) -> Events[models.ProcessEvent]:
    """Process state changes, progress and log lines, live (used like `v3_events_post`)."""
    return _process_events("/api/v3/events/process", filters)


def events_media(type: str, glob: str = "") -> Events[models.MediaEvent]:
    """Files and streams appearing and vanishing in a media source (`mem`, `disk`, `rtmp`,
    `srt`), starting with a `list` event; `glob` narrows the names."""
    feed = EventFeed(
        f"/api/v3/events/media/{segment(type)}",
        models.MediaEvent.from_dict,
        "action",
        body={},
        params={"glob": glob} if glob else None,
    )
    return Events(feed)


def cluster_events_log(
    filters: LogFilters | None = None, sse: bool = True
) -> Events[models.LogEvent]:
    """The log events of the whole cluster, live (used like `v3_events_post`)."""
    return _log_events("/api/v3/cluster/events", filters, sse)


def cluster_events_process(filters: ProcessFilters | None = None) -> Events[models.ProcessEvent]:
    """The process events of the whole cluster, live (used like `v3_events_post`)."""
    return _process_events("/api/v3/cluster/events/process", filters)


def fs_put_file(storage: str, path: str, data: FileData) -> Fetch[UploadResult]:
    """Writes a file from bytes, text (as UTF-8), a `pathlib.Path`, a binary file object or an
    iterable of bytes (async too, on AsyncClient), streamed as it is read. The result says
    whether the file was created or overwritten."""
    return Fetch("PUT", _file_url(storage, path), UploadResult.from_response, data=data)


def fs_get_file(storage: str, path: str) -> Fetch[bytes]:
    """A file's content, in memory: for large files see `v3_fs_download_file`. A symlink
    (v16.10.0 memfs) gives its target's content, as all file reads do."""
    return Fetch("GET", _file_url(storage, path), _content, links=_storage_url(storage))


def fs_download_file(storage: str, path: str, to: DownloadTo) -> Download:
    """Writes a file to a path (complete or not at all) or a binary file object as it arrives,
    in constant memory; returns the number of bytes written."""
    return Download(_file_url(storage, path), to, links=_storage_url(storage))


def fs_get_file_stream(storage: str, path: str) -> Chunks:
    """A file as chunks: `with client.v3_fs_get_file_stream(storage, path) as chunks:` then
    `for chunk in chunks:` (`async with` / `async for` on AsyncClient)."""
    return Chunks(_file_url(storage, path), links=_storage_url(storage))


def fs_get_file_exists(storage: str, path: str) -> Exists:
    """Whether a file exists (a HEAD request, or a GET left unread where HEAD has no route:
    nothing is downloaded); an unknown storage raises `NotFoundError`."""
    return Exists(_file_url(storage, path), _storage_url(storage).rstrip("/"))


def fs_put(
    source: str, target: str, operation: str = "copy", bandwidth_limit_kbit: int | None = None
) -> Fetch[str]:
    """Copies or moves (`operation`) a file between storages; `source` and `target` are
    `storage:/path` (`mem:/a.txt`, `disk:/b.txt`)."""
    body = _fs_operation(source, target, operation, bandwidth_limit_kbit)
    return Fetch("PUT", "/api/v3/fs", _json_text, json=body)


def _fs_operation(source: str, target: str, operation: str, limit: int | None) -> dict[str, Any]:
    body: dict[str, Any] = {"operation": str(operation), "source": source, "target": target}
    if limit is not None:
        body["bandwidth_limit_kbit"] = limit
    return body


def node_fs_put_file(id: str, storage: str, path: str, data: FileData) -> Fetch[UploadResult]:
    """`v3_fs_put_file` on cluster node `id`."""
    url = _file_url(storage, path, node=id)
    return Fetch("PUT", url, UploadResult.from_response, data=data)


def node_fs_get_file(id: str, storage: str, path: str) -> Fetch[bytes]:
    """`v3_fs_get_file` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Fetch("GET", url, _content, links=links)


def node_fs_download_file(id: str, storage: str, path: str, to: DownloadTo) -> Download:
    """`v3_fs_download_file` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Download(url, to, links=links)


def node_fs_get_file_stream(id: str, storage: str, path: str) -> Chunks:
    """`v3_fs_get_file_stream` on cluster node `id`."""
    url, links = _file_url(storage, path, node=id), _storage_url(storage, node=id)
    return Chunks(url, links=links)


def node_fs_head_file(id: str, storage: str, path: str) -> Exists:
    """`v3_fs_get_file_exists` on cluster node `id`."""
    return Exists(_file_url(storage, path, node=id), _storage_url(storage, node=id).rstrip("/"))


def node_fs_put(
    id: str,
    source: str,
    target: str,
    operation: str = "copy",
    bandwidth_limit_kbit: int | None = None,
) -> Fetch[str]:
    """`v3_fs_put` (copy or move between storages) on cluster node `id`."""
    body = _fs_operation(source, target, operation, bandwidth_limit_kbit)
    return Fetch("PUT", f"/api/v3/cluster/node/{segment(id)}/fs", _json_text, json=body)


def _playout_url(
    process_id: str, input_id: str, kind: str, input_name: str | None, name: str | None
) -> str:
    # The original README calls the image `input_name`, Core's spec `name`: either is taken.
    if (input_name is None) == (name is None):
        raise ValidationError("input_name", "give the image name once: input_name= or name=")
    image = input_name if name is None else name
    process, source = segment(process_id), segment(input_id)
    return f"/api/v3/process/{process}/playout/{source}/{kind}/{segment(str(image))}"


def playout_keyframe(
    id: str, input_id: str, input_name: str | None = None, *, name: str | None = None
) -> Fetch[Keyframe]:
    """The last keyframe of a process input as an image with its content type (`input_name`,
    or `name` as Core's spec calls it: `last.jpg` or `last.png`)."""
    url = _playout_url(id, input_id, "keyframe", input_name, name)
    return Fetch("GET", url, _keyframe)


def playout_errorframe(
    id: str,
    input_id: str,
    input_name: str | None = None,
    data: FileData | None = None,
    *,
    name: str | None = None,
) -> Fetch[None]:
    """Uploads the image a process input shows while it fails (`input_name`, or `name` as
    Core's spec calls it), from bytes, a path or a file."""
    url = _playout_url(id, input_id, "errorframe", input_name, name)
    if data is None:
        raise ValidationError("data", "the image to upload is required")
    return Fetch("POST", url, _nothing, data=data)


def rtmp_play(path: str) -> Chunks:
    """A live RTMP stream as FLV over HTTP, as chunks (used like `v3_fs_get_file_stream`);
    it ends when the publisher stops or the block is left."""
    return Chunks(f"/rtmp/{file_path(path)}")
