"""File transfer over a real socket: every upload source, every download target, sha256 end to
end; created vs overwritten; retries only for bodies that can be sent again."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

from core_client import (
    APIConnectionError,
    AsyncClient,
    Client,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    ValidationError,
)
from core_client.files import BodyConsumedError, UploadBody, UploadResult
from tests.streaming.fake_core import DROP, FakeCore, StoredFile

# Several chunks of the client (files.CHUNK_SIZE, 1 MiB) and of the server (64 KiB), not a
# multiple of either.
SIZE = 3 * 1024 * 1024 + 12345


@pytest.fixture(scope="module")
def payload() -> bytes:
    return os.urandom(SIZE)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def chunks_of(data: bytes, size: int = 100_000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def stored(core: FakeCore, storage: str, path: str) -> bytes:
    return core.files[(storage, path)].content


def test_put_tells_created_from_overwritten(client: Client, core: FakeCore) -> None:
    created = client.v3_fs_put_file("mem", "a/b.txt", b"one")
    overwritten = client.v3_fs_put_file("mem", "/a/b.txt", b"two")

    assert created == UploadResult(created=True, location="/api/v3/fs/mem/a/b.txt")
    assert overwritten.created is False
    assert stored(core, "mem", "/a/b.txt") == b"two"
    # Core answers 201/204 only when the client does not accept gzip.
    assert {r.headers["Accept-Encoding"] for r in core.seen("PUT")} == {"identity"}


Source = Callable[[str], object]


@pytest.fixture
def source(payload: bytes, tmp_path: Path) -> Iterator[Source]:
    """Makes an upload source of `payload` of the kind named; files opened are closed after."""
    path = tmp_path / "upload.bin"
    path.write_bytes(payload)
    # A file object is sent from the position it has: here past a header not to be sent.
    with_header = tmp_path / "with-header.bin"
    with_header.write_bytes(b"header|" + payload)
    with contextlib.ExitStack() as opened:

        def open_at_payload() -> IO[bytes]:
            file = opened.enter_context(with_header.open("rb"))
            file.seek(len(b"header|"))
            return file

        def one_shot_pipe() -> IO[bytes]:
            reading, writing = os.pipe()
            os.write(writing, payload[:1000])
            os.close(writing)
            return opened.enter_context(os.fdopen(reading, "rb"))

        makers: dict[str, Callable[[], object]] = {
            "bytes": lambda: payload,
            "str": lambda: payload.hex(),
            "path": lambda: path,
            "file": open_at_payload,
            "list": lambda: list(chunks_of(payload)),
            "iterator": lambda: chunks_of(payload),
            "pipe": one_shot_pipe,
        }
        yield lambda kind: makers[kind]()


@pytest.mark.parametrize("kind", ["bytes", "str", "path", "file", "iterator", "list"])
def test_upload_sources_arrive_intact(
    client: Client, core: FakeCore, payload: bytes, source: Source, kind: str
) -> None:
    client.v3_fs_put_file("disk", "up.bin", source(kind))  # type: ignore[arg-type]

    expected = payload.hex().encode() if kind == "str" else payload
    assert sha256(stored(core, "disk", "/up.bin")) == sha256(expected)


def test_sized_sources_send_a_content_length(
    client: Client, core: FakeCore, tmp_path: Path
) -> None:
    path = tmp_path / "sized.bin"
    path.write_bytes(b"x" * 1000)

    client.v3_fs_put_file("mem", "sized.bin", path)
    client.v3_fs_put_file("mem", "unsized.bin", chunks_of(b"y" * 1000, 300))

    sized, unsized = core.seen("PUT")
    assert sized.headers["Content-Length"] == "1000"
    assert unsized.headers["Transfer-Encoding"] == "chunked"


def test_a_file_object_is_sent_from_its_position(client: Client, core: FakeCore) -> None:
    file = io.BytesIO(b"header|content")
    file.seek(7)

    client.v3_fs_put_file("mem", "tail.txt", file)

    assert stored(core, "mem", "/tail.txt") == b"content"


def test_a_replayable_body_is_resent_after_a_refused_token(
    client: Client, core: FakeCore, payload: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "again.bin"
    path.write_bytes(payload)
    client.v3_fs_get_file_exists("mem", "warm-up.txt")
    core.revoke_tokens()

    client.v3_fs_put_file("mem", "again.bin", path)

    assert [r.status for r in core.seen("PUT")] == [401, 201]
    assert sha256(stored(core, "mem", "/again.bin")) == sha256(payload)


def test_a_one_shot_body_read_twice_raises_rather_than_giving_nothing() -> None:
    chunks = UploadBody.of(chunks_of(b"content", 3), for_async=False).content
    assert isinstance(chunks, Iterable) and not isinstance(chunks, bytes)

    assert b"".join(chunks) == b"content"
    with pytest.raises(BodyConsumedError):
        iter(chunks)


@pytest.mark.parametrize("fault", [503, DROP], ids=["503", "dropped"])
@pytest.mark.parametrize("kind", ["bytes", "path", "file", "list"])
def test_an_upload_that_can_start_over_is_retried(
    client: Client, core: FakeCore, payload: bytes, source: Source, kind: str, fault: int
) -> None:
    core.fail_next.append(fault)

    result = client.v3_fs_put_file("mem", "retried.bin", source(kind))  # type: ignore[arg-type]

    # The failed attempt was read whole by the server: the retry had to start over.
    assert [len(r.body) for r in core.seen("PUT")] == [len(payload), len(payload)]
    assert result.created is True
    assert sha256(stored(core, "mem", "/retried.bin")) == sha256(payload)


@pytest.mark.parametrize("kind", ["iterator", "pipe"])
def test_a_one_shot_upload_is_not_retried(
    client: Client, core: FakeCore, source: Source, kind: str
) -> None:
    core.fail_next.append(503)

    with pytest.raises(ServerError):
        client.v3_fs_put_file("mem", "once.bin", source(kind))  # type: ignore[arg-type]

    assert [r.status for r in core.seen("PUT")] == [503]
    assert ("mem", "/once.bin") not in core.files


def test_a_one_shot_body_is_not_resent_empty_after_a_refused_token(
    client: Client, core: FakeCore
) -> None:
    client.v3_fs_get_file_exists("mem", "warm-up.txt")
    core.revoke_tokens()

    with pytest.raises(BodyConsumedError, match=re.escape("PUT /api/v3/fs/mem/once.bin")):
        client.v3_fs_put_file("mem", "once.bin", chunks_of(b"content", 3))

    assert ("mem", "/once.bin") not in core.files
    # The token was renewed: the same upload made again goes through.
    assert client.v3_fs_put_file("mem", "once.bin", chunks_of(b"content", 3)).created
    assert stored(core, "mem", "/once.bin") == b"content"


@pytest.mark.parametrize("target", ["path", "file", "stream", "bytes"])
def test_downloads_arrive_intact(
    client: Client, core: FakeCore, payload: bytes, tmp_path: Path, target: str
) -> None:
    core.files[("disk", "/media/down.bin")] = StoredFile(payload, "application/data")
    destination = tmp_path / "down.bin"

    if target == "path":
        written = client.v3_fs_download_file("disk", "media/down.bin", destination)
        received = destination.read_bytes()
    elif target == "file":
        buffer = io.BytesIO()
        written = client.v3_fs_download_file("disk", "media/down.bin", buffer)
        received = buffer.getvalue()
    elif target == "stream":
        with client.v3_fs_get_file_stream("disk", "media/down.bin") as chunks:
            parts = list(chunks)
        received, written = b"".join(parts), sum(map(len, parts))
        assert len(parts) > 1
    else:
        received = client.v3_fs_get_file("disk", "media/down.bin")
        written = len(received)

    assert written == len(payload)
    assert sha256(received) == sha256(payload)


def test_gzip_encoded_download_is_decoded(client: Client, core: FakeCore) -> None:
    text = b"line of text\n" * 50_000
    core.files[("mem", "/log.txt")] = StoredFile(text, "text/plain")

    assert client.v3_fs_download_file("mem", "log.txt", io.BytesIO()) == len(text)
    assert "gzip" in core.seen("GET", "/api/v3/fs/mem/log.txt")[0].headers["Accept-Encoding"]


def test_a_broken_download_leaves_no_file(
    client: Client, core: FakeCore, payload: bytes, tmp_path: Path
) -> None:
    core.files[("disk", "/cut.bin")] = StoredFile(payload, "application/data")
    core.cut_downloads_at = 1_000_000
    destination = tmp_path / "cut.bin"

    with pytest.raises(APIConnectionError):
        client.v3_fs_download_file("disk", "cut.bin", destination)

    assert list(tmp_path.iterdir()) == []


async def test_async_broken_download_leaves_no_file(
    async_client: AsyncClient, core: FakeCore, payload: bytes, tmp_path: Path
) -> None:
    core.files[("disk", "/cut.bin")] = StoredFile(payload, "application/data")
    core.cut_downloads_at = 1_000_000
    destination = tmp_path / "cut.bin"

    with pytest.raises(APIConnectionError):
        await async_client.v3_fs_download_file("disk", "cut.bin", destination)

    assert list(tmp_path.iterdir()) == []


def test_missing_files(client: Client, core: FakeCore, tmp_path: Path) -> None:
    core.files[("mem", "/here.txt")] = StoredFile(b"x", "text/plain")

    assert client.v3_fs_get_file_exists("mem", "here.txt") is True
    assert client.v3_fs_get_file_exists("mem", "gone.txt") is False
    with pytest.raises(NotFoundError):
        client.v3_fs_get_file("mem", "gone.txt")
    with pytest.raises(NotFoundError):
        client.v3_fs_download_file("mem", "gone.txt", tmp_path / "gone.txt")
    assert list(tmp_path.iterdir()) == []
    assert [r.method for r in core.seen("HEAD")] == ["HEAD", "HEAD"]


def test_copy_and_move_between_storages(client: Client, core: FakeCore) -> None:
    core.files[("mem", "/a.txt")] = StoredFile(b"a", "text/plain")

    assert client.v3_fs_put("mem:/a.txt", "disk:/b.txt") == "OK"
    assert client.v3_fs_put("disk:/b.txt", "disk:/c.txt", "move", bandwidth_limit_kbit=100)

    assert set(core.files) == {("mem", "/a.txt"), ("disk", "/c.txt")}
    operations = [json.loads(r.body) for r in core.seen("PUT", "/api/v3/fs")]
    assert operations == [
        {"operation": "copy", "source": "mem:/a.txt", "target": "disk:/b.txt"},
        {
            "operation": "move",
            "source": "disk:/b.txt",
            "target": "disk:/c.txt",
            "bandwidth_limit_kbit": 100,
        },
    ]


def test_cluster_node_files(client: Client, core: FakeCore, payload: bytes, tmp_path: Path) -> None:
    assert client.v3_cluster_node_fs_put_file("node 1", "mem", "n.bin", payload).created
    assert client.v3_cluster_node_fs_head_file("node 1", "mem", "n.bin")
    assert client.v3_cluster_node_fs_get_file("node 1", "mem", "n.bin") == payload
    written = client.v3_cluster_node_fs_download_file("node 1", "mem", "n.bin", tmp_path / "n")
    with client.v3_cluster_node_fs_get_file_stream("node 1", "mem", "n.bin") as chunks:
        streamed = b"".join(chunks)
    assert client.v3_cluster_node_fs_put("node 1", "mem:/n.bin", "disk:/n.bin") == "OK"

    assert written == len(payload)
    assert sha256((tmp_path / "n").read_bytes()) == sha256(streamed) == sha256(payload)
    assert ("disk", "/n.bin") in core.files
    assert core.seen("PUT")[0].path == "/api/v3/cluster/node/node%25201/fs/mem/n.bin"


@pytest.mark.parametrize(
    "name",
    ["a b.txt", "100%.txt", "a#b?.txt", "%41%2e%2e.txt", "ü/ß.txt", "a+b&c=d;e,f@g.txt"],
)
def test_file_names_arrive_intact(client: Client, core: FakeCore, name: str) -> None:
    client.v3_fs_put_file("mem", f"dir/{name}", b"x")

    assert set(core.files) == {("mem", f"/dir/{name}")}
    assert client.v3_fs_get_file("mem", f"/dir/{name}") == b"x"


@pytest.mark.parametrize("path", ["../etc/passwd", "a/../../b", "a/./b", "", "/", "dir/"])
def test_paths_that_leave_the_storage_are_refused(
    client: Client, core: FakeCore, path: str
) -> None:
    with pytest.raises(ValidationError):
        client.v3_fs_put_file("mem", path, b"x")
    assert core.requests == []


def test_keyframe_comes_with_its_type(client: Client, core: FakeCore) -> None:
    image = b"\x89PNG" + os.urandom(5000)
    core.files[("keyframe", "/proc/1/in/0/last.png")] = StoredFile(image, "image/png")

    keyframe = client.v3_process_get_playout_input_keyframe("proc/1", "in/0", "last.png")

    assert keyframe.content == image
    assert keyframe.content_type == "image/png"


def test_errorframe_from_bytes_or_a_file(client: Client, core: FakeCore, tmp_path: Path) -> None:
    image = tmp_path / "error.jpg"
    image.write_bytes(b"\xff\xd8" + os.urandom(3000))

    client.v3_process_post_playout_input_errorframe_name("p", "in", "a.jpg", b"\xff\xd8jpeg")
    client.v3_process_post_playout_input_errorframe_name("p", "in", "b.jpg", image)

    assert stored(core, "errorframe", "/p/in/a.jpg") == b"\xff\xd8jpeg"
    assert stored(core, "errorframe", "/p/in/b.jpg") == image.read_bytes()


def test_live_flv_as_chunks(client: Client, core: FakeCore, payload: bytes) -> None:
    core.files[("rtmp", "/live/cam.flv")] = StoredFile(payload, "video/x-flv")

    with client.v3_rtmp_play("live/cam.flv") as chunks:
        received = b"".join(chunks)

    assert sha256(received) == sha256(payload)


async def async_chunks(data: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks_of(data):
        yield chunk


async def test_async_upload_and_download(
    async_client: AsyncClient, core: FakeCore, payload: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(payload)

    # Large enough that the download is written in several batches by a worker thread.
    large = payload * 3
    first = await async_client.v3_fs_put_file("mem", "from-path.bin", source)
    await async_client.v3_fs_put_file("mem", "from-async.bin", async_chunks(large))
    await async_client.v3_fs_put_file("mem", "from-sync.bin", chunks_of(payload))
    again = await async_client.v3_fs_put_file("mem", "from-path.bin", io.BytesIO(payload))
    written = await async_client.v3_fs_download_file("mem", "from-async.bin", tmp_path / "d")
    async with async_client.v3_fs_get_file_stream("mem", "from-sync.bin") as chunks:
        streamed = b"".join([chunk async for chunk in chunks])

    assert (first.created, again.created) == (True, False)
    assert written == len(large)
    assert sha256((tmp_path / "d").read_bytes()) == sha256(large)
    assert sha256(streamed) == sha256(payload)
    assert await async_client.v3_fs_get_file("mem", "from-path.bin") == payload
    assert await async_client.v3_fs_get_file_exists("mem", "from-path.bin") is True
    assert await async_client.v3_fs_get_file_exists("mem", "nothing.bin") is False


async def test_async_one_shot_body_after_a_refused_token(
    async_client: AsyncClient, core: FakeCore
) -> None:
    await async_client.v3_fs_get_file_exists("mem", "warm-up.txt")
    core.revoke_tokens()

    with pytest.raises(BodyConsumedError, match=re.escape("PUT /api/v3/fs/mem/once.bin")):
        await async_client.v3_fs_put_file("mem", "once.bin", async_chunks(b"abc"))

    assert ("mem", "/once.bin") not in core.files


@pytest.mark.parametrize("kind", ["path", "file", "list"])
async def test_async_upload_that_can_start_over_is_retried(
    async_client: AsyncClient, core: FakeCore, payload: bytes, source: Source, kind: str
) -> None:
    core.fail_next.append(DROP)

    await async_client.v3_fs_put_file("mem", "retried.bin", source(kind))  # type: ignore[arg-type]

    assert [len(r.body) for r in core.seen("PUT")] == [len(payload), len(payload)]
    assert sha256(stored(core, "mem", "/retried.bin")) == sha256(payload)


async def test_async_iterator_is_not_retried(async_client: AsyncClient, core: FakeCore) -> None:
    core.fail_next.append(503)

    with pytest.raises(ServerError):
        await async_client.v3_fs_put_file("mem", "once.bin", async_chunks(b"abc"))

    assert len(core.seen("PUT")) == 1


def test_an_async_iterable_needs_the_async_client(client: Client) -> None:
    with pytest.raises(TypeError):
        client.v3_fs_put_file("mem", "x.bin", async_chunks(b"abc"))


# v16.10.0 memfs has no HEAD route, which `v3_fs_get_file_exists` sends (SPEC_DIFFS 28).
@pytest.mark.core_versions("vod", "v16.16.0")
def test_round_trip_through_a_storage(
    target_client: Client, payload: bytes, tmp_path: Path
) -> None:
    path = f"core-client-tests/round trip {uuid.uuid4()} %.bin"
    first = target_client.v3_fs_put_file("mem", path, chunks_of(payload))
    second = target_client.v3_fs_put_file("mem", path, payload)
    try:
        written = target_client.v3_fs_download_file("mem", path, tmp_path / "back")
        exists = target_client.v3_fs_get_file_exists("mem", path)
    finally:
        target_client.v3_fs_delete_file("mem", path)

    assert (first.created, second.created) == (True, False)
    assert written == len(payload)
    assert sha256((tmp_path / "back").read_bytes()) == sha256(payload)
    assert exists
    assert not target_client.v3_fs_get_file_exists("mem", path)


def answering(body: bytes) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return Client("http://core.test", access_token="t", transport=transport)


@pytest.mark.parametrize("body", [b'"OK"', b"OK"])
def test_copy_answer_is_read_like_every_string_result(body: bytes) -> None:
    # A JSON string (what Core sends) or plain text, as the generated methods read strings.
    with answering(body) as client:
        assert client.v3_fs_put("mem:/a.txt", "disk:/b.txt") == "OK"


def test_copy_answer_null_of_a_cluster_node_is_no_message() -> None:
    # PUT /api/v3/cluster/node/{id}/fs answers a done copy with JSON null (one server: "OK").
    with answering(b"null") as client:
        assert client.v3_cluster_node_fs_put("node1", "mem:/a.txt", "disk:/b.txt") == ""


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"null", "application/json", ""),  # a cluster node (DELETE .../cluster/node/{id}/fs/...)
        (b"Deleted: /a.txt", "text/plain; charset=UTF-8", "Deleted: /a.txt"),  # one server
    ],
)
def test_a_deleted_file_answer_is_its_message(body: bytes, content_type: str, message: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    with Client("http://core.test", access_token="t", transport=httpx.MockTransport(answer)) as c:
        assert c.v3_cluster_node_fs_delete_file("node1", "mem", "a.txt") == message
        assert c.v3_fs_delete_file("mem", "a.txt") == message


def test_copy_answer_that_is_json_but_no_string_is_a_response_error() -> None:
    client = answering(b"42")
    with client, pytest.raises(ResponseValidationError) as caught:
        client.v3_fs_put("mem:/a.txt", "disk:/b.txt")
    assert caught.value.body == "42"
