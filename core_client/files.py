"""File transfer in constant memory: upload bodies, download targets, file URLs.

An upload body is read chunk by chunk as it is sent. It can be sent again (a retry, or the
repeat after a token renewal) wherever its source can start over: bytes, a path, a seekable
file, a list of chunks; a one-shot iterator asked for a second time raises instead of sending
nothing. Downloads are written as they arrive, to a temporary file that becomes the target only
once complete.
"""

from __future__ import annotations

import io
import os
import stat
from abc import ABC, abstractmethod
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Generic, Self, TypeVar, cast

import httpx

from .exceptions import CoreError, ResponseValidationError, transport_errors_mapped
from .paths import file_path, segment

__all__ = [
    "CHUNK_SIZE",
    "BodyConsumedError",
    "DownloadTarget",
    "FileData",
    "Keyframe",
    "UploadBody",
    "UploadResult",
    "file_url",
    "link_target",
    "storage_url",
]

SourceT = TypeVar("SourceT")

# The unit of reading a file to upload: large enough that per-chunk overhead (a thread hop in
# the async client) vanishes, small enough that memory stays flat.
CHUNK_SIZE = 1024 * 1024

# Each hand-over to a worker thread costs a round trip of the GIL between it and the event
# loop; measured on loopback, 1 MiB batches lost a third of the download speed, 8 MiB ~4%.
WRITE_BATCH = 8 * CHUNK_SIZE

FileData = (
    bytes
    | bytearray
    | memoryview
    | str
    | os.PathLike[str]
    | IO[bytes]
    | Iterable[bytes]
    | AsyncIterable[bytes]
)
"""What an upload takes: bytes, text (sent as UTF-8), a path (`pathlib.Path`), a binary file
object, or a (sync or async) iterable of bytes. A plain `str` is content, never a path."""


def storage_url(storage: str, *, node: str | None = None) -> str:
    """The route of a storage's root (ends with `/`), on this Core or on a cluster node."""
    prefix = "/api/v3" if node is None else f"/api/v3/cluster/node/{segment(node)}"
    return f"{prefix}/fs/{segment(storage)}/"


def file_url(storage: str, path: str, *, node: str | None = None) -> str:
    """The route of a file, on this Core or (`node`) on a cluster node through this Core."""
    return storage_url(storage, node=node) + file_path(path)


def link_target(response: httpx.Response, storage_root: str) -> str | None:
    """The route of the file a symlink names, from Core's answer to a GET of the link; None
    when the answer is the file itself.

    Core (v16.10.0 memfs) answers a link with 301 and `Location:` the target's path in the
    storage without its leading slash (`dir/target.txt`), which a browser would resolve
    against the link's folder: it is resolved against the storage root here. When the client
    accepts gzip, Core's compress middleware turns that 301 into a 200 with the Location and
    an empty body. A Location with a leading slash is a route of this Core; one naming another
    server is refused, since the request carries this Core's token.
    """
    location: str | None = response.headers.get("location")
    redirect = 300 <= response.status_code < 400
    if location is None or not (redirect or response.headers.get("content-length") == "0"):
        return None
    if httpx.URL(location).is_absolute_url or location.startswith("//"):
        message = f"a link points to another server ({location!r}): not followed"
        raise ResponseValidationError("location", message, response=response)
    if location.startswith("/"):
        return location
    try:
        return storage_root + file_path(location)
    except ValueError as error:
        message = f"a link points to {location!r}: {error}"
        raise ResponseValidationError("location", message, response=response) from None


@dataclass(frozen=True)
class UploadResult:
    """What a file upload did. `created` is False when an existing file was overwritten, None
    when the server did not say (a proxy in between that compresses answers turns Core's 201
    and 204 into 200)."""

    created: bool | None
    location: str | None

    @classmethod
    def from_response(cls, response: httpx.Response) -> UploadResult:
        created = {201: True, 204: False}.get(response.status_code)
        return cls(created=created, location=response.headers.get("content-location"))


@dataclass(frozen=True)
class Keyframe:
    """A playout keyframe image and its type (`image/jpeg` or `image/png`)."""

    content: bytes
    content_type: str


class _Chunks(ABC):
    """A sync upload source. `replayable`: each iteration starts over from the beginning, so
    the request can be sent again after a failure or a refused token (the pipeline asks this,
    see `pipeline.ReplayableContent`)."""

    replayable: bool

    @abstractmethod
    def __iter__(self) -> Iterator[bytes]: ...


class _PathChunks(_Chunks):
    """A file on disk, read from its start each time it is iterated."""

    replayable = True

    def __init__(self, path: Path) -> None:
        self._path = path

    def __iter__(self) -> Iterator[bytes]:
        with self._path.open("rb") as file:
            yield from _read_chunks(file)


class _FileChunks(_Chunks):
    """A seekable file object, read from the position it had when given, each time."""

    replayable = True

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._start = file.tell()

    def __iter__(self) -> Iterator[bytes]:
        self._file.seek(self._start)
        return _read_chunks(self._file)


class _CollectionChunks(_Chunks):
    """A collection of chunks (a list): iterating it again starts over."""

    replayable = True

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._chunks)


def _read_chunks(file: IO[bytes]) -> Iterator[bytes]:
    while chunk := file.read(CHUNK_SIZE):
        yield chunk


