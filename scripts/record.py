"""Re-record the response fixtures the replay tests use, from real Core servers.

    python -m scripts.record [--out fixtures] [--source ../shared/fixtures] [--versions vod ...]

For each version a server is started from Core's test kit (`../shared/core/start`, stopped
again at the end), and the request sequence of the source fixtures (`<source>/<version>/NNN-*.json`:
same numbers, names, methods, paths, queries and bodies) is sent to it in order. Each request is
written with the real server's answer, in the same format, to `<out>/<version>/`. A new Core
release is thereby recorded, not hand-written.

What has to differ from the source recording is substituted, nothing else:
- tokens: a token that a recorded login or refresh handed out becomes the token the new server
  handed out at the same step; a token no step handed out (expired, malformed) is sent as is;
- the server's own values in request bodies and paths (RTMP/SRT address and token), read from
  the recorded and the live `GET /api/v3/config`.
A process state the source saw (`exec`) is polled for until the new server reaches it (with a
deadline), so that "running" fixtures record a running process. Event streams are read for as
long as the source read them. The cluster (`<source>/cluster`, started with `--cluster 3`) is
recorded the same way where the source has such a sequence.
"""

from __future__ import annotations

import argparse
import base64
import json
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from scripts.paths import ROOT, SHARED

KIT = SHARED / "core"
SOURCE = SHARED / "fixtures"
VERSIONS = ("vod", "v16.16.0", "v16.10.0", "cluster")
STATE_DEADLINE = 30.0  # seconds to wait for a process to reach the recorded state
TOKEN_PATHS = ("/api/login", "/api/login/refresh")

Json = dict[str, Any]


@contextmanager
def started(version: str, kit: Path) -> Iterator[dict[str, str]]:
    """A server of `version` from the kit (a 3-node vod cluster for "cluster"); its env."""
    folder = Path(tempfile.mkdtemp(prefix=f"record-{version}-"))
    command = [str(kit / "start"), "vod" if version == "cluster" else version, str(folder)]
    if version == "cluster":
        command += ["--cluster", "3"]
    try:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        yield read_env(folder / "env")
    finally:
        subprocess.run([str(kit / "stop"), str(folder), "--rm"], check=False)


def read_env(path: Path) -> dict[str, str]:
    env = {}
    for line in path.read_text().splitlines():
        key, _, value = line.partition("=")
        env[key] = shlex.split(value)[0] if value else ""
    return env


class Recorder:
    """Sends one source sequence to one server and keeps what it answered."""

    def __init__(self, base_url: str, substitutions: dict[str, str] | None = None) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)
        self.tokens: dict[str, str] = {}  # recorded token -> the new server's
        self.substitutions = dict(substitutions or {})

    def close(self) -> None:
        self.http.close()

    def record(self, fixture: Json) -> Json:
        recorded, answer = fixture["request"], fixture["response"]
        request = self._request(recorded)
        if answer.get("body_format") == "stream":
            response = self._stream(request, answer)
        else:
            response = self._send(request, answer)
        self._learn_tokens(recorded, answer, response)
        result = {"request": request, "response": response}
        if "note" in fixture:
            result["note"] = fixture["note"]
        return result

    def _substituted(self, text: str) -> str:
        for old, new in {**self.tokens, **self.substitutions}.items():
            text = text.replace(old, new)
        return text

    def _request(self, recorded: Json) -> Json:
        request: Json = json.loads(self._substituted(json.dumps(recorded)))
        request["headers"] = {
            key: value
            for key, value in request["headers"].items()
            if key.lower() not in ("content-length", "user-agent")
        }
        return request

    def _build(self, request: Json) -> httpx.Request:
        headers = request["headers"]
        body = request.get("body")
        content: bytes | None = None
        if body is not None:
            is_json = "json" in headers.get("Content-Type", "")
            content = (json.dumps(body) if is_json else str(body)).encode()
        return self.http.build_request(
            request["method"],
            request["path"],
            params=request.get("query") or None,
            headers=headers,
            content=content,
        )

    def _send(self, request: Json, answer: Json) -> Json:
        deadline = time.monotonic() + STATE_DEADLINE
        while True:
            started = time.monotonic()
            response = self.http.send(self._build(request), stream=True)
            raw = b"".join(response.iter_raw())
            response.close()
            if not _waits_for_state(answer, raw, response) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        return _response(response, raw, time.monotonic() - started)

    def _stream(self, request: Json, answer: Json) -> Json:
        seconds = float(answer.get("stream_seconds") or 4)
        lines: list[str] = []
        started = time.monotonic()
        response = self.http.send(self._build(request), stream=True)
        try:
            for line in response.iter_lines():
                if line:
                    lines.append(line)
                if time.monotonic() - started > seconds:
                    break
        except httpx.ReadTimeout:
            pass
        finally:
            response.close()
        recorded = _response(response, b"", time.monotonic() - started)
        if response.is_success:
            is_sse = "event-stream" in response.headers.get("content-type", "")
            recorded.update(
                body_format="stream",
                stream_seconds=seconds,
                body_raw_lines=len(lines),
                body=lines if is_sse else [_json_or_text(line) for line in lines],
            )
        return recorded

    def _learn_tokens(self, recorded: Json, answer: Json, response: Json) -> None:
        if recorded["path"] not in TOKEN_PATHS or answer["status"] != 200:
            return
        old, new = answer.get("body"), response.get("body")
        if isinstance(old, dict) and isinstance(new, dict):
            for key in ("access_token", "refresh_token"):
                if isinstance(old.get(key), str) and isinstance(new.get(key), str):
                    self.tokens[old[key]] = new[key]


