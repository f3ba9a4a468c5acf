"""A 512 MiB upload and download through the client vs raw httpx streaming, on loopback.

Goals: peak RSS growth < 64 MiB per transfer, throughput >= 0.8x raw httpx streaming of the
same bytes in the same run. Each case runs in a fresh subprocess, so its peak RSS (getrusage)
is its own; growth is measured from the RSS just before the transfer. Both sides move a file
on disk: uploads read it, downloads write one. Rounds of each case alternate so that both
sides see the same machine load. `--size` (MiB) and `--rounds` make a quick run possible.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core_client import AsyncClient, Client
from tests.support.loopback import LoopbackServer, request_chunks, send

TOKEN = "bench-token"
FILE_URL = "/api/v3/fs/mem/bench.bin"
BLOCK = os.urandom(1024 * 1024)
RSS_GOAL_MIB = 64
RATIO_GOAL = 0.8
# Each client case against the raw httpx case of the same flavour.
PAIRS = [
    ("upload-raw", "upload-client"),
    ("download-raw", "download-client"),
    ("upload-async-raw", "upload-async-client"),
    ("download-async-raw", "download-async-client"),
]


class Storage(BaseHTTPRequestHandler):
    """Takes uploads (counted, not kept) and serves `size` bytes of random data."""

    size = 0

    def do_PUT(self) -> None:
        received = sum(map(len, request_chunks(self, len(BLOCK))))
        send(self, 201 if received == self.size else 400)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/data")
        self.send_header("Content-Length", str(self.size))
        self.end_headers()
        for _ in range(self.size // len(BLOCK)):
            self.wfile.write(BLOCK)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


# -- one case, in its own process ------------------------------------------------------------


def run_case(case: str, url: str, source: Path, target: Path) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    actions: dict[str, Callable[[], object]] = {
        "upload-raw": lambda: httpx.put(url + FILE_URL, content=source.open("rb"), headers=headers),
        "upload-client": lambda: Client(url, access_token=TOKEN).v3_fs_put_file(
            "mem", "bench.bin", source
        ),
        "upload-async-raw": lambda: asyncio.run(raw_async_upload(url + FILE_URL, headers, source)),
        "upload-async-client": lambda: asyncio.run(async_upload(url, source)),
        "download-raw": lambda: raw_download(url + FILE_URL, headers, target),
        "download-client": lambda: Client(url, access_token=TOKEN).v3_fs_download_file(
            "mem", "bench.bin", target
        ),
        "download-async-raw": lambda: asyncio.run(
            raw_async_download(url + FILE_URL, headers, target)
        ),
        "download-async-client": lambda: asyncio.run(async_download(url, target)),
    }
    action = actions[case]
    before = rss_mib()
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    if isinstance(result, httpx.Response):
        result.raise_for_status()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rss_growth_mib": max(0.0, peak - before)}


def raw_download(url: str, headers: dict[str, str], target: Path) -> None:
    with httpx.stream("GET", url, headers=headers) as response, target.open("wb") as file:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            file.write(chunk)


async def raw_async_upload(url: str, headers: dict[str, str], source: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        with source.open("rb") as file:
            while chunk := file.read(len(BLOCK)):
                yield chunk

    async with httpx.AsyncClient() as client:
        response = await client.put(url, content=chunks(), headers=headers)
        response.raise_for_status()


async def raw_async_download(url: str, headers: dict[str, str], target: Path) -> None:
    async with (
        httpx.AsyncClient() as client,
        client.stream("GET", url, headers=headers) as response,
    ):
        response.raise_for_status()
        with target.open("wb") as file:
            async for chunk in response.aiter_bytes():
                file.write(chunk)


async def async_upload(url: str, source: Path) -> None:
    async with AsyncClient(url, access_token=TOKEN) as client:
        await client.v3_fs_put_file("mem", "bench.bin", source)


async def async_download(url: str, target: Path) -> None:
    async with AsyncClient(url, access_token=TOKEN) as client:
        await client.v3_fs_download_file("mem", "bench.bin", target)


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- the run -----------------------------------------------------------------------------------


def measure(case: str, url: str, source: Path, target: Path) -> dict[str, float]:
    # Freeing the previous download's blocks is not part of either side's transfer.
    target.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--case", case, "--url", url]
    command += ["--source", str(source), "--target", str(target)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=512, help="MiB per transfer")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.url, args.source, args.target)))
        return

    Storage.size = args.size * len(BLOCK)
    with tempfile.TemporaryDirectory() as folder, LoopbackServer(Storage) as server:
        source, target = Path(folder) / "source.bin", Path(folder) / "target.bin"
        with source.open("wb") as file:
            for _ in range(args.size):
                file.write(BLOCK)
        print(f"{args.size} MiB per transfer, median of {args.rounds} alternating rounds")
        missed = False
        for pair in PAIRS:
            results: dict[str, list[dict[str, float]]] = {case: [] for case in pair}
            for _ in range(args.rounds):
                for case in pair:
                    results[case].append(measure(case, server.url, source, target))
            missed |= report(args.size, results[pair[0]], pair[1], results[pair[1]])
    sys.exit(1 if missed else 0)


def report(size: int, raw: list[dict[str, float]], case: str, ours: list[dict[str, float]]) -> bool:
    """Prints the client case against its raw baseline; True when it misses a goal."""
    raw_seconds = statistics.median(r["seconds"] for r in raw)
    seconds = statistics.median(r["seconds"] for r in ours)
    growth = max(r["rss_growth_mib"] for r in ours)
    raw_growth = max(r["rss_growth_mib"] for r in raw)
    ratio = raw_seconds / seconds
    meets = ratio >= RATIO_GOAL and growth < RSS_GOAL_MIB
    print(
        f"{case:22s} {size / seconds:6.0f} MiB/s vs raw httpx {size / raw_seconds:6.0f} MiB/s"
        f" = {ratio:.2f}x; peak RSS +{growth:.1f} MiB (raw +{raw_growth:.1f})"
        f" ({'meets' if meets else 'MISSES'} >= {RATIO_GOAL}x and < {RSS_GOAL_MIB} MiB)"
    )
    return not meets


if __name__ == "__main__":
    main()
