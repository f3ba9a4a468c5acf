"""The streaming methods on what older Cores do differently (../shared/fixtures/SPEC_DIFFS.md).

A loopback Core that answers as v16.10.0 does: memfs symlinks answer 301 with a Location relative
to the storage root (item 33; 200 with the Location and an empty body when gzip is accepted),
HEAD on memfs is 405 (item 28), and the event routes do not exist (item 37).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from core_client import AsyncClient, Client, CoreError, NotFoundError, ResponseValidationError
from tests.support.loopback import LoopbackServer, send

FILES = {"/dir/target.txt": b"link target\n"}
# name -> Location, as v16.10.0 writes it: the target's path without its leading slash.
LINKS = {
    "/dir/link.txt": "dir/target.txt",
    "/rootlink.txt": "dir/target.txt",
    "/dangling.txt": "dir/missing.txt",
    "/away.txt": "http://elsewhere.example/dir/target.txt",
}
NO_ROUTE = json.dumps({"code": 404, "message": "Not Found", "details": ["Not Found"]}).encode()
MEM = "/api/v3/fs/mem"


class OldCore(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        name = self.path.removeprefix(MEM)
        if not self.path.startswith(MEM + "/"):
            send(self, 404, NO_ROUTE, {"Content-Type": "application/json"})
        elif name in LINKS:
            gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            # The compress middleware turns the redirect into a 200 without body.
            send(self, 200 if gzip else 301, b"", {"Location": LINKS[name]})
        elif name in FILES:
            send(self, 200, FILES[name], {"Content-Type": "application/data"})
        else:
            error = {"code": 404, "message": "File not found", "details": [name]}
            send(self, 404, json.dumps(error).encode(), {"Content-Type": "application/json"})

    def do_HEAD(self) -> None:
        send(self, 405, b"", {"Allow": "OPTIONS, DELETE, GET, PATCH, PUT"})

    def do_POST(self) -> None:
        send(self, 404, NO_ROUTE, {"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def old_core() -> Iterator[str]:
    with LoopbackServer(OldCore) as server:
        yield server.url


@pytest.fixture(params=["gzip", "identity"])
def client(old_core: str, request: pytest.FixtureRequest) -> Iterator[Client]:
    headers = {"Accept-Encoding": request.param}
    with Client(old_core, access_token="t", retries=0, headers=headers) as client:
        yield client


@pytest.mark.parametrize("link", ["dir/link.txt", "rootlink.txt"])
def test_a_symlink_download_returns_the_target_bytes(client: Client, link: str) -> None:
    assert client.v3_fs_get_file("mem", link) == FILES["/dir/target.txt"]

    written = io.BytesIO()
    assert client.v3_fs_download_file("mem", link, written) == len(FILES["/dir/target.txt"])
    assert written.getvalue() == FILES["/dir/target.txt"]

    with client.v3_fs_get_file_stream("mem", link) as chunks:
        assert b"".join(chunks) == FILES["/dir/target.txt"]


def test_a_dangling_symlink_is_a_missing_target(client: Client) -> None:
    with pytest.raises(NotFoundError, match=r"dir/missing\.txt"):
        client.v3_fs_get_file("mem", "dangling.txt")


def test_a_symlink_to_another_server_is_not_followed(client: Client) -> None:
    with pytest.raises(ResponseValidationError, match="another server"):
        client.v3_fs_get_file("mem", "away.txt")


def test_exists_answers_where_head_has_no_route(client: Client) -> None:
    assert client.v3_fs_get_file_exists("mem", "dir/target.txt") is True
    assert client.v3_fs_get_file_exists("mem", "dir/nothing.txt") is False


def test_a_stream_on_a_server_without_its_route_says_so(client: Client) -> None:
    with (
        pytest.raises(NotFoundError) as missing,
        client.v3_events_post_media("mem", reconnect=False) as events,
    ):
        next(iter(events))

    assert "no route POST /api/v3/events/media/mem" in str(missing.value)
    assert "`v3_events_post_media`" in str(missing.value)


async def test_the_async_client_follows_links_and_explains_missing_routes(old_core: str) -> None:
    async with AsyncClient(old_core, access_token="t", retries=0) as client:
        assert await client.v3_fs_get_file("mem", "dir/link.txt") == FILES["/dir/target.txt"]
        async with client.v3_fs_get_file_stream("mem", "rootlink.txt") as chunks:
            assert b"".join([chunk async for chunk in chunks]) == FILES["/dir/target.txt"]
        assert await client.v3_fs_get_file_exists("mem", "dir/target.txt") is True
        assert await client.v3_fs_get_file_exists("mem", "nothing.txt") is False
        with pytest.raises(NotFoundError, match="`v3_events_post`"):
            async with client.v3_events_post(reconnect=False) as events:
                async for _ in events:
                    break


def test_a_ring_of_redirects_ends_with_an_error(
    old_core: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(LINKS, "/dir/target.txt", "dir/target.txt")
    with (
        Client(old_core, access_token="t", retries=0) as client,
        pytest.raises(CoreError, match="symlinks in a row"),
    ):
        client.v3_fs_get_file("mem", "dir/link.txt")
