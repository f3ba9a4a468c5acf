"""Prism, a mock of Core's overlaid spec, and how to read its verdict on a request.

Prism (npm @stoplight/prism-cli, pinned in package.json) serves the overlaid spec that
generated/ is made from. With `--errors` it refuses any request that breaks the spec (path and
query parameters, body, content type, security) with the operation's 4xx and lists what it
found in an `sl-violations` header; otherwise it answers with a response built from the spec.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from core_client.exceptions import APIError
from scripts.paths import NODE_BIN
from tests.support.spec_routes import route_of

# Prism checks that the bearer header is there, not what it holds.
TOKEN = "contract-token"
STARTUP_SECONDS = 60.0
POLL_SECONDS = 0.05
STOP_SECONDS = 10.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_answering(url: str, prism: subprocess.Popen[bytes], log: Path) -> None:
    """Returns once Prism answers over HTTP; fails at once if it exits, or after a deadline."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/ping", timeout=POLL_SECONDS * 10)
            return
        except httpx.TransportError:
            pass
        try:  # the pause between attempts doubles as the check that Prism is still running
            prism.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"prism exited with {prism.returncode} before answering:\n{log.read_text()}")
    pytest.fail(f"prism did not answer within {STARTUP_SECONDS} s:\n{log.read_text()}")


@contextmanager
def running_prism(spec: Path, folder: Path) -> Iterator[str]:
    """Prism mocking `spec` on a free loopback port, until exit; yields its base URL."""
    # Prism restarts whenever its spec file changes, and the generation tests (or a `make` run
    # beside the suite) rewrite .spec/: it mocks a private copy, so it never restarts mid-test.
    mocked = shutil.copyfile(spec, folder / spec.name)
    log_file = folder / "prism.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(NODE_BIN / "prism"), "mock", str(mocked), "--port", str(port), "--errors"]
    # Prism logs every request (~340 bytes): a file, not a pipe that nobody drains once it
    # listens, so it can never block on a full pipe buffer.
    with log_file.open("wb") as log:
        prism = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_answering(url, prism, log_file)
        yield url
    finally:
        prism.terminate()
        try:
            prism.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            prism.kill()
            prism.wait()


@dataclass(frozen=True)
class Call:
    """A client method and its arguments, for Prism to judge the request they make."""

    method: str
    args: dict[str, Any]
    # Why Prism's answer to this call says nothing about Core's: then only the request is checked.
    unusable_answer: str = ""


def request_violations(response: httpx.Response) -> list[Any]:
    """What Prism found wrong with the request (it lists its findings in `sl-violations`)."""
    found: list[Any] = json.loads(response.headers.get("sl-violations", "[]"))
    return [violation for violation in found if violation["location"][0] == "request"]


@contextmanager
def prism_verdict(call: Call) -> Iterator[None]:
    """Fails with Prism's findings if it refused the request."""
    try:
        yield
    except APIError as error:
        if not call.unusable_answer:
            violations = request_violations(error.response) or error.response.text
            pytest.fail(f"Prism refused {call.method}: {violations}")


def assert_accepted(call: Call, response: httpx.Response | None) -> None:
    """Prism took the request: no findings, only declared query names, a 2xx answer."""
    assert response is not None
    assert request_violations(response) == []
    # Prism ignores query names the spec does not declare (`fromdate` for `from`).
    sent = set(response.request.url.params)
    assert sent <= route_of(response.request).query, f"{call.method} sends undeclared {sent}"
    if call.unusable_answer:
        # Prism finds fault with an answer only once the request passed and was routed.
        assert response.headers.get("sl-violations"), f"{call.method}: {response.status_code}"
    else:
        # Also catches calls that turn a 4xx into a value (v3_fs_get_file_exists: False on 404).
        assert response.is_success, f"{call.method}: {response.status_code} {response.text}"
