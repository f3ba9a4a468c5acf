"""`client.v3_process_get_list(filter=...all...)` of 50 running processes on a real vod Core vs a
pooled `httpx.Client.get` of the same URL + `json.loads` (goal: <= 1.10x).

Both sides send the same request (the URL, query string included, is taken from one of our
calls; the same bearer token) over a warm keep-alive connection. A round times CALLS calls of
each side, the order alternating from round to round; the ratio reported is the median of the
rounds' ratios, so that load from elsewhere on the machine, which shifts both sides of a round
alike, cancels out. The processes run, so every answer carries live progress (and both sides
read answers of about the same size).

Then where our time goes, from the same rounds, in wall time and in this process's CPU time
(which the server's latency and jitter do not reach): the raw GET without `json.loads` and our
call without parsing (`with_raw_response`), whose difference is the pipeline (arguments to a
request, auth, the retry plan, error mapping); on one answer, the parse: `types.decode` (msgspec
decodes the JSON straight into the models, checking it) beside the baseline's `json.loads`,
`operation._read_json` around it, and `Operation.prepare`; and the time each side spends in
Python's cyclic garbage collector (`gc.callbacks`).
`--profile` prints cProfile's view of our call as well.

Needs Core's test kit at ../shared/core (skipped, saying so, without it).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datarhei_core_api import types
from datarhei_core_api.api.process.process_3_get_all import _RESULT
from workload import ALL_FILTERS, RUNNING, kit_missing, real_vod

from core_client import Client
from core_client._operations import _V3_PROCESS_GET_LIST

ROUNDS = 40
CALLS = 5  # per side and round: 200 calls per side
GOAL = 1.10

Sides = dict[str, Callable[[], object]]


class GcClock:
    """Seconds spent in cyclic garbage collection while each side ran (a `gc.callbacks` entry)."""

    def __init__(self) -> None:
        self.side: str | None = None
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif self.side is not None:
            self.seconds[self.side] += time.perf_counter() - self._started


# Per side, per round: (wall, CPU) seconds per call.
Times = dict[str, list[tuple[float, float]]]


def interleaved(sides: Sides, gc_clock: GcClock) -> Times:
    """Wall and CPU seconds per call of each side in each round, the order alternating; one
    warm-up round first (not counted, in the garbage collector's figures neither)."""
    names = list(sides)
    times: Times = {name: [] for name in names}
    for round in range(ROUNDS + 1):
        for name in names if round % 2 else reversed(names):
            call = sides[name]
            gc_clock.side = name if round else None
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(CALLS):
                call()
            elapsed, used = time.perf_counter() - start, time.process_time() - cpu
            gc_clock.side = None
            if round:
                times[name].append((elapsed / CALLS, used / CALLS))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true", help="also cProfile our call")
    args = parser.parse_args()
    if kit_missing("bench_list"):
        return
    with real_vod() as core, Client(core.url, core.username, core.password) as client:
        measure(client, args.profile)


def measure(client: Client, profile: bool) -> None:
    answer = client.with_raw_response.v3_process_get_list(filter=ALL_FILTERS).response
    tokens = client.tokens
    assert tokens is not None
    url = answer.request.url  # what our call sends, query string included
    headers = {"Authorization": f"Bearer {tokens.access_token}"}
    # One answer, for the steps of the parse.
    content = answer.content
    arguments = {"filter": ALL_FILTERS}
    gc_clock = GcClock()
    gc.callbacks.append(gc_clock)
    try:
        with httpx.Client() as raw:
            check = raw.get(url, headers=headers)
            assert check.status_code == 200 and len(json.loads(check.content)) == RUNNING
            sides: Sides = {
                "raw": lambda: json.loads(raw.get(url, headers=headers).content),
                "ours": lambda: client.v3_process_get_list(filter=ALL_FILTERS),
                "raw_get": lambda: raw.get(url, headers=headers).content,
                "ours_unparsed": lambda: (
                    (
                        client.with_raw_response.v3_process_get_list(filter=ALL_FILTERS)
                    ).response.content
                ),
                "json_loads": lambda: json.loads(content),
                "decode": lambda: types.decode(content, _RESULT),
                "read": lambda: _V3_PROCESS_GET_LIST.parse(answer),
                "prepare": lambda: _V3_PROCESS_GET_LIST.prepare(arguments),
            }
            times = interleaved(sides, gc_clock)
    finally:
        gc.callbacks.remove(gc_clock)

    rounds = range(ROUNDS)
    wall = [{name: values[i][0] for name, values in times.items()} for i in rounds]
    cpu = [{name: values[i][1] for name, values in times.items()} for i in rounds]

    def ms(name: str | Callable[[dict[str, float]], float], kind: int = 0) -> float:
        """Median over the rounds of a side's time, or of a sum of sides' times, in ms per call:
        wall time (kind 0) or CPU time of this process (kind 1)."""
        value = (lambda r: r[name]) if isinstance(name, str) else name
        return 1e3 * statistics.median(value(r) for r in (wall, cpu)[kind])

    def gc_ms(name: str) -> float:
        return 1e3 * gc_clock.seconds[name] / (ROUNDS * CALLS)

    ratio = statistics.median(r["ours"] / r["raw"] for r in wall)
    cpu_ratio = statistics.median(r["ours"] / r["raw"] for r in cpu)
    verdict = "meets" if ratio <= GOAL else "MISSES"
    print(
        f"{RUNNING} running processes, filter={ALL_FILTERS}: {len(content) / 1e3:.0f} KB of JSON;"
        f" {ROUNDS} rounds of {CALLS} calls per side ({ROUNDS * CALLS} per side), order alternating"
    )
    print(f"  raw: httpx.Client.get + json.loads       {ms('raw'):6.2f} ms/call (baseline)")
    print(f"  ours: client.v3_process_get_list         {ms('ours'):6.2f} ms/call")
    print(f"  median of per-round ratios: {ratio:.3f}x ({verdict} the goal <= {GOAL:.2f}x)")
    print(
        f"  CPU of this process: raw {ms('raw', 1):.2f}, ours {ms('ours', 1):.2f} ms/call "
        f"= {cpu_ratio:.3f}x"
    )
    print("where a call of ours goes (ms per call, medians of per-round figures, same rounds):")
    print(f"  {'':<41} {'wall':>6}  {'CPU':>6}")
    rows: list[tuple[str, Callable[[dict[str, float]], float], str]] = [
        ("HTTP exchange: raw GET, body read", lambda r: r["raw_get"], ""),
        (
            "pipeline: ours unparsed - raw GET",
            lambda r: r["ours_unparsed"] - r["raw_get"],
            f"Operation.prepare {ms('prepare', 1):.3f} CPU",
        ),
        ("parse: operation.parse (_read_json)", lambda r: r["read"], "= the next two"),
        ("  types.decode: JSON to checked models", lambda r: r["decode"], "msgspec"),
        ("  _read_json's own code", lambda r: r["read"] - r["decode"], ""),
        ("(baseline's json.loads of the body)", lambda r: r["json_loads"], "dicts only"),
        ("rest: ours - the above", lambda r: r["ours"] - r["ours_unparsed"] - r["read"], ""),
        ("ours - raw", lambda r: r["ours"] - r["raw"], ""),
    ]
    for label, value, note in rows:
        print(f"  {label:<41} {ms(value):6.2f}  {ms(value, 1):6.2f}  {note}".rstrip())
    print(
        f"  cyclic GC within (mean ms per call): raw {gc_ms('raw'):.2f}, ours {gc_ms('ours'):.2f};"
        f" json.loads {gc_ms('json_loads'):.2f}, types.decode {gc_ms('decode'):.2f}"
    )
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(50):
            client.v3_process_get_list(filter=ALL_FILTERS)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
