"""A small stateful Core for the command line's tests, over real loopback sockets.

It keeps processes, metadata, files, settings and users in memory and answers with bodies
shaped like the recorded vod responses in ../shared/fixtures (so the library's response
checks pass as they do against a real Core). Tokens are real JWTs with short lifetimes, so
that cached tokens in a profile can be tested for expiry and renewal; every request is
recorded with its headers, so tests can assert what was sent.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jwt

from tests.support import shared
from tests.support.core_paths import core_decode_path
from tests.support.loopback import LoopbackServer, request_body, send

USERNAME = "admin"
PASSWORD = "s3cret-Passw0rd"
JWT_SECRET = "fake-core-jwt-secret-of-at-least-32-bytes"

FIXTURES = shared.FIXTURES / "vod"


def recorded(name: str) -> Any:
    """The response body of a recorded vod fixture."""
    return json.loads((FIXTURES / f"{name}.json").read_text())["response"]["body"]


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int
    body: Any = None
    raw: bytes | None = None
    content_type: str = "application/json"


def error(status: int, message: str, detail: str) -> Reply:
    return Reply(status, {"code": status, "message": message, "details": [detail]})


@dataclass
class State:
    processes: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, dict[str, bytes]] = field(default_factory=lambda: {"disk": {}, "mem": {}})
    config: dict[str, Any] = field(default_factory=lambda: recorded("099-config-3-get"))
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    logins: int = 0
    refreshes: int = 0
    access_lifetime: int = 600
    issued: set[str] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    # How many log lines `process logs` finds: grows by one a request while a process runs.
    log_lines: int = 3
    events: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {"ts": 1700000000 + n, "level": "INFO", "event": "process", "message": f"event {n}"}
            for n in range(3)
        ]
    )


Route = Callable[["FakeCore", re.Match[str], dict[str, Any], bytes], Reply]
ROUTES: list[tuple[str, re.Pattern[str], Route]] = []


def route(method: str, pattern: str) -> Callable[[Route], Route]:
    def register(handler: Route) -> Route:
        ROUTES.append((method, re.compile(f"^{pattern}$"), handler))
        return handler

    return register


class FakeCore:
    def __init__(self) -> None:
        self.state = State()
        self.lock = threading.Lock()
        self._server = LoopbackServer(_handler(self))
        self.url = ""
        # A password found nowhere else, so that tests can look for it in what is printed.
        self.state.config["config"]["api"]["auth"]["password"] = "config-Passw0rd-42"
        for user in recorded("051-iam-3-list-identities"):
            self.state.users[user["name"]] = user

    @contextmanager
    def running(self) -> Iterator[FakeCore]:
        with self._server:
            self.url = self._server.url
            yield self

    def token(self, use: str, lifetime: int) -> str:
        now = int(time.time())
        claims = {"sub": USERNAME, "usefor": use, "iat": now, "exp": now + lifetime}
        claims |= {"exi": lifetime, "jti": str(uuid.uuid4())}
        token = jwt.encode(claims, JWT_SECRET, algorithm="HS256")
        self.state.issued.add(token)
        return token

    def authorized(self, headers: dict[str, str], use: str = "access") -> bool:
        value = headers.get("authorization", "")
        token = value.removeprefix("Bearer ")
        if token not in self.state.issued:
            return False
        try:
            claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
        except jwt.PyJWTError:
            return False
        return bool(claims.get("usefor") == use)

    def requests(self, method: str, path_prefix: str) -> list[Seen]:
        return [s for s in self.state.seen if s.method == method and s.path.startswith(path_prefix)]

    def add_process(self, config: dict[str, Any]) -> dict[str, Any]:
        template: dict[str, Any] = recorded("020-process-3-get")
        full = copy.deepcopy(template["config"]) | config
        process: dict[str, Any] = copy.deepcopy(template)
        process |= {"id": full["id"], "reference": full.get("reference", ""), "config": full}
        process["metadata"] = {}
        self.state.processes[full["id"]] = process
        return process

    def answer(self, method: str, path: str, query: dict[str, Any], body: bytes) -> Reply:
        for verb, pattern, handler in ROUTES:
            match = pattern.match(path)
            if match and verb == method:
                return handler(self, match, query, body)
        return error(404, "Not Found", f"no route {method} {path}")


def _handler(core: FakeCore) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            path = core_decode_path(parts.path)
            # Core decodes query values twice (once more than parse_qs), as the library expects.
            query = {k: unquote(v[0]) for k, v in parse_qs(parts.query).items()}
            body = request_body(self)
            headers = {k.lower(): v for k, v in self.headers.items()}
            with core.lock:
                core.state.seen.append(
                    Seen(self.command, path, parse_qs(parts.query), headers, body)
                )
                public = path in ("/api", "/api/login", "/api/login/refresh")
                if path.startswith("/api/v3/") and not core.authorized(headers):
                    reply = error(401, "Unauthorized", "invalid or expired token")
                elif path == "/api/login/refresh":
                    reply = _refresh(core, headers)
                elif public or path.startswith("/api/v3/"):
                    reply = core.answer(self.command, path, query, body)
                else:
                    reply = error(404, "Not Found", path)
            if reply.content_type == "stream":
                self._stream(reply.body)
                return
            raw = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
            send(self, reply.status, raw, {"Content-Type": reply.content_type})

        def _stream(self, items: list[dict[str, Any]]) -> None:
            # Core's JSON-lines event stream: the events, then keepalives until the client goes.
            self.send_response(200)
            self.send_header("Content-Type", "application/x-json-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(b'{"event": "keepalive"}\n')
                for item in items:
                    self.wfile.write(json.dumps(item).encode() + b"\n")
                self.wfile.flush()
                for _ in range(600):
                    time.sleep(0.1)
                    self.wfile.write(b'{"event": "keepalive"}\n')
                    self.wfile.flush()
            except OSError:
                return

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

    return Handler


def _refresh(core: FakeCore, headers: dict[str, str]) -> Reply:
    if not core.authorized(headers, use="refresh"):
        return error(401, "Unauthorized", "invalid refresh token")
    core.state.refreshes += 1
    return Reply(200, {"access_token": core.token("access", core.state.access_lifetime)})


def _json(body: bytes) -> Any:
    return json.loads(body) if body else None


@route("GET", "/api")
def _about(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, recorded("013-about-authenticated"))


@route("POST", "/api/login")
def _login(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    data = _json(body) or {}
    if data.get("username") != USERNAME or data.get("password") != PASSWORD:
        return error(403, "Forbidden", "invalid username or password")
    core.state.logins += 1
    return Reply(
        200,
        {
            "access_token": core.token("access", core.state.access_lifetime),
            "refresh_token": core.token("refresh", 86400),
        },
    )


def _process_or_404(core: FakeCore, id: str) -> dict[str, Any] | Reply:
    found = core.state.processes.get(id)
    return error(404, "Not Found", "unknown process") if found is None else found


@route("GET", "/api/v3/process")
def _process_list(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    ids = set(filter(None, query.get("id", "").split(",")))
    found = [
        process
        for id, process in sorted(core.state.processes.items())
        if (not ids or id in ids)
        and fnmatch.fnmatchcase(id, query.get("idpattern") or "*")
        and (not query.get("reference") or process["reference"] == query["reference"])
        and fnmatch.fnmatchcase(process["reference"], query.get("refpattern") or "*")
    ]
    return Reply(200, found)


@route("POST", "/api/v3/process")
def _process_add(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    config = _json(body)
    if config["id"] in core.state.processes:
        return error(409, "Conflict", "process already exists")
    if not config.get("output"):
        return error(400, "Bad Request", "the process has no outputs")
    return Reply(200, core.add_process(config)["config"])


@route("GET", "/api/v3/process/(?P<id>[^/]+)")
def _process_get(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    found = _process_or_404(core, match["id"])
    if isinstance(found, Reply):
        return found
    wanted = query.get("filter")
    if wanted:
        keep = {"id", "owner", "domain", "type", "reference", "created_at", "updated_at"}
        keep |= set(wanted.split(","))
        return Reply(200, {k: v for k, v in found.items() if k in keep})
    return Reply(200, found)


@route("PUT", "/api/v3/process/(?P<id>[^/]+)")
def _process_put(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    found = _process_or_404(core, match["id"])
    if isinstance(found, Reply):
        return found
    config = _json(body)
    del core.state.processes[match["id"]]
    return Reply(200, core.add_process(config)["config"])


@route("DELETE", "/api/v3/process/(?P<id>[^/]+)")
def _process_delete(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    if core.state.processes.pop(match["id"], None) is None:
        return error(404, "Not Found", "unknown process")
    return Reply(200, "OK")


@route("PUT", "/api/v3/process/(?P<id>[^/]+)/command")
def _process_command(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    found = _process_or_404(core, match["id"])
    if isinstance(found, Reply):
        return found
    command = _json(body)["command"]
    if command not in ("start", "stop", "restart", "reload"):
        return error(400, "Bad Request", f"unknown command: {command}")
    order = "stop" if command == "stop" else "start"
    found["state"]["order"] = order
    found["state"]["exec"] = "running" if order == "start" else "finished"
    return Reply(200, "OK")


def _part(name: str, key: str) -> Route:
    def handler(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
        found = _process_or_404(core, match["id"])
        if isinstance(found, Reply):
            return found
        if key == "report":
            report = recorded(name)
            report["log"] = [
                [str(1700000000 + n), f"ffmpeg line {n}"] for n in range(core.state.log_lines)
            ]
            if found["state"]["exec"] == "running":
                core.state.log_lines += 1
            return Reply(200, report)
        if key == "state":
            return Reply(200, found["state"])
        if key == "config":
            return Reply(200, found["config"])
        return Reply(200, recorded(name))

    return handler


for _name, _key in [
    ("022-process-3-get-config", "config"),
    ("027-process-3-get-state-running", "state"),
    ("028-process-3-get-report-running", "report"),
    ("030-process-3-probe", "probe"),
]:
    route("GET", f"/api/v3/process/(?P<id>[^/]+)/{_key}")(_part(_name, _key))


@route("GET", "/api/v3/process/(?P<id>[^/]+)/metadata/(?P<key>[^/]+)")
def _metadata_get(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    found = _process_or_404(core, match["id"])
    if isinstance(found, Reply):
        return found
    if match["key"] not in found["metadata"]:
        return error(404, "Not Found", "unknown key")
    return Reply(200, found["metadata"][match["key"]])


@route("PUT", "/api/v3/process/(?P<id>[^/]+)/metadata/(?P<key>[^/]+)")
def _metadata_put(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    found = _process_or_404(core, match["id"])
    if isinstance(found, Reply):
        return found
    value = _json(body)
    if value is None:
        found["metadata"].pop(match["key"], None)
    else:
        found["metadata"][match["key"]] = value
    return Reply(200, value)


@route("GET", "/api/v3/fs/(?P<storage>[^/]+)")
def _fs_list(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    files = core.state.files.get(match["storage"])
    if files is None:
        return error(404, "Not Found", "unknown storage")
    glob = query.get("glob") or "*"
    return Reply(
        200,
        [
            {"name": name, "size_bytes": len(data), "last_modified": 1700000000}
            for name, data in sorted(files.items())
            if fnmatch.fnmatchcase(name, glob)
        ],
    )


@route("DELETE", "/api/v3/fs/(?P<storage>[^/]+)")
def _fs_delete_glob(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    files = core.state.files[match["storage"]]
    gone = [name for name in sorted(files) if fnmatch.fnmatchcase(name, query.get("glob", ""))]
    for name in gone:
        del files[name]
    return Reply(200, gone)


@route("GET", "/api/v3/fs/(?P<storage>[^/]+)(?P<path>/.+)")
def _fs_get(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    data = core.state.files.get(match["storage"], {}).get(match["path"])
    if data is None:
        return error(404, "Not Found", "file not found")
    return Reply(200, raw=data, content_type="application/octet-stream")


@route("PUT", "/api/v3/fs/(?P<storage>[^/]+)(?P<path>/.+)")
def _fs_put(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    files = core.state.files[match["storage"]]
    created = match["path"] not in files
    files[match["path"]] = body
    return Reply(201 if created else 204, raw=b"", content_type="text/plain")


@route("DELETE", "/api/v3/fs/(?P<storage>[^/]+)(?P<path>/.+)")
def _fs_delete(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    if core.state.files[match["storage"]].pop(match["path"], None) is None:
        return error(404, "Not Found", "file not found")
    return Reply(200, raw=f"Deleted: {match['path']}".encode(), content_type="text/plain")


@route("GET", "/api/v3/log")
def _log(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    entries = [
        {**event, "ts": str(event["ts"]), "component": event["event"]}
        for event in core.state.events
    ]
    return Reply(200, entries)


@route("POST", "/api/v3/events")
def _events(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, core.state.events, content_type="stream")


@route("POST", "/api/v3/cluster/events")
def _cluster_events(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    return Reply(200, core.state.events, content_type="stream")


@route("GET", "/api/v3/config")
def _config(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, core.state.config)


@route("PUT", "/api/v3/config")
def _config_put(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    core.state.config = core.state.config | {"config": _json(body)}
    return Reply(200, "OK")


@route("GET", "/api/v3/config/reload")
def _reload(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, "OK")


@route("GET", "/api/v3/metrics")
def _metrics(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, recorded("104-metrics-3-describe"))


@route("POST", "/api/v3/metrics")
def _metrics_query(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    names = [metric["name"] for metric in _json(body)["metrics"]]
    values = [[1700000000, 1.5], [1700000002, 2.5]]
    metrics = [{"name": name, "labels": None, "values": values} for name in names]
    return Reply(200, {"timerange_sec": 300, "interval_sec": 2, "metrics": metrics})


@route("GET", "/api/v3/skills")
def _skills(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, recorded("100-skills-3"))


@route("GET", "/api/v3/iam/user")
def _users(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, list(core.state.users.values()))


@route("POST", "/api/v3/iam/user")
def _user_add(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    user = _json(body)
    if user["name"] in core.state.users:
        return error(400, "Bad Request", "user already exists")
    core.state.users[user["name"]] = user
    return Reply(200, user)


@route("GET", "/api/v3/iam/user/(?P<name>[^/]+)")
def _user(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    found = core.state.users.get(match["name"])
    return error(404, "Not Found", "user not found") if found is None else Reply(200, found)


@route("DELETE", "/api/v3/iam/user/(?P<name>[^/]+)")
def _user_rm(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    if core.state.users.pop(match["name"], None) is None:
        return error(404, "Not Found", "user not found")
    return Reply(200, "OK")


_NODES = [
    {
        "id": f"node{n}",
        "name": f"node{n}",
        "address": f"127.0.0.1:{9000 + n}",
        "status": "online",
        "leader": n == 1,
        "voter": True,
        "version": "16.20.0",
        "uptime_seconds": 100,
        "core": {"address": f"http://admin:{PASSWORD}@127.0.0.1:{8000 + n}/"},
    }
    for n in (1, 2, 3)
]


@route("GET", "/api/v3/cluster")
def _cluster(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(
        200, {"id": "cluster-1", "name": "cluster-1", "leader": _NODES[0], "nodes": _NODES}
    )


@route("GET", "/api/v3/cluster/healthy")
def _healthy(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, True)


@route("GET", "/api/v3/cluster/node")
def _nodes(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, _NODES)


@route("GET", "/api/v3/cluster/node/(?P<id>[^/]+)")
def _node(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    for node in _NODES:
        if node["id"] == match["id"]:
            return Reply(200, node)
    return error(404, "Not Found", "node not found")


@route("GET", "/api/v3/cluster/process")
def _cluster_processes(
    core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes
) -> Reply:
    return Reply(200, [p | {"core_id": "node2"} for p in core.state.processes.values()])


@route("PUT", "/api/v3/cluster/reallocation")
def _relocate(core: FakeCore, match: re.Match[str], query: dict[str, Any], body: bytes) -> Reply:
    return Reply(200, "OK")
