"""A method's response parsing (shape check + models) vs the generated models alone.

`v3_process_get_list` turns a response into `list[Process]`: `json.loads`, the shape check that
names the field of any mismatch (core_client/schema.py), then `Process.from_dict`. The baseline,
measured in the same run, is `json.loads` + `from_dict` without the check. Input: the processes of
fixture vod/035 repeated to 1,000 (about 6.5 MB of JSON). Goal: the check costs <= 1.5x baseline.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datarhei_core_api.models.process import Process
from workload import PROCESSES, median_time, thousand_processes

from core_client._operations import _V3_PROCESS_GET_LIST

ROUNDS = 7
GOAL = 1.5


def main() -> None:
    payload = thousand_processes()
    request = httpx.Request("GET", "http://core/api/v3/process")

    def response() -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        return httpx.Response(200, content=payload, headers=headers, request=request)

    baseline = median_time(ROUNDS, lambda: [Process.from_dict(p) for p in response().json()])
    ours = median_time(ROUNDS, lambda: _V3_PROCESS_GET_LIST.parse(response()))
    print(f"{PROCESSES} processes, {len(payload) / 1e6:.1f} MB of JSON")
    print(f"json + from_dict (baseline):     {baseline * 1e3:7.1f} ms")
    print(f"method parse (check + models):   {ours * 1e3:7.1f} ms = {ours / baseline:.2f}x")
    verdict = "meets" if ours / baseline <= GOAL else "MISSES"
    print(f"{verdict} the goal: <= {GOAL:.1f}x baseline")


if __name__ == "__main__":
    main()
