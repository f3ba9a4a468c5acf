"""The recorded real exchanges of ../shared/fixtures, and a Core that replays them.

`ReplayCore` serves recorded responses over a loopback socket. It understands requests the way
Core does (path and query values decoded twice) and answers each one with the recorded response
of the same method, path, query and body; exchanges recorded more than once for one request
(a process state before start, while running, after stop) are served in recorded order.
"""

from __future__ import annotations

import base64
import functools
import gzip
import json
import re
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from scripts.versions import DEFAULT_VERSION
from scripts.wiring import load as load_wiring
from tests.support import shared
from tests.support.core_paths import core_decode_path
from tests.support.loopback import LoopbackServer, request_body, send

VERSIONS = ("vod", "v16.16.0", "v16.10.0")
USERNAME = "admin"
PASSWORD = "datarhei"


@dataclass(frozen=True)
class Exchange:
    """One recorded request and the response a real Core gave to it."""

    file: Path
    method: str
    path: str
    spec_path: str
    operation_id: str
    query: dict[str, str]
    body: Any
    body_is_json: bool
    status: int
    headers: dict[str, str]
    content: bytes

    @property
    def name(self) -> str:
        return f"{self.file.parent.name}/{self.file.stem}"

    @property
    def path_values(self) -> dict[str, str]:
        """The route's parameters as recorded (`{"id": "fx-null"}`)."""
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+)", re.escape(self.spec_path))
        match = re.fullmatch(pattern, self.path)
        assert match is not None, self.name
        return match.groupdict()

    def json(self) -> Any:
        return json.loads(self.content)

    def text(self) -> str:
        """The response body as text, uncompressed if it was recorded compressed."""
        if self.headers.get("Content-Encoding") == "gzip":
            return gzip.decompress(self.content).decode()
        return self.content.decode()


def _content(response: dict[str, Any]) -> bytes:
    body = response.get("body")
    kind = response.get("body_format")
    if kind == "json":
        return json.dumps(body).encode()
    if kind == "base64":
        return base64.b64decode(str(body))
    if kind in ("text", "stream"):
        return str(body).encode()
    return b""


def _headers(response: dict[str, Any]) -> dict[str, str]:
    # A base64 body is kept as it went over the wire (compressed); others are served decoded.
    dropped = {"content-length", "transfer-encoding", "connection"}
    if response.get("body_format") != "base64":
        dropped.add("content-encoding")
    return {key: value for key, value in response["headers"].items() if key.lower() not in dropped}


@functools.cache
def exchanges(version: str) -> tuple[Exchange, ...]:
    """The recorded exchanges of a version; the caller (a test, or a module at its import)
    skips where there are none."""
    shared.needs(shared.FIXTURES / version, f"recorded real exchanges of Core {version}")
    recorded = []
    for file in sorted((shared.FIXTURES / version).glob("[0-9]*.json")):
        data = json.loads(file.read_text())
        request, response = data["request"], data["response"]
        recorded.append(
            Exchange(
                file=file,
                method=request["method"],
                path=request["path"],
                spec_path=request["spec_path"],
                operation_id=request["operationId"],
                query={key: str(value) for key, value in request.get("query", {}).items()},
                body=request.get("body"),
                body_is_json="json" in request["headers"].get("Content-Type", ""),
                status=response["status"],
                headers=_headers(response),
                content=_content(response),
            )
        )
    return tuple(recorded)


@functools.cache
def wiring() -> dict[tuple[str, str], dict[str, Any]]:
    """(operationId, method) -> its entry of openapi/methods.toml (route from the spec)."""
    table = load_wiring(DEFAULT_VERSION)
    return {(entry["operation_id"], entry["method"]): entry for entry in table["operation"]}


def decoded_query(raw_query: str) -> dict[str, str]:
    """A query string as Core's handlers see its values: decoded twice (Go: `+` is space)."""
    return {key: unquote_plus(value) for key, value in parse_qsl(raw_query, keep_blank_values=True)}


@dataclass
class Received:
    """A request as the replaying Core understood it."""

    method: str
    raw_target: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class ReplayState:
    queues: dict[tuple[str, str, str], deque[Exchange]] = field(
        default_factory=lambda: defaultdict(deque)
    )
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, request: Received) -> Exchange | None:
        key = (request.method, request.path, json.dumps(request.query, sort_keys=True))
        with self.lock:
            self.received.append(request)
            queue = self.queues.get(key)
            if not queue:
                return None
            for exchange in queue:
                if _same_body(exchange, request.body):
                    if len(queue) > 1:
                        queue.remove(exchange)
                    return exchange
            return None


def _same_body(exchange: Exchange, body: bytes) -> bool:
    if exchange.body is None and not exchange.body_is_json:
        return True
    if not exchange.body_is_json:
        return body == str(exchange.body).encode()
    try:
        return bool(json.loads(body) == exchange.body)
    except ValueError:
        return False


class ReplayCore:
    """A loopback server answering with the recorded exchanges given to it, in their order."""

    def __init__(self, recorded: list[Exchange]) -> None:
        self.state = ReplayState()
        self._server = LoopbackServer(_handler(self.state))
        self.load(recorded)

    def load(self, recorded: list[Exchange]) -> None:
        """Replay these exchanges from now on (and forget what was received)."""
        with self.state.lock:
            self.state.queues.clear()
            self.state.received.clear()
            for exchange in recorded:
                key = (exchange.method, exchange.path, json.dumps(exchange.query, sort_keys=True))
                self.state.queues[key].append(exchange)

    @property
    def url(self) -> str:
        return self._server.url

    @property
    def received(self) -> list[Received]:
        return self.state.received

    def __enter__(self) -> ReplayCore:
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.__exit__(None, None, None)


def _handler(state: ReplayState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            target = urlsplit(self.path)
            request = Received(
                method=self.command,
                raw_target=self.path,
                path=core_decode_path(target.path),
                query=decoded_query(target.query),
                headers=dict(self.headers.items()),
                body=request_body(self),
            )
            exchange = state.answer(request)
            if exchange is None:
                send(self, 599, b"no recorded exchange", {"Content-Type": "text/plain"})
                return
            send(self, exchange.status, exchange.content, exchange.headers)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def auth_exchanges(version: str = "vod") -> list[Exchange]:
    """The recorded successful login and token refresh of a version."""
    logins = [
        exchange
        for exchange in exchanges(version)
        if exchange.path == "/api/login"
        and exchange.status == 200
        and exchange.body == {"username": USERNAME, "password": PASSWORD}
    ]
    refreshes = [
        exchange
        for exchange in exchanges(version)
        if exchange.path == "/api/login/refresh" and exchange.status == 200
    ]
    return logins[:1] + refreshes[:1]
