"""What the parsing benchmarks share: their input and their timer."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
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
