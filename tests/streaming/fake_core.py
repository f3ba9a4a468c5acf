"""A fake Core for the streaming operations, over real loopback sockets.

It answers like Core where the tests rely on it: gzip-encoded, chunked, `Connection: close`
event streams with keepalives; files stored under paths decoded twice the way Go's router and
Core's handler do; PUT answering 201/204 only without gzip; opaque bearer tokens that it can
revoke so that the client has to log in again. Each event connection plays the next scripted
`Episode`; the server records what it saw (requests, closed streams) for the tests to assert.
"""

from __future__ import annotations

import contextlib
import fnmatch
import itertools
import json
import queue
import re
import select
import threading
import zlib
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.core_paths import core_decode_path
from tests.support.loopback import LoopbackServer, request_body, send

USERNAME = "admin"
PASSWORD = "secret"

# In `FakeCore.fail_next`: a dropped connection rather than a status.
DROP = 0


@dataclass
class Episode:
    """What one event connection gets: `items` (lines; None = a keepalive), then either the
    end of the body (`end`), a dropped connection (`drop`), silence (`stall`) or keepalives
    until the client goes away (`hold`). A `status` other than 200 answers with that error."""

    items: list[str | None] = field(default_factory=list)
    then: str = "hold"
    status: int = 200
    # Written as they are instead of `items` (a recorded body, already framed).
    raw: list[bytes] = field(default_factory=list)
    # Set by the server once the client closed the connection of a `hold` or `stall` episode.
    closed: threading.Event = field(default_factory=threading.Event)
    # Set once all items were written: the client may then act (close, cancel).
    sent: threading.Event = field(default_factory=threading.Event)


