"""Turning 1,000 processes (JSON bytes) into models vs `json.loads` of the same bytes (goal: <= 2x).

The processes of fixture vod/035 (config, state, report, metadata of running processes) are
repeated to 1,000, about 6.5 MB of JSON: the answer of GET /api/v3/process?filter=... on a busy
Core. All timings come from this run, so the ratios do not depend on the machine. Besides the
goal's `from_dict` (msgspec's convert of the decoded dicts), what a client call does: `types.decode`
of the bytes straight into the models.
"""

from __future__ import annotations

import json
from typing import Any

from datarhei_core_api import types
from datarhei_core_api.models.process import Process
from workload import FIXTURE, PROCESSES, median_time, thousand_processes

ROUNDS = 7
GOAL = 2.0


def main() -> None:
    if not FIXTURE.is_file():
        print(f"skipped: no recorded fixture at {FIXTURE} (the processes this parses)")
        return
    payload = thousand_processes()
    parsed: list[dict[str, Any]] = json.loads(payload)

    loads = median_time(ROUNDS, lambda: json.loads(payload))
    models = median_time(ROUNDS, lambda: [Process.from_dict(p) for p in parsed])
    total = median_time(ROUNDS, lambda: [Process.from_dict(p) for p in json.loads(payload)])
    decoded = median_time(ROUNDS, lambda: types.decode(payload, list[Process]))

    print(f"{PROCESSES} processes, {len(payload) / 1e6:.1f} MB of JSON")
    print(f"json.loads:                 {loads * 1e3:7.1f} ms (baseline)")
    print(f"from_dict of parsed JSON:   {models * 1e3:7.1f} ms = {models / loads:.2f}x json.loads")
    print(f"json.loads + from_dict:     {total * 1e3:7.1f} ms = {total / loads:.2f}x json.loads")
    print(
        f"types.decode (the client):  {decoded * 1e3:7.1f} ms = {decoded / loads:.2f}x json.loads"
    )
    verdict = "meets" if total / loads <= GOAL else "MISSES"
    print(f"{verdict} the goal: json.loads + from_dict <= {GOAL:.0f}x json.loads")


if __name__ == "__main__":
    main()
