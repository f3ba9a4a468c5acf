"""200 concurrent calls of `AsyncClient` vs 200 concurrent GETs of a raw `httpx.AsyncClient` +
`json.loads`, on a real vod Core with 50 running processes (goal: <= 1.10x).

Two calls, each a batch of CONCURRENT tasks gathered at once on one event loop:
- `about()` (GET /api, a small answer): the pipeline and the event loop, little parsing;
- `v3_process_get(id)` (GET /api/v3/process/{id}, all of config, state, report and metadata;
  the 50 processes, 4 tasks each): the same with a model of one running process to build.
Both sides send the same URLs (taken from our calls) with the same bearer token, over pools
with httpx's default limits (100 connections), warm. A round times one batch of each side, the
order alternating; the ratio reported is the median of the rounds' ratios, which load from
elsewhere on the machine disturbs less than a ratio of medians. The CPU time of this process
is shown too: on loopback the client side, not Core, is what a batch waits for. A third
comparison, raw httpx against a second raw httpx client, shows the noise of this machine.

Needs Core's test kit at ../shared/core (skipped, saying so, without it).
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workload import RUNNING, kit_missing, real_vod

from core_client import AsyncClient

CONCURRENT = 200
ROUNDS = 25
GOAL = 1.10

Batch = Callable[[], Awaitable[object]]


# Per side (raw, ours): (wall, CPU) seconds of each round's batch.
Times = tuple[list[tuple[float, float]], list[tuple[float, float]]]


async def interleaved(raw: Batch, ours: Batch) -> Times:
    """Wall and CPU seconds per batch of each side in each round; one warm-up round first."""
    times: Times = ([], [])
    for round in range(ROUNDS + 1):
        order = ((0, raw), (1, ours)) if round % 2 else ((1, ours), (0, raw))
        for side, batch in order:
            gc.collect()  # each batch pays for its own garbage only
            start, cpu = time.perf_counter(), time.process_time()
            await batch()
            if round:
                times[side].append((time.perf_counter() - start, time.process_time() - cpu))
    return times


def report(name: str, times: Times, sides: tuple[str, str] = ("raw", "ours")) -> None:
    raw, ours = times

    def ratio(kind: int) -> float:
        return statistics.median(o[kind] / r[kind] for r, o in zip(raw, ours, strict=True))

    def ms(side: list[tuple[float, float]], kind: int) -> float:
        return 1e3 * statistics.median(pair[kind] for pair in side)

    verdict = "meets" if ratio(0) <= GOAL else "MISSES"
    first, second = sides
    print(
        f"  {name:<19} wall: {first} {ms(raw, 0):5.0f} ms, {second} {ms(ours, 0):5.0f} ms a batch"
        f" = {ratio(0):.3f}x ({verdict} the goal <= {GOAL:.2f}x)\n"
        f"  {'':<19} CPU:  {first} {ms(raw, 1):5.0f} ms, {second} {ms(ours, 1):5.0f} ms "
        f"= {ratio(1):.3f}x (this process only; Core runs in its own)"
    )


async def measure(url: str, username: str, password: str) -> None:
    async with (
        AsyncClient(url, username, password) as client,
        httpx.AsyncClient() as raw,
        httpx.AsyncClient() as other_raw,
    ):
        # The URLs our calls send, and the token they carry.
        about_url = (await client.with_raw_response.about()).response.request.url
        ids = [f"bench-{number:02d}" for number in range(RUNNING)]
        process_urls = [
            (await client.with_raw_response.v3_process_get(id)).response.request.url for id in ids
        ]
        tokens = client.tokens
        assert tokens is not None
        headers = {"Authorization": f"Bearer {tokens.access_token}"}

        async def raw_get(target: httpx.URL, pool: httpx.AsyncClient = raw) -> object:
            response = await pool.get(target, headers=headers)
            response.raise_for_status()
            return json.loads(response.content)

        async def raw_about() -> object:
            return await asyncio.gather(*(raw_get(about_url) for _ in range(CONCURRENT)))

        async def other_raw_about() -> object:
            calls = (raw_get(about_url, other_raw) for _ in range(CONCURRENT))
            return await asyncio.gather(*calls)

        async def ours_about() -> object:
            return await asyncio.gather(*(client.about() for _ in range(CONCURRENT)))

        async def raw_process() -> object:
            targets = (process_urls[i % RUNNING] for i in range(CONCURRENT))
            return await asyncio.gather(*(raw_get(target) for target in targets))

        async def ours_process() -> object:
            targets = (ids[i % RUNNING] for i in range(CONCURRENT))
            return await asyncio.gather(*(client.v3_process_get(id) for id in targets))

        print(
            f"{CONCURRENT} concurrent calls per batch, one event loop; {ROUNDS} rounds of one "
            "batch per side, order alternating; medians"
        )
        report("about()", await interleaved(raw_about, ours_about))
        # Two raw clients against each other: how far apart two equal sides come out here.
        noise = await interleaved(raw_about, other_raw_about)
        report("about(), noise", noise, ("raw", "raw 2"))
        report("v3_process_get(id)", await interleaved(raw_process, ours_process))


def main() -> None:
    if kit_missing("bench_async"):
        return
    with real_vod() as core:
        asyncio.run(measure(core.url, core.username, core.password))


if __name__ == "__main__":
    main()
