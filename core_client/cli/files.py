"""`corectl fs ...`: list, download, upload and delete files in Core's storages.

Transfers go through the library's streaming methods, chunk by chunk, so memory stays flat
whatever the file size; a progress bar follows them on a terminal.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

import click

from core_client.client import Client

from .app import epilog, output_options, session
from .errors import CliError
from .output import field, progress, shows_progress


def _modified(item: Mapping[str, Any]) -> str:
    seconds = item.get("last_modified")
    if not isinstance(seconds, int):
        return ""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


_COLUMNS = [
    ("NAME", field("name")),
    ("SIZE B", field("size_bytes")),
    ("LAST MODIFIED", _modified),
]


@click.group(epilog=epilog("corectl fs ls mem", "corectl fs put disk videos/a.mp4 a.mp4"))
def fs() -> None:
    """List, download, upload and delete files in a storage (disk, mem, ...)."""


@fs.command("ls", epilog=epilog("corectl fs ls disk", "corectl fs ls mem --glob '/live/*.m3u8'"))
@click.argument("storage")
@click.option("--glob", default="", help="Only paths matching this pattern.")
@output_options
def ls(storage: str, glob: str) -> None:
    """List the files of a storage."""
    state = session()
    files = state.client.v3_fs_get_file_list(storage, glob=glob)
    state.output.rows([item.to_dict() for item in files], _COLUMNS, id_key="name")


@fs.command(
    epilog=epilog(
        "corectl fs get disk videos/a.mp4                 # to ./a.mp4",
        "corectl fs get mem live/stream.m3u8 -o - | head",
    )
)
@click.argument("storage")
@click.argument("path")
@click.option(
    "--output",
    "-o",
    "target",
    metavar="FILE|-",
    help="Where to write (- for stdout); default: the file's name here.",
)
@output_options
def get(storage: str, path: str, target: str | None) -> None:
    """Download a file, with a progress bar on a terminal."""
    state = session()
    client = state.client
    destination = target or PurePosixPath(path).name
    if not destination:
        raise CliError(f"{path!r} names no file: give --output")
    with client.v3_fs_get_file_stream(storage, path) as chunks:
        response = client.last_response
        length = response.headers.get("Content-Length") if response is not None else None
        total = int(length) if length and length.isdigit() else None
        if total is None and shows_progress():
            # Core compresses downloads (no Content-Length): the listing has the size.
            total = _listed_size(state.client, storage, path)
        with progress(total, PurePosixPath(path).name) as advance:
            if destination == "-":
                size = _copy(chunks, sys.stdout.buffer, advance)
                sys.stdout.buffer.flush()
                written = None
            else:
                size = _write_file(chunks, Path(destination), advance)
                written = destination
    if written is not None:
        state.output.done(
            {"storage": storage, "path": path, "file": written, "size_bytes": size},
            f"downloaded {storage}:{path} to {written} ({size} bytes)",
            written,
        )


def _listed_size(client: Client, storage: str, path: str) -> int | None:
    name = "/" + path.lstrip("/")
    for item in client.v3_fs_get_file_list(storage, glob=name):
        listed = item.to_dict()
        if listed.get("name") == name and isinstance(listed.get("size_bytes"), int):
            return int(listed["size_bytes"])
    return None


def _copy(chunks: Any, file: IO[bytes], advance: Callable[[int], None]) -> int:
    size = 0
    for chunk in chunks:
        file.write(chunk)
        size += len(chunk)
        advance(len(chunk))
    return size


def _write_file(chunks: Any, path: Path, advance: Callable[[int], None]) -> int:
    """Writes next to `path` and moves the file into place once complete: a failed download
    leaves no half file behind, nor destroys an older one."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            size = _copy(chunks, file, advance)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return size


class _Counted(io.RawIOBase):
    """A binary file that reports what is read from it to a progress bar, and moves the bar
    back when the upload starts over (a retry reads the file again from its start)."""

    def __init__(self, file: IO[bytes], advance: Callable[[int], None]) -> None:
        self._file = file
        self._advance = advance
        # The position up to which the bar has been moved: only reads move it on.
        self._counted = file.tell() if file.seekable() else 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._file.seekable()

    def tell(self) -> int:
        return self._file.tell()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        position = self._file.seek(offset, whence)
        if position < self._counted:
            self._advance(position - self._counted)
            self._counted = position
        return position

    def read(self, size: int = -1) -> bytes:
        chunk = self._file.read(size)
        self._counted += len(chunk)
        self._advance(len(chunk))
        return chunk

    def readinto(self, buffer: Any) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@fs.command(
    epilog=epilog(
        "corectl fs put disk videos/a.mp4 a.mp4",
        "ffmpeg ... -f mpegts - | corectl fs put mem live/a.ts -",
    )
)
@click.argument("storage")
@click.argument("path")
@click.argument("file", metavar="FILE|-")
@output_options
def put(storage: str, path: str, file: str) -> None:
    """Upload a file (or stdin for -), with a progress bar on a terminal."""
    state = session()
    try:
        source: IO[bytes] = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
    except OSError as error:
        raise CliError(f"cannot read {file}: {error.strerror or error}") from error
    with source:
        total = None
        if source.seekable():
            start = source.tell()
            total = source.seek(0, os.SEEK_END) - start
            source.seek(start)
        with progress(total, PurePosixPath(path).name) as advance:
            result = state.client.v3_fs_put_file(storage, path, _Counted(source, advance))
    what = "created" if result.created else "overwrote"
    state.output.done(
        {"storage": storage, "path": path, "created": result.created},
        f"{what} {storage}:{path}",
        path,
    )


@fs.command(
    "rm", epilog=epilog("corectl fs rm disk videos/a.mp4", "corectl fs rm mem --glob '/tmp/**'")
)
@click.argument("storage")
@click.argument("path", required=False)
@click.option("--glob", default="", help="Delete every file matching this pattern instead.")
@output_options
def rm(storage: str, path: str | None, glob: str) -> None:
    """Delete a file, or every file matching --glob."""
    state = session()
    if (path is None) == (not glob):
        raise click.UsageError("give either PATH or --glob")
    if path is not None:
        answer = state.client.v3_fs_delete_file(storage, path)
        state.output.done(answer, f"deleted {storage}:{path}", path)
        return
    deleted = state.client.v3_fs_delete_file_list(storage, glob=glob)
    if state.output.as_json:
        state.output.json_document(deleted)
    else:
        for name in deleted:
            state.output.text(name if state.output.quiet else f"deleted {storage}:{name}")


commands = [fs]
