"""Playout on real servers: Core's playout routes, through the library, to an input's playout.

Playout is a feature of datarhei's own ffmpeg build (`-playout_httpport`): Core gives each
`playout:` input a port of its playout range and proxies /api/v3/process/{id}/playout/{input}/...
to `http://127.0.0.1:PORT/v1/...`. The Debian ffmpeg has no playout, so a small HTTP server in
the test stands in for the input's playout: the request goes through the library, Core's real
routes and proxy, and each answer is checked against what the stand-in sent and received.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from core_client import Client
from tests.real import poll
from tests.real.fields import assert_fields_known
from tests.real.processes import delete_quietly, new_id
from tests.support.real_servers import RealCore

STATUS = {
    "id": "in",
    "url": "testsrc=size=64x48",
    "stream": 7,
    "queue": 3,
    "aqueue": 2,
    "dup": 1,
    "drop": 4,
    "enc": 5,
    "looping": True,
    "duplicating": False,
    "gop": "key",
    "input": {"state": "running", "packet": 10, "time": 11, "size_kb": 12},
    "output": {"state": "running", "packet": 20, "time": 21, "size_kb": 22},
    "swap": {"url": "", "status": "waiting", "lasturl": "", "lasterror": ""},
}
KEYFRAME = b"\xff\xd8\xff\xe0 a keyframe \xff\xd9"


@dataclass
class Seen:
    method: str
    path: str
    body: bytes
    content_type: str | None


@dataclass
class StandIn:
    """What the stand-in playout received."""

    requests: list[Seen] = field(default_factory=list)


def _handler(received: StandIn) -> type[BaseHTTPRequestHandler]:
    class Playout(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            received.requests.append(
                Seen(self.command, self.path, body, self.headers.get("Content-Type"))
            )
            if self.path == "/v1/status":
                self._send(200, "application/json", json.dumps(STATUS).encode())
            elif self.path.startswith("/v1/keyframe/"):
                self._send(200, "image/jpeg", KEYFRAME)
            else:
                self._send(200, "text/plain", b"OK")

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Playout


@contextmanager
def stand_in_playout(port: int) -> Iterator[StandIn]:
    received = StandIn()
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(received))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        server.shutdown()
        server.server_close()


# Per server (URL): the first port of the playout range it was given in this session.
_PLAYOUT_PORT: dict[str, int] = {}


def playout_port(core: RealCore, client: Client) -> int:
    """Enables playout on the server (once per session) with a range of two free ports (Core
    wants min < max); the one process at a time of these tests gets the first."""
    if core.url in _PLAYOUT_PORT:
        return _PLAYOUT_PORT[core.url]
    port = poll.until(_two_free_ports, "two free ports in a row")
    config = client.v3_config_get().to_dict()["config"]
    config["playout"] = {"enable": True, "min_port": port, "max_port": port + 1}
    client.v3_config_put(config)
    started = client.about().created_at
    client.v3_config_reload()
    # The stored config reads back at once, even from the services the reload is about to stop;
    # the reload is done when Core's services answer with a later start time.
    poll.until(
        lambda: _started_after(client, started) and _playout_of(client) == config["playout"],
        "Core to reload with playout",
        deadline=poll.RELOAD_DEADLINE,
    )
    _PLAYOUT_PORT[core.url] = port
    return port


def _two_free_ports() -> int | None:
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        port: int = first.getsockname()[1]
        try:
            second.bind(("127.0.0.1", port + 1))
        except OSError:
            return None
        return port


def _started_after(client: Client, started: str | None) -> bool:
    try:
        return client.about(retries=0).created_at != started
    except Exception:
        return False


def _playout_of(client: Client) -> object:
    try:
        return client.v3_config_get().to_dict()["config"]["playout"]
    except Exception:
        return None


def test_every_playout_route_reaches_the_input_playout(real_core: RealCore) -> None:
    client = real_core.client()
    port = playout_port(real_core, client)
    process_id = new_id()
    client.v3_process_post(
        {
            "id": process_id,
            "input": [{"id": "in", "address": "playout:testsrc=size=64x48", "options": []}],
            "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
            "autostart": False,
        }
    )
    try:
        with stand_in_playout(port) as received:
            status = client.v3_process_get_playout_input_status(process_id, "in")
            assert_fields_known(status)
            # Core re-encodes the status (with the playout's `debug`, here none).
            assert status.to_dict() == {**STATUS, "debug": None}

            keyframe = client.v3_process_get_playout_input_keyframe(process_id, "in", "last.jpg")
            assert (keyframe.content, keyframe.content_type) == (KEYFRAME, "image/jpeg")

            # The stand-in answers "OK" to the rest; Core passes its answer on.
            assert client.v3_process_get_playout_input_errorframe_encode(process_id, "in") == "OK"
            # An upload answers nothing (the spec: 204).
            uploaded = client.v3_process_post_playout_input_errorframe_name(
                process_id, "in", "error.jpg", KEYFRAME
            )
            assert uploaded is None
            assert client.v3_process_get_playout_input_reopen(process_id, "in") == "OK"
            stream_url = b"testsrc=size=32x24"
            assert client.v3_process_put_playout_input_stream(process_id, "in", stream_url) == "OK"

        assert [(request.method, request.path) for request in received.requests] == [
            ("GET", "/v1/status"),
            ("GET", "/v1/keyframe/last.jpg"),
            ("GET", "/v1/errorframe/encode"),
            ("PUT", "/v1/errorframe.jpg"),  # Core names it by the extension only
            ("GET", "/v1/reopen"),
            ("PUT", "/v1/stream"),
        ]
        errorframe, stream = received.requests[3], received.requests[5]
        assert (errorframe.body, errorframe.content_type) == (KEYFRAME, "application/octet-stream")
        assert (stream.body, stream.content_type) == (b"testsrc=size=32x24", "text/plain")
    finally:
        delete_quietly(client, process_id)
