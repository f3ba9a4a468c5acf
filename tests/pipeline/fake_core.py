"""A fake of Core's auth and a protected API route, over real loopback sockets.

It mints real HS256 JWTs with pyjwt, shaped like Core's (`iat`, `exp`, `exi`, `usefor`), counts
logins and refreshes, and injects faults. Time comes from a `FakeClock` that the test shares
with the client, so token expiry is a matter of `clock.advance(...)`, not of waiting.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import jwt

from tests.support.loopback import LoopbackServer, request_body, send

ACCESS_LIFETIME = 600
REFRESH_LIFETIME = 86_400


class FakeClock:
    """Seconds since the epoch, moved only by `advance`; callable like `time.monotonic`."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


@dataclass(frozen=True)
class Fault:
    """What the server does instead of answering: `status`, `drop`, `stall` or `truncate`."""

    kind: str
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""


def unavailable(retry_after: str | None = None) -> Fault:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return Fault("status", 503, headers, '{"code":503,"message":"Service Unavailable"}')


def proxy_error_page() -> Fault:
    return Fault("status", 502, {"Content-Type": "text/html"}, "<html>502 Bad Gateway</html>")


DROP = Fault("drop")
STALL = Fault("stall")
# Headers that promise a longer body than the server sends before it hangs up.
TRUNCATE = Fault("truncate")


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class FakeCore:
    """Behaves like Core v16 by default; a test may switch it to vod's ways."""

    def __init__(
        self, clock: FakeClock, *, username: str = "admin", password: str = "s3cret-passw0rd"
    ) -> None:
        self.username = username
        self.password = password
        self.clock = clock
        # vod answers a request without a token with 403, v16 with 401.
        self.missing_token_status = 401
        # Real Core answers a failed login only after 5 s; tests keep it short.
        self.login_failure_delay = 0.0
        self._secret = secrets.token_bytes(32)
        self._faults: deque[tuple[str, Fault]] = deque()
        self.counts: Counter[str] = Counter()
        self.seen: list[Seen] = []
        self.connections: set[tuple[str, int]] = set()
        self._lock = threading.Lock()
        # Stalled handlers wait for this: set on shutdown so none lingers.
        self.release = threading.Event()
        self._server = LoopbackServer(self._handler())

    def __enter__(self) -> FakeCore:
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self._server.__exit__(None, None, None)

    @property
    def url(self) -> str:
        return self._server.url

    @property
    def logins(self) -> int:
        return self.counts["POST /api/login"]

    @property
    def refreshes(self) -> int:
        return self.counts["GET /api/login/refresh"]

    def mint(self, usefor: str, lifetime: int) -> str:
        issued = int(self.clock())
        claims = {
            "iss": "datarhei-core",
            "sub": self.username,
            "usefor": usefor,
            "iat": issued,
            "exp": issued + lifetime,
            "exi": lifetime,
            "jti": str(uuid.uuid4()),
        }
        with self._lock:
            return jwt.encode(claims, self._secret, algorithm="HS256")

    def restart(self) -> None:
        """Rotate the signing secret, as a Core restart does: every token out there is void."""
        with self._lock:
            self._secret = secrets.token_bytes(32)

    def inject(self, fault: Fault, *, path: str = "/", times: int = 1) -> None:
        """The next `times` requests whose path starts with `path` get `fault`."""
        with self._lock:
            self._faults.extend([(path, fault)] * times)

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for index, (prefix, fault) in enumerate(self._faults):
                if path.startswith(prefix):
                    del self._faults[index]
                    return fault
        return None

    def _valid(self, authorization: str | None, usefor: str) -> bool:
        if authorization is None or not authorization.startswith("Bearer "):
            return False
        with self._lock:
            secret = self._secret
        try:
            claims = jwt.decode(
                authorization.removeprefix("Bearer "),
                secret,
                algorithms=["HS256"],
                # Expiry is checked against the fake clock below, not the real one.
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            return False
        return bool(claims.get("usefor") == usefor and claims["exp"] > self.clock())

    def answer(
        self, method: str, path: str, authorization: str | None, body: Any
    ) -> tuple[int, Any]:
        if method == "POST" and path == "/api/login":
            if body == {"username": self.username, "password": self.password}:
                return 200, {
                    "access_token": self.mint("access", ACCESS_LIFETIME),
                    "refresh_token": self.mint("refresh", REFRESH_LIFETIME),
                }
            time.sleep(self.login_failure_delay)
            return 401, _error(401, "Unauthorized", "invalid username or password")
        if method == "GET" and path == "/api/login/refresh":
            if self._valid(authorization, "refresh"):
                return 200, {"access_token": self.mint("access", ACCESS_LIFETIME)}
            return 401, _error(401, "Unauthorized", "invalid token")
        if path == "/ping":
            return 200, "pong"
        if path == "/api":
            return 200, {
                "app": "datarhei-core",
                "auths": ["localjwt"],
                "version": {"number": "16.0.0"},
            }
        if path.startswith("/api/v3/"):
            if authorization is None:
                return self.missing_token_status, _error(
                    self.missing_token_status, "Forbidden", "access denied"
                )
            if not self._valid(authorization, "access"):
                return 401, _error(401, "Unauthorized", "invalid token")
            return 200, {"method": method, "path": path, "body": body}
        return 404, _error(404, "Not Found", "no such route")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                raw = request_body(self)
                # A proxied request names the whole URL: keep only its path.
                path = urlsplit(self.path).path
                authorization = self.headers.get("Authorization")
                with fake._lock:
                    fake.counts[f"{self.command} {path}"] += 1
                    headers = {name.lower(): value for name, value in self.headers.items()}
                    fake.seen.append(Seen(self.command, path, headers))
                    fake.connections.add(self.client_address[:2])
                fault = fake._take_fault(path)
                if fault is not None and fault.kind == "drop":
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "truncate":
                    self.send_response(200)
                    self.send_header("Content-Length", "100")
                    self.end_headers()
                    self.wfile.write(b'{"cut off')
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "stall":
                    fake.release.wait(timeout=10)
                    self.close_connection = True
                    return
                if fault is not None:
                    send(self, fault.status, fault.body.encode(), fault.headers)
                    return
                body = json.loads(raw) if raw else None
                status, payload = fake.answer(self.command, path, authorization, body)
                if isinstance(payload, str):
                    send(self, status, payload.encode(), {"Content-Type": "text/plain"})
                else:
                    encoded = json.dumps(payload).encode()
                    send(self, status, encoded, {"Content-Type": "application/json"})

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the tests read the counters instead."""

        return Handler


def _error(code: int, message: str, detail: str) -> dict[str, Any]:
    return {"code": code, "message": message, "details": [detail]}
