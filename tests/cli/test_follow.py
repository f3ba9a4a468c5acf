"""--follow streams until Ctrl-C and then exits 0: the real `corectl` in a child process,
interrupted with SIGINT as a terminal would."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.fake_core import PASSWORD, USERNAME, FakeCore

_DEADLINE = 20.0


@contextmanager
def corectl_process(
    fake_core: FakeCore, tmp_path: Path, *args: str
) -> Iterator[subprocess.Popen[bytes]]:
    env = os.environ | {
        "CORE_URL": fake_core.url,
        "CORE_USERNAME": USERNAME,
        "CORE_PASSWORD": PASSWORD,
        "CORECTL_CONFIG": str(tmp_path / "profiles.json"),
    }
    env.pop("CORE_PROFILE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "core_client.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        process.stderr.close()


def read_lines(process: subprocess.Popen[bytes], count: int) -> list[str]:
    """The first `count` lines of the child's stdout, waiting at most _DEADLINE seconds."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    buffer = b""
    deadline = time.monotonic() + _DEADLINE
    while buffer.count(b"\n") < count:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not selector.select(remaining):
            pytest.fail(f"corectl printed {buffer!r} within {_DEADLINE} s")
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            pytest.fail(f"corectl ended early with {buffer!r}")
        buffer += chunk
    return buffer.decode().splitlines()[:count]


def interrupt(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGINT)
    code = process.wait(timeout=_DEADLINE)
    assert process.stderr is not None
    assert b"Traceback" not in process.stderr.read()
    return code


def test_events_follow_prints_json_lines_until_ctrl_c(fake_core: FakeCore, tmp_path: Path) -> None:
    with corectl_process(fake_core, tmp_path, "--json", "events", "--follow") as process:
        lines = read_lines(process, 3)
        assert [json.loads(line)["message"] for line in lines] == ["event 0", "event 1", "event 2"]
        assert interrupt(process) == 0
    sent = fake_core.requests("POST", "/api/v3/events")
    assert sent and sent[0].headers["accept"].startswith("application/x-json-stream")


def test_events_follow_sends_the_filters(fake_core: FakeCore, tmp_path: Path) -> None:
    args = ("events", "-f", "--filter", "level=ERROR", "--filter", "event=process")
    with corectl_process(fake_core, tmp_path, *args) as process:
        read_lines(process, 1)
        assert interrupt(process) == 0
    body = json.loads(fake_core.requests("POST", "/api/v3/events")[0].body)
    assert body == {"filters": [{"level": "ERROR", "event": "process"}]}


def test_cluster_events_until_ctrl_c(fake_core: FakeCore, tmp_path: Path) -> None:
    with corectl_process(fake_core, tmp_path, "cluster", "events") as process:
        assert read_lines(process, 1)[0].endswith("event 0")
        assert interrupt(process) == 0


def test_process_logs_follow_prints_new_lines(fake_core: FakeCore, tmp_path: Path) -> None:
    fake_core.add_process({"id": "cam", "reference": "", "output": [{"id": "o"}]})
    fake_core.state.processes["cam"]["state"]["exec"] = "running"  # its log grows by a line a poll
    with corectl_process(fake_core, tmp_path, "process", "logs", "cam", "--follow") as process:
        lines = read_lines(process, 5)
        assert lines == [f"ffmpeg line {n}" for n in range(5)]
        assert interrupt(process) == 0
