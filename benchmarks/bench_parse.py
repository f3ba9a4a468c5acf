"""Turning 1,000 processes (JSON bytes) into models vs `json.loads` of the same bytes (goal: <= 2x).

The processes of fixture vod/035 (config, state, report, metadata of running processes) are
repeated to 1,000, about 6.5 MB of JSON: the answer of GET /api/v3/process?filter=... on a busy
Core. Both timings come from this run, so the ratio does not depend on the machine.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datarhei_core_api.models.process import Process

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURE = SHARED / "fixtures/vod/035-process-3-get-all-all-filters.json"
PROCESSES = 1000
ROUNDS = 7
GOAL = 2.0


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The median wall time of work over rounds (one warm-up run first)."""
    work()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    recorded: list[dict[str, Any]] = json.loads(FIXTURE.read_text())["response"]["body"]
    processes = [recorded[i % len(recorded)] for i in range(PROCESSES)]
    payload = json.dumps(processes).encode()
    parsed: list[dict[str, Any]] = json.loads(payload)

    loads = best_of(ROUNDS, lambda: json.loads(payload))
    models = best_of(ROUNDS, lambda: [Process.from_dict(p) for p in parsed])
    total = best_of(ROUNDS, lambda: [Process.from_dict(p) for p in json.loads(payload)])

    print(f"{PROCESSES} processes, {len(payload) / 1e6:.1f} MB of JSON")
    print(f"json.loads:                 {loads * 1e3:7.1f} ms (baseline)")
    print(f"from_dict of parsed JSON:   {models * 1e3:7.1f} ms = {models / loads:.2f}x json.loads")
    print(f"json.loads + from_dict:     {total * 1e3:7.1f} ms = {total / loads:.2f}x json.loads")
    verdict = "meets" if total / loads <= GOAL else "MISSES"
    print(f"{verdict} the goal: json.loads + from_dict <= {GOAL:.0f}x json.loads")


if __name__ == "__main__":
    main()
