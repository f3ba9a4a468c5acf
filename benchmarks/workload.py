"""What the benchmarks share: the parse input, the timer, and a real vod Core with running
processes (started from ../shared/core, stopped afterwards)."""

from __future__ import annotations

import json
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scripts.paths import SHARED

if TYPE_CHECKING:
    from core_client import Client

FIXTURE = SHARED / "fixtures/vod/035-process-3-get-all-all-filters.json"
PROCESSES = 1000


def thousand_processes() -> bytes:
    """The processes of fixture vod/035 (config, state, report, metadata of running processes)
    repeated to 1,000: about 6.5 MB of JSON, the answer of GET /api/v3/process on a busy Core."""
    recorded: list[dict[str, Any]] = json.loads(FIXTURE.read_text())["response"]["body"]
    return json.dumps([recorded[i % len(recorded)] for i in range(PROCESSES)]).encode()


def median_time(
    rounds: int, work: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The median time of work over rounds (one warm-up run first): wall time, or CPU time
    with `clock=time.process_time`."""
    work()
    times = []
    for _ in range(rounds):
        start = clock()
        work()
        times.append(clock() - start)
    return statistics.median(times)


# -- a real vod Core with running processes (bench_list, bench_async, bench_cli) ---------------

KIT = SHARED / "core"
RUNNING = 50
# Everything a list can carry: GET /api/v3/process?filter=config,state,report,metadata.
ALL_FILTERS = "config,state,report,metadata"
# A cold start of 50 ffmpeg processes on a loaded 2-core machine takes a while.
START_DEADLINE = 60.0


@dataclass(frozen=True)
class RealCore:
    """Connection data of the vod Core a benchmark started (the kit's `start` output)."""

    url: str
    username: str
    password: str
    folder: Path


def kit_missing(what: str) -> bool:
    """True, after printing why the benchmark is skipped, when ../shared/core is not there."""
    if (KIT / "start").is_file():
        return False
    print(f"skipped: no Core test kit at {KIT} ({what} needs a real vod Core from it)")
    return True


def process_config(number: int) -> dict[str, Any]:
    """A cheap running process: a small test picture decoded in real time into ffmpeg's null
    muxer (as tests/real/processes.py), so that state has live progress and report a log.
    Without the banner, the report holds ffmpeg's stream lines only: ~4 KB of JSON a process."""
    return {
        "id": f"bench-{number:02d}",
        "reference": "bench",
        "input": [
            {"id": "in", "address": "testsrc=size=64x48:rate=5", "options": ["-f", "lavfi", "-re"]}
        ],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "options": ["-hide_banner", "-loglevel", "info"],
        "autostart": True,
        "reconnect": False,
        "metadata": {"bench": {"number": number}},
    }


def read_env(path: Path) -> dict[str, str]:
    """The kit's env file: KEY=VALUE lines, values shell-quoted where needed."""
    env: dict[str, str] = {}
    for line in path.read_text().splitlines():
        key, sep, raw = line.partition("=")
        if sep:
            words = shlex.split(raw)
            env[key] = words[0] if words else ""
    return env


@contextmanager
def real_vod(processes: int = RUNNING) -> Iterator[RealCore]:
    """A vod Core from ../shared/core with `processes` running processes that have encoded
    frames; stopped (its ffmpeg processes with it) and its folder removed afterwards. Check
    `kit_missing` first."""
    from core_client import Client  # not for the parse benchmarks, which time imports nowhere

    folder = Path(tempfile.mkdtemp(prefix="bench-core-"))
    server = folder / "core"
    try:
        started = subprocess.run(
            [str(KIT / "start"), "vod", str(server)], capture_output=True, text=True, check=False
        )
        if started.returncode != 0:
            raise RuntimeError(f"the kit could not start vod:\n{started.stderr[-2000:]}")
        env = read_env(server / "env")
        core = RealCore(env["CORE_URL"], env["CORE_USERNAME"], env["CORE_PASSWORD"], folder)
        with Client(core.url, core.username, core.password) as client:
            for number in range(processes):
                client.v3_process_post(process_config(number))
            wait_running(client, processes)
        yield core
    finally:
        subprocess.run([str(KIT / "stop"), str(server), "--rm"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def wait_running(client: Client, processes: int) -> None:
    """Until every process runs and has encoded frames (live progress in its state)."""
    deadline = time.monotonic() + START_DEADLINE
    while True:
        states = [p.state for p in client.v3_process_get_list(filter="state")]
        encoding = sum(
            1
            for state in states
            if state is not None and state.exec == "running" and state.progress.frame > 0
        )
        if encoding >= processes:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {encoding} of {processes} processes encode frames")
        time.sleep(0.2)