@dataclass
class Seen:
    """A request as the server saw it: the raw path, headers and body, and the answer status."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int = 0


@dataclass
class StoredFile:
    content: bytes
    content_type: str


class FakeCore:
    def __init__(self) -> None:
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()
        self.files: dict[tuple[str, str], StoredFile] = {}
        self.episodes: deque[Episode] = deque()
        self.requests: list[Seen] = []
        # What the next authorized requests get instead of their answer: a status, or DROP (the
        # body is read, then the connection closes without an answer).
        self.fail_next: deque[int] = deque()
        self.logins = 0
        self.valid_tokens: set[str] = set()
        self.keepalive_interval = 0.01
        self.media_listeners: list[queue.Queue[str]] = []
        # A download is cut off after this many bytes (a dropped connection mid-body).
        self.cut_downloads_at: int | None = None
        self.server = LoopbackServer(_handler_for(self))

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> FakeCore:
        self.server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.__exit__(None, None, None)

    def issue_token(self) -> str:
        with self._lock:
            token = f"access-{next(self._tokens)}"
            self.valid_tokens.add(token)
            self.logins += 1
        return token

    def revoke_tokens(self) -> None:
        with self._lock:
            self.valid_tokens.clear()

    def authorized(self, header: str | None) -> bool:
        with self._lock:
            return header is not None and header.removeprefix("Bearer ") in self.valid_tokens

    def seen(self, method: str, path_prefix: str = "") -> list[Seen]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]


def _handler_for(core: FakeCore) -> type[BaseHTTPRequestHandler]:
    class Handler(_FakeCoreHandler):
        fake = core

    return Handler


class _FakeCoreHandler(BaseHTTPRequestHandler):
    fake: FakeCore
    body: bytes
    seen: Seen

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_response(self, code: int, message: str | None = None) -> None:
        self.seen.status = code
        super().send_response(code, message)

    # -- dispatch ---------------------------------------------------------------------------

    def do_POST(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        raw_path = url.path
        try:
            self.body = request_body(self)
        except ValueError:
            # A body cut off mid-chunk (the client gave up sending it): nothing to answer.
            self.close_connection = True
            return
        headers = dict(self.headers.items())
        self.seen = Seen(self.command, raw_path, parse_qs(url.query), headers, self.body)
        self.fake.requests.append(self.seen)
        if raw_path == "/api/login":
            token = self.fake.issue_token()
            self._json(200, {"access_token": token, "refresh_token": "refresh-" + token})
            return
        if not self.fake.authorized(self.headers.get("Authorization")):
            self._json(401, {"code": 401, "message": "Unauthorized", "details": []})
            return
        if self.fake.fail_next:
            status = self.fake.fail_next.popleft()
            if status == DROP:
                self.close_connection = True
                return
            self._json(status, {"code": status, "message": "failing as told", "details": []})
            return
        try:
            route = _route(self.command, raw_path)
        except ValueError:
            self._json(400, {"code": 400, "message": "Bad Request", "details": ["bad path"]})
            return
        if route is None:
            self._json(404, {"code": 404, "message": "Not Found", "details": []})
            return
        name, parts = route
        getattr(self, f"_{name}")(*parts)

    # -- event streams ----------------------------------------------------------------------

    def _events(self) -> None:
        episode = self.fake.episodes.popleft() if self.fake.episodes else Episode()
        if episode.status != 200:
            self._json(episode.status, {"code": episode.status, "message": "no", "details": []})
            return
        sse = "text/event-stream" in self.headers.get("Accept", "")
        content_type = "text/event-stream" if sse else "application/x-json-stream"
        writer = _BodyWriter(self, content_type + "; charset=UTF-8")
        try:
            for piece in episode.raw:
                writer.write(piece)
            for item in episode.items:
                writer.write(_keepalive(sse, self.path) if item is None else _event_item(sse, item))
            episode.sent.set()
            self._finish_episode(episode, writer, sse)
        except (BrokenPipeError, ConnectionResetError):
            episode.closed.set()

    def _finish_episode(self, episode: Episode, writer: _BodyWriter, sse: bool) -> None:
        if episode.then == "end":
            writer.close()
        elif episode.then == "drop":
            # A chunked body cut off before its last chunk: the client sees a broken stream.
            self.wfile.flush()
            self.close_connection = True
        elif episode.then == "stall":
            # Silent until the client gives up: its idle timeout must fire.
            self.rfile.read(1)
            episode.closed.set()
            self.close_connection = True
        else:
            # Keepalives until the client closes: it sends nothing more on an event stream,
            # so the socket turning readable means it went away.
            while not select.select([self.connection], [], [], self.fake.keepalive_interval)[0]:
                writer.write(_keepalive(sse, self.path))
            episode.closed.set()
            self.close_connection = True

    def _media_events(self, media_type: str) -> None:
        if self.fake.episodes:
            self._events()
            return
        # Live, as Core: a list of the storage's files, then a `create` per file written.
        created: queue.Queue[str] = queue.Queue()
        listeners = self.fake.media_listeners
        listeners.append(created)
        glob = self.seen.query.get("glob", [""])[0].removesuffix("**")
        names = [path for storage, path in self.fake.files if storage == media_type[1:]]
        writer = _BodyWriter(self, "application/x-json-stream; charset=UTF-8")
        writer.write(json.dumps({"action": "list", "names": names, "ts": 0}).encode() + b"\n")
        try:
            while not select.select([self.connection], [], [], self.fake.keepalive_interval)[0]:
                with contextlib.suppress(queue.Empty):
                    while name := created.get_nowait():
                        if name.startswith(glob):
                            event = {"action": "create", "name": name, "ts": 1}
                            writer.write(json.dumps(event).encode() + b"\n")
                writer.write(b'{"action":"keepalive"}\n')
        finally:
            listeners.remove(created)
        self.close_connection = True

    # -- files ------------------------------------------------------------------------------

    def _file(self, storage: str, path: str) -> None:
        key = (storage, path)
        if self.command == "PUT":
            self._put_file(key)
            return
        files = self.fake.files
        stored = files.pop(key, None) if self.command == "DELETE" else files.get(key)
        if stored is None:
            self._json(404, {"code": 404, "message": "Not Found", "details": ["file not found"]})
            return
        if self.command == "DELETE":
            self._json(200, f"Deleted: {path}")
            return
        if self.command == "HEAD":
            send(self, 200, stored.content, {"Content-Type": stored.content_type})
            return
        writer = _BodyWriter(self, stored.content_type)
        content = stored.content[: self.fake.cut_downloads_at]
        for start in range(0, len(content), 64 * 1024):
            writer.write(content[start : start + 64 * 1024])
        if self.fake.cut_downloads_at is None:
            writer.close()

    def _put_file(self, key: tuple[str, str]) -> None:
        content = self.body
        existed = key in self.fake.files
        self.fake.files[key] = StoredFile(content, _content_type(key[1]))
        if key[0] == "mem" and not existed:
            for listener in self.fake.media_listeners:
                listener.put(key[1])
        # Core's compress middleware turns 201/204 into 200 when the client accepts gzip.
        status = 200 if _accepts_gzip(self) else 204 if existed else 201
        self.send_response(status)
        self.send_header("Content-Location", f"/api/v3/fs/{key[0]}{key[1]}")
        if status != 204:
            self.send_header("Content-Length", "0")
        self.end_headers()

    def _file_operation(self) -> None:
        operation = json.loads(self.body)
        source_storage, source_path = operation["source"].split(":", 1)
        target_storage, target_path = operation["target"].split(":", 1)
        source, target = (source_storage, source_path), (target_storage, target_path)
        stored = self.fake.files.get(source)
        if stored is None:
            self._json(404, {"code": 404, "message": "Not Found", "details": ["no source"]})
            return
        self.fake.files[target] = stored
        if operation["operation"] == "move":
            del self.fake.files[source]
        self._json(200, "OK")

    def _file_list(self, storage: str) -> None:
        if storage not in STORAGES:
            # As vod answers (v16.16.0: "unknown filesystem: ..." alone).
            details = [f"file not found: unknown filesystem: {storage}"]
            self._json(404, {"code": 404, "message": "Not Found", "details": details})
            return
        glob = self.seen.query.get("glob", ["*"])[0]
        names = [path for (kind, path) in self.fake.files if kind == storage]
        listing = [
            {"name": name, "size_bytes": 0, "last_modified": 0}
            for name in names
            if fnmatch.fnmatchcase(name, glob)
        ]
        self._json(200, listing)

    def _node_file(self, _node: str, storage: str, path: str) -> None:
        self._file(storage, path)

    def _node_file_operation(self, _node: str) -> None:
        self._file_operation()

    # -- playout and live streams -----------------------------------------------------------

    def _keyframe(self, process_id: str, input_id: str, name: str) -> None:
        stored = self.fake.files.get(("keyframe", f"/{process_id}/{input_id}/{name}"))
        if stored is None:
            self._json(404, {"code": 404, "message": "Not Found", "details": []})
            return
        send(self, 200, stored.content, {"Content-Type": stored.content_type})

    def _errorframe(self, process_id: str, input_id: str, name: str) -> None:
        key = ("errorframe", f"/{process_id}/{input_id}/{name}")
        self.fake.files[key] = StoredFile(self.body, "image/jpeg")
        self.send_response(204)
        self.end_headers()

    def _rtmp(self, path: str) -> None:
        stored = self.fake.files.get(("rtmp", path))
        if stored is None:
            self._json(404, {"code": 404, "message": "Not Found", "details": []})
            return
        writer = _BodyWriter(self, "video/x-flv")
        for start in range(0, len(stored.content), 4096):
            writer.write(stored.content[start : start + 4096])
        writer.close()

    # -- helpers ----------------------------------------------------------------------------

    def _json(self, status: int, body: Any) -> None:
        send(self, status, json.dumps(body).encode(), {"Content-Type": "application/json"})


class _BodyWriter:
    """A chunked response body, gzip-encoded when the client accepts it, flushed per write
    (as Core does for event streams)."""

    def __init__(self, handler: BaseHTTPRequestHandler, content_type: str) -> None:
        self._handler = handler
        self._gzip = zlib.compressobj(wbits=16 + zlib.MAX_WBITS) if _accepts_gzip(handler) else None
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("Connection", "close")
        if self._gzip is not None:
            handler.send_header("Content-Encoding", "gzip")
        handler.end_headers()
        handler.close_connection = True

    def write(self, data: bytes) -> None:
        if self._gzip is not None:
            data = self._gzip.compress(data) + self._gzip.flush(zlib.Z_SYNC_FLUSH)
        self._chunk(data)

    def close(self) -> None:
        if self._gzip is not None:
            self._chunk(self._gzip.flush())
        self._handler.wfile.write(b"0\r\n\r\n")

    def _chunk(self, data: bytes) -> None:
        # An empty chunk would end the body: a write that compressed to nothing sends none.
        if data:
            self._handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")


def _accepts_gzip(handler: BaseHTTPRequestHandler) -> bool:
    return "gzip" in handler.headers.get("Accept-Encoding", "")


def _keepalive(sse: bool, path: str) -> bytes:
    if sse:
        return b":keepalive\n\n"
    field_name = {"/api/v3/events": "event", "/api/v3/cluster/events": "event"}.get(
        urlsplit(path).path, "action" if "/media/" in path else "type"
    )
    return json.dumps({field_name: "keepalive"}).encode() + b"\n"


def _event_item(sse: bool, item: str) -> bytes:
    if sse:
        component = json.loads(item).get("event", "")
        return f"event: {component}\ndata: {item}\n\n".encode()
    return item.encode() + b"\n"


def _content_type(path: str) -> str:
    return {"txt": "text/plain", "json": "application/json", "jpg": "image/jpeg"}.get(
        path.rsplit(".", 1)[-1], "application/data"
    )


# The storages of a default Core.
STORAGES = ("mem", "disk")

_ROUTES = [
    ("POST", r"/api/v3/(?:cluster/)?events(?:/process)?", "events"),
    ("POST", r"/api/v3/events/media/([^/]+)", "media_events"),
    ("PUT", r"/api/v3/fs", "file_operation"),
    ("PUT", r"/api/v3/cluster/node/([^/]+)/fs", "node_file_operation"),
    (None, r"/api/v3/cluster/node/([^/]+)/fs/([^/]+)/(.+)", "node_file"),
    (None, r"/api/v3/fs/([^/]+)/(.+)", "file"),
    ("GET", r"/api/v3/fs/([^/]+)", "file_list"),
    ("GET", r"/api/v3/cluster/node/[^/]+/fs/([^/]+)", "file_list"),
    ("GET", r"/api/v3/process/([^/]+)/playout/([^/]+)/keyframe/([^/]+)", "keyframe"),
    ("POST", r"/api/v3/process/([^/]+)/playout/([^/]+)/errorframe/([^/]+)", "errorframe"),
    ("GET", r"/rtmp/(.+)", "rtmp"),
]


def _route(method: str, raw_path: str) -> tuple[str, list[str]] | None:
    """The handler and its decoded path parameters; file paths get their leading `/`."""
    for route_method, pattern, name in _ROUTES:
        match = re.fullmatch(pattern, raw_path)
        if match and route_method in (None, method):
            values = [core_decode_path(value) for value in match.groups()]
            if name in ("file", "node_file", "rtmp"):
                values[-1] = "/" + values[-1]
            return name, values
    return None