def _json_or_text(line: str) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return line


def _waits_for_state(answer: Json, raw: bytes, response: httpx.Response) -> bool:
    """Whether the source saw a process state (`exec`) that this answer has not reached yet."""
    body = answer.get("body")
    if not (isinstance(body, dict) and "exec" in body) or response.status_code != 200:
        return False
    try:
        now = json.loads(_decoded(response, raw))
    except ValueError:
        return False
    return bool(now.get("exec") != body["exec"])


def _decoded(response: httpx.Response, raw: bytes) -> bytes:
    decoded = httpx.Response(response.status_code, headers=response.headers, content=raw)
    return decoded.content


def _response(response: httpx.Response, raw: bytes, elapsed: float) -> Json:
    recorded: Json = {
        "status": response.status_code,
        "headers": {key: value for key, value in response.headers.items() if key.lower() != "date"},
        "elapsed_s": round(elapsed, 3),
    }
    content = _decoded(response, raw) if raw else b""
    if not content:
        recorded.update(body_format="empty", body=None)
        return recorded
    try:
        text = content.decode()
    except UnicodeDecodeError:
        # Kept as it went over the wire, compressed (recorded.py serves it with its headers).
        recorded.update(body_format="base64", body=base64.b64encode(raw).decode())
        return recorded
    try:
        recorded.update(body_format="json", body=json.loads(text))
    except ValueError:
        recorded.update(body_format="text", body=text)
    return recorded


def server_values(config_fixture: Path | None, env: dict[str, str]) -> dict[str, str]:
    """Recorded RTMP/SRT address and token -> this server's, for request bodies and paths."""
    if config_fixture is None:
        return {}
    config = json.loads(config_fixture.read_text())["response"]["body"]["config"]
    old = {
        "rtmp": (config["rtmp"]["address"], config["rtmp"]["token"]),
        "srt": (config["srt"]["address"], config["srt"]["token"]),
    }
    values: dict[str, str] = {}
    for kind, (address, token) in old.items():
        url = httpx.URL(env[f"CORE_{kind.upper()}"])
        values[f"127.0.0.1:{address.rpartition(':')[2]}"] = f"{url.host}:{url.port}"
        if token:
            values[token] = env[f"CORE_{kind.upper()}_TOKEN"]
    return values


def record_version(version: str, source: Path, out: Path, env: dict[str, str]) -> int:
    """Record one version's sequence into `out/<version>`; returns the number of fixtures."""
    fixtures = sorted((source / version).glob("[0-9]*.json"))
    config = next((f for f in fixtures if f.name.endswith("-config-3-get.json")), None)
    recorder = Recorder(env["CORE_URL"], server_values(config, env))
    target = out / version
    target.mkdir(parents=True, exist_ok=True)
    try:
        for fixture in fixtures:
            recorded = recorder.record(json.loads(fixture.read_text()))
            (target / fixture.name).write_text(json.dumps(recorded, indent=1) + "\n")
    finally:
        recorder.close()
    return len(fixtures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "fixtures")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--kit", type=Path, default=KIT)
    parser.add_argument("--versions", nargs="*", default=list(VERSIONS))
    args = parser.parse_args(argv)
    if args.out.resolve() == args.source.resolve():
        print("make record: --out must not be the source of the sequence", file=sys.stderr)
        return 2
    for version in args.versions:
        if not (args.source / version).is_dir():
            print(f"{version}: no recorded sequence in {args.source / version}, skipped")
            continue
        with started(version, args.kit) as env:
            count = record_version(version, args.source, args.out, env)
        print(f"{version}: {count} fixtures recorded into {args.out / version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
