"""Every value arrives at Core exactly as given, and no path value can address another route.

Core decodes query values twice (`?id=ceo%252Bx` finds process `ceo+x`) and path values twice
(the router, then the handler). The loopback server here reads requests the same way, so a value
survives only if the client encoded it for exactly that. The metadata round trip and the
process id lookup also run against the real servers (tests/support/real_servers.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, unquote_plus, urlsplit

import pytest

from core_client import Client
from tests.support.loopback import LoopbackServer, request_body, send
from tests.support.real_servers import RealCore, real_core_of, versions_of

VALUES = ["a&b=c", "a#b", "a b", "a+b", "50%", "%41", "ceo+x", "x?y", "grün", "&# +%"]


class DoubleDecodingCore(BaseHTTPRequestHandler):
    """Reads paths and queries as Core does; keeps metadata; answers lists with []."""

    received: ClassVar[list[tuple[list[str], dict[str, str]]]] = []
    metadata: ClassVar[dict[str, Any]] = {}
    lock = threading.Lock()

    def _serve(self) -> None:
        target = urlsplit(self.path)
        # The router splits the raw path; each parameter is then decoded twice.
        segments = [unquote(unquote(segment)) for segment in target.path.split("/")]
        # Go's url.Query decodes once, Core's handler runs url.QueryUnescape again.
        query = {key: unquote_plus(value) for key, value in parse_qsl(target.query)}
        body = request_body(self)
        with self.lock:
            self.received.append((segments, query))
            answer: Any = []
            if segments[:4] == ["", "api", "v3", "metadata"] and len(segments) == 5:
                if self.command == "PUT":
                    self.metadata[segments[4]] = json.loads(body)
                answer = self.metadata.get(segments[4])
            elif self.command == "DELETE":
                answer = "Deleted"
            elif segments[:4] == ["", "api", "v3", "process"] and len(segments) == 5:
                answer = {"id": segments[4], "type": "ffmpeg", "reference": "", "created_at": 0}
        send(self, 200, json.dumps(answer).encode(), {"Content-Type": "application/json"})

    do_GET = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with LoopbackServer(DoubleDecodingCore) as loopback:
        yield loopback.url


@pytest.fixture
def client(server: str) -> Iterator[Client]:
    DoubleDecodingCore.received.clear()
    with Client(server, access_token="a.b.c", retries=0) as client:
        yield client


@pytest.mark.parametrize("value", VALUES)
def test_a_query_value_arrives_intact(client: Client, value: str) -> None:
    client.v3_process_get_list(idpattern=value, refpattern="ref")
    assert DoubleDecodingCore.received[-1][1] == {"idpattern": value, "refpattern": "ref"}


@pytest.mark.parametrize(("purge", "sent"), [(False, "false"), (True, "true")])
def test_a_boolean_query_value_arrives_as_json_writes_it(
    client: Client, purge: bool, sent: str
) -> None:
    # Core reads it with Go's strconv.ParseBool; the spec's checkers take JSON's spelling only.
    client.v3_process_delete("p", purge=purge)
    assert DoubleDecodingCore.received[-1][1] == {"purge": sent}


@pytest.mark.parametrize("value", [*VALUES, "../config", "a/b", "..."])
def test_a_path_value_arrives_intact_as_one_segment(client: Client, value: str) -> None:
    process = client.v3_process_get(value)
    segments, _ = DoubleDecodingCore.received[-1]
    assert segments == ["", "api", "v3", "process", value]
    assert process.id == value


@pytest.mark.parametrize("value", VALUES)
def test_a_file_path_keeps_its_slashes_and_its_characters(client: Client, value: str) -> None:
    client.v3_fs_delete_file("mem", f"/dir/{value}/file.txt")
    segments, _ = DoubleDecodingCore.received[-1]
    assert segments == ["", "api", "v3", "fs", "mem", "dir", value, "file.txt"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "metadata_client" in metafunc.fixturenames:
        metafunc.parametrize("metadata_client", ["fake", *versions_of(metafunc)], indirect=True)


@pytest.fixture
def metadata_client(request: pytest.FixtureRequest) -> Iterator[Client]:
    if request.param == "fake":
        server: str = request.getfixturevalue("server")
        with Client(server, access_token="a.b.c", retries=0) as fake:
            yield fake
        return
    with real_core_of(request, request.param) as real:
        yield real.client()


def test_metadata_keys_with_special_characters_round_trip(metadata_client: Client) -> None:
    for value in VALUES:
        key = f"core-client-test {value}"
        metadata_client.v3_metadata_put(key, {"value": value})
        assert metadata_client.v3_metadata_get(key) == {"value": value}
        metadata_client.v3_metadata_put(key, None)  # Core deletes a key set to null


def test_a_process_id_with_a_plus_is_found_on_a_real_core(real_core: RealCore) -> None:
    """The issue's measurement: `?id=ceo%252Bx` finds process `ceo+x` (double decoding)."""
    process_id = "ceo+x"
    config = {
        "id": process_id,
        "autostart": False,
        "input": [{"id": "in", "address": "testsrc", "options": ["-f", "lavfi"]}],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
    }
    real = real_core.client()
    real.v3_process_post(config)
    try:
        assert real.v3_process_get(process_id).id == process_id
        found = real.v3_process_get_list(id=process_id)
        assert [process.id for process in found] == [process_id]
    finally:
        real.v3_process_delete(process_id)