class BodyConsumedError(CoreError):
    """A one-shot upload body (an iterator, a pipe) was needed a second time, to repeat the
    request after Core refused the token; it cannot start over. Pass bytes, a path or a
    seekable file for an upload that may be sent again. `response` is the refusal (the 401)."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response


class _OneShot(Generic[SourceT]):
    """A one-shot source that refuses a second iteration instead of sending an empty body."""

    replayable = False

    def __init__(self, chunks: SourceT) -> None:
        self._chunks = chunks
        self._used = False

    def _claim(self) -> SourceT:
        if self._used:
            raise BodyConsumedError("the upload body was already sent once")
        self._used = True
        return self._chunks


class _Once(_OneShot[Iterable[bytes]], _Chunks):
    def __iter__(self) -> Iterator[bytes]:
        return iter(self._claim())


class _AsyncOnce(_OneShot[AsyncIterable[bytes]]):
    def __aiter__(self) -> AsyncIterator[bytes]:
        return aiter(self._claim())


class _ThreadedChunks:
    """A sync source for the async client: each chunk is read in a worker thread, so that a
    slow disk does not stall the event loop."""

    def __init__(self, source: _Chunks) -> None:
        self._source = source

    @property
    def replayable(self) -> bool:
        return self._source.replayable

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = iter(self._source)
        import asyncio  # here, where a loop runs: sync users never import it

        while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
            yield chunk


@dataclass(frozen=True)
class UploadBody:
    """An upload's content as httpx sends it, with what the request must know about it."""

    content: bytes | Iterable[bytes] | AsyncIterable[bytes]
    length: int | None

    @classmethod
    def of(cls, data: FileData, *, for_async: bool) -> UploadBody:
        body = cls._sync_or_async(data)
        if for_async and isinstance(body.content, _Chunks):
            return cls(_ThreadedChunks(body.content), body.length)
        if not for_async and not isinstance(body.content, bytes | _Chunks):
            raise TypeError("an async iterable can only be uploaded with AsyncClient")
        return body

    @classmethod
    def _sync_or_async(cls, data: FileData) -> UploadBody:
        if isinstance(data, bytes | bytearray | memoryview):
            content = bytes(data)
            return cls(content, len(content))
        if isinstance(data, str):
            encoded = data.encode()
            return cls(encoded, len(encoded))
        if isinstance(data, os.PathLike):
            path = Path(data)
            return cls(_PathChunks(path), path.stat().st_size)
        if isinstance(data, io.IOBase):
            return cls._of_file(cast(IO[bytes], data))
        if isinstance(data, AsyncIterable):
            return cls(_AsyncOnce(data), None)
        # A collection (a list of chunks) starts over when iterated again; an iterator does not.
        if iter(data) is not data:
            return cls(_CollectionChunks(data), None)
        return cls(_Once(data), None)

    @classmethod
    def _of_file(cls, file: IO[bytes]) -> UploadBody:
        if not file.seekable():
            return cls(_Once(_read_chunks(file)), None)
        start = file.tell()
        length = file.seek(0, os.SEEK_END) - start
        file.seek(start)
        return cls(_FileChunks(file), length)

    def headers(self) -> dict[str, str]:
        # No gzip in the answer: Core's compress middleware turns 201/204 into 200 otherwise,
        # and "created" could no longer be told from "overwritten".
        # octet-stream, as the overlaid spec declares every binary body; Core reads the raw body
        # whatever the label.
        headers = {"Content-Type": "application/octet-stream", "Accept-Encoding": "identity"}
        if self.length is not None:
            headers["Content-Length"] = str(self.length)
        return headers


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """A streamed body's chunks; a connection lost mid-body raises our error, not httpx's."""
    with transport_errors_mapped():
        yield from response.iter_bytes()


async def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async form of `body_chunks`."""
    with transport_errors_mapped():
        async for chunk in response.aiter_bytes():
            yield chunk


def _create_beside(target: Path) -> tuple[int, Path]:
    """A new, hidden file next to target, with the mode `open(target, "wb")` would leave:
    an existing target's mode, else 0666 less the umask. (mkstemp's 0600 would stick to the
    finished download once it replaces the target.)"""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        import secrets

        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}")
        try:
            handle = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            os.chmod(temporary, mode)
        return handle, temporary


class DownloadTarget:
    """Where a download goes: a path (written to a temporary file next to it, moved into place
    once complete, removed on failure) or a binary file object (written as given)."""

    def __init__(self, to: str | os.PathLike[str] | BinaryIO) -> None:
        self._target = Path(to) if isinstance(to, str | os.PathLike) else None
        self._file: IO[bytes] | None = None if self._target else cast(BinaryIO, to)
        self._temporary: Path | None = None
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.written = 0

    def __enter__(self) -> Self:
        if self._target is not None:
            handle, self._temporary = _create_beside(self._target)
            self._file = os.fdopen(handle, "wb")
        return self

    def write(self, chunk: bytes) -> None:
        assert self._file is not None, "DownloadTarget is written inside its `with` block"
        self._file.write(chunk)
        self.written += len(chunk)

    async def awrite(self, chunk: bytes) -> None:
        """`write` for the event loop: chunks gather up to WRITE_BATCH, then a worker thread
        writes them, so that a slow disk does not stall the loop."""
        self._pending.append(chunk)
        self._pending_size += len(chunk)
        if self._pending_size >= WRITE_BATCH:
            await self.aflush()

    async def aflush(self) -> None:
        pending, self._pending, self._pending_size = self._pending, [], 0
        import asyncio

        await asyncio.to_thread(self._write_all, pending)

    def _write_all(self, chunks: list[bytes]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def __exit__(self, exc_type: type[BaseException] | None, *exc_rest: object) -> None:
        if self._target is None or self._temporary is None or self._file is None:
            return
        self._file.close()
        if exc_type is None:
            self._temporary.replace(self._target)
        else:
            self._temporary.unlink(missing_ok=True)
