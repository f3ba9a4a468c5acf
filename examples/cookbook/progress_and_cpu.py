"""Progress and resource use of a running process, from its state.

`v3_process_get_state` carries ffmpeg's progress (frames, fps, bitrate, speed, position) and
what the process uses. CPU is percent of one core (200 on two busy cores). Core 16.20 (vod)
reports the usage in `resources` (current, average, maximum, limit) and keeps the old
`cpu_usage`/`memory_bytes` fields, deprecated; 16.16 and older have only those.

Core 16.20's `fps` counts the frames of the last 30 seconds over 30 seconds: it starts near 0
and reaches the real rate after half a minute (16.16 and older report ffmpeg's own figure).
"""

import os
import time
from dataclasses import dataclass

from wait_running import run as start_and_wait
from wait_running import testsrc_config

from core_client import Client


@dataclass
class Usage:
    frame: int
    fps: float
    bitrate_kbit: float
    speed: float
    seconds: float  # position in the output
    cpu_percent: float
    memory_bytes: int


def read_usage(client: Client, process_id: str) -> Usage:
    """One reading of the process's state (the numbers are those of ffmpeg's last report)."""
    state = client.v3_process_get_state(process_id)
    progress, resources = state.progress, state.resources
    if resources and resources.cpu_usage and resources.memory_bytes:  # vod
        cpu = float(resources.cpu_usage.cur or 0)
        memory = int(resources.memory_bytes.cur or 0)
    else:
        cpu, memory = float(state.cpu_usage), int(state.memory_bytes)
    return Usage(
        frame=progress.frame,
        fps=progress.fps,
        bitrate_kbit=progress.bitrate_kbit,
        speed=progress.speed,
        seconds=progress.time,
        cpu_percent=cpu,
        memory_bytes=memory,
    )


def run(client: Client, process_id: str, deadline: float = 20.0) -> Usage:
    """The usage of a running process, once ffmpeg has reported frames and Core has measured
    the process (both are 0 for a moment after the start)."""
    end = time.monotonic() + deadline
    while True:
        usage = read_usage(client, process_id)
        if usage.frame > 0 and usage.memory_bytes > 0:
            return usage
        if time.monotonic() > end:
            raise TimeoutError(f"no progress of process {process_id!r} in {deadline:g} s: {usage}")
        time.sleep(0.2)


if __name__ == "__main__":
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
    ) as client:
        start_and_wait(client, testsrc_config("cookbook-progress"))
        try:
            for _ in range(3):
                print(run(client, "cookbook-progress"))
                time.sleep(1)  # a new reading each second
        finally:
            client.v3_process_delete("cookbook-progress")
