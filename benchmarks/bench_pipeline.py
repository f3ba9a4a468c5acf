"""A call through the pipeline vs a raw pooled httpx call to one loopback server (goal: <= 1.10x).

Both sides send the same GET with a bearer token and read the JSON answer; the pipeline adds
the token check, the retry plan, error mapping and a DEBUG log call. A round times the raw side
and then ours; the ratio reported is the median of the rounds' ratios, so that load from other
processes, which shifts both sides of a round alike, cancels out.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx

# The repository root, for the loopback server the tests use.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core_client import AsyncClient, Client
from tests.support.loopback import LoopbackServer, send

CALLS = 200
ROUNDS = 15
GOAL = 1.10
PATH = "/api/v3/process"
TOKEN = "bench-token"
BODY = b'[{"id": "one", "type": "process"}]'


class Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        send(self, 200, BODY, {"Content-Type": "application/json"})

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@dataclass
class Timing:
    """Seconds per call in each round, for raw httpx and for the pipeline."""

    raw: list[float] = field(default_factory=list)
    ours: list[float] = field(default_factory=list)


def sync_rounds(url: str) -> Timing:
    """raw httpx.Client against core_client.Client."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=url) as raw, Client(url, access_token=TOKEN) as ours:

        def raw_call() -> object:
            return raw.get(PATH, headers=headers).json()

        def our_call() -> object:
            return ours._request("GET", PATH).json()

        return compare(raw_call, our_call)


def compare(raw_call: Callable[[], object], our_call: Callable[[], object]) -> Timing:
    timing = Timing()
    for _ in range(ROUNDS):
        for side, call in ((timing.raw, raw_call), (timing.ours, our_call)):
            start = time.perf_counter()
            for _ in range(CALLS):
                call()
            side.append((time.perf_counter() - start) / CALLS)
    return timing


async def async_rounds(url: str) -> Timing:
    """raw httpx.AsyncClient against core_client.AsyncClient."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=url) as raw, AsyncClient(url, access_token=TOKEN) as ours:

        async def raw_call() -> object:
            return (await raw.get(PATH, headers=headers)).json()

        async def our_call() -> object:
            return (await ours._request("GET", PATH)).json()

        return await compare_async(raw_call, our_call)


async def compare_async(
    raw_call: Callable[[], Awaitable[object]], our_call: Callable[[], Awaitable[object]]
) -> Timing:
    timing = Timing()
    for _ in range(ROUNDS):
        for side, call in ((timing.raw, raw_call), (timing.ours, our_call)):
            start = time.perf_counter()
            for _ in range(CALLS):
                await call()
            side.append((time.perf_counter() - start) / CALLS)
    return timing


def report(flavour: str, timing: Timing) -> None:
    ratio = statistics.median(ours / raw for raw, ours in zip(timing.raw, timing.ours, strict=True))
    verdict = "meets" if ratio <= GOAL else "MISSES"
    print(
        f"{flavour}: raw httpx {statistics.median(timing.raw) * 1e6:5.0f} us/call, "
        f"pipeline {statistics.median(timing.ours) * 1e6:5.0f} us/call "
        f"= {ratio:.3f}x ({verdict} the goal <= {GOAL:.2f}x)"
    )


def main() -> None:
    with LoopbackServer(Answer) as server:
        print(f"{CALLS} sequential GETs per side and round, {ROUNDS} rounds")
        report("sync ", sync_rounds(server.url))
        report("async", asyncio.run(async_rounds(server.url)))


if __name__ == "__main__":
    main()
