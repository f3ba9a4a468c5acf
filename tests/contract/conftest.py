"""A Prism mock of Core's overlaid spec, started once for the contract tests.

Prism (npm @stoplight/prism-cli, pinned in package.json) serves .spec/vod/openapi.json, the
document generated/ is made from. With `--errors` it refuses any request that breaks the spec
(path and query parameters, body, content type, security) with the operation's 4xx and lists
what it found in an `sl-violations` header; otherwise it answers with a response built from the
spec.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from core_client import AsyncClient, Client
from scripts.paths import NODE_BIN
from tests.surface.values import overlaid_spec

TOKEN = "contract-token"
STARTUP_SECONDS = 60.0
POLL_SECONDS = 0.05


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_answering(url: str, prism: subprocess.Popen[bytes], log: Path) -> None:
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
    pytest.fail(f"prism did not answer within {STARTUP_SECONDS} s")


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    spec = overlaid_spec()  # builds it from ../shared/openapi on a fresh clone
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_file = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [str(NODE_BIN / "prism"), "mock", str(spec), "--port", str(port), "--errors"]
    # Prism logs every request: a file, not a pipe nobody drains, so it can never block on it.
    with log_file.open("wb") as log:
        prism = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_answering(url, prism, log_file)
        yield url
    finally:
        prism.terminate()
        try:
            prism.wait(timeout=10)
        except subprocess.TimeoutExpired:
            prism.kill()
            prism.wait()


@pytest.fixture(scope="session")
def client(prism_url: str) -> Iterator[Client]:
    # Prism checks that the bearer header is there, not what it holds.
    with Client(prism_url, access_token=TOKEN, retries=0) as client:
        yield client


@pytest.fixture
async def async_client(prism_url: str) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(prism_url, access_token=TOKEN, retries=0) as client:
        yield client
