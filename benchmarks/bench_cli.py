"""`corectl --json process list` of 50 processes vs the library call alone (goal: at most the
library call + 150 ms, interpreter start and imports included).

Runs against a real vod Core started from ../shared/core (skipped, saying so, where the kit is
not there). Measured, each as the median of ROUNDS:
- the library call alone: `client.v3_process_get_list()` in this process, warm, logged in;
- a Python script doing the same from a cold start (interpreter, `import core_client`, login,
  call): what any program pays;
- `corectl --json process list`, a new process each time, with CORE_URL + credentials (logs in
  every run) and with a profile (cached token: no login).
Each round measures all four, one after another; the figures are medians of per-round
differences and ratios, which the load of other processes disturbs less. The goal is on the
profile run, the way an operator uses corectl; the CORE_URL run adds one
login (Core answers it in a few ms).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workload import SHARED, median_time

from core_client import Client
from tests.support.real_servers import read_env_file

PROCESSES = 50
ROUNDS = 5
GOAL_MS = 150.0
KIT = SHARED / "core"
CORECTL = [sys.executable, "-m", "core_client.cli"]
SCRIPT = (
    "import os\n"
    "from core_client import Client\n"
    "with Client(os.environ['CORE_URL'], os.environ['CORE_USERNAME'],"
    " os.environ['CORE_PASSWORD']) as client:\n"
    "    client.v3_process_get_list()\n"
)


def config(number: int) -> dict[str, object]:
    return {
        "id": f"bench-{number:02d}",
        "reference": "bench",
        "input": [{"id": "in", "address": "testsrc=rate=10", "options": ["-f", "lavfi"]}],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "options": ["-loglevel", "info"],
    }


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of a child process, which must succeed (and list the processes)."""
    start, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, env=env, capture_output=True, check=True)
    elapsed, used = time.perf_counter() - start, children_cpu() - cpu
    if command[-1] == "list":
        assert done.stdout.count(b'"bench-') >= PROCESSES, done.stdout[:200]
    return elapsed, used


def library_call(client: Client) -> tuple[float, float]:
    """Wall and CPU seconds of the call in this process (median of 3, warm)."""
    wall = median_time(3, client.v3_process_get_list)
    cpu = median_time(3, client.v3_process_get_list, clock=time.process_time)
    return wall, cpu


Timings = dict[str, list[tuple[float, float]]]


def rounds(client: Client, commands: dict[str, tuple[list[str], dict[str, str]]]) -> Timings:
    """The library call and each command once a round, one after another, for ROUNDS rounds
    (after a warm-up round): load from other processes weighs on all of them alike within a
    round, so per-round differences and ratios are steadier than differences of medians."""
    times: Timings = {name: [] for name in ("library", *commands)}
    for round in range(ROUNDS + 1):
        library = library_call(client)
        measured = {name: timed_run(command, env) for name, (command, env) in commands.items()}
        if round:
            times["library"].append(library)
            for name, elapsed in measured.items():
                times[name].append(elapsed)
    return times


def main() -> None:
    if not (KIT / "start").is_file():
        print(f"skipped: no Core test kit at {KIT} (it starts the vod Core this measures)")
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    server = folder / "core"
    try:
        subprocess.run(
            [str(KIT / "start"), "vod", str(server)], check=True, capture_output=True, text=True
        )
        env = read_env_file(server / "env")
        url, username, password = env["CORE_URL"], env["CORE_USERNAME"], env["CORE_PASSWORD"]
        client = Client(url, username, password)
        for number in range(PROCESSES):
            client.v3_process_post(config(number))
        base = {k: v for k, v in os.environ.items() if not k.startswith("CORE")}
        base["CORECTL_CONFIG"] = str(folder / "profiles.json")
        with_url = base | {"CORE_URL": url, "CORE_USERNAME": username, "CORE_PASSWORD": password}
        subprocess.run(
            [*CORECTL, "profile", "add", "bench", "--url", url, "--username", username,
             "--password-stdin"],
            input=password.encode(), env=base, check=True, capture_output=True,
        )  # fmt: skip
        times = rounds(
            client,
            {
                "script": ([sys.executable, "-c", SCRIPT], with_url),
                "url": ([*CORECTL, "--json", "process", "list"], with_url),
                "profile": ([*CORECTL, "--json", "process", "list"], base),
            },
        )
        client.close()
    finally:
        subprocess.run([str(KIT / "stop"), str(server), "--rm"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)

    def median(name: str, kind: int) -> float:
        return statistics.median(pair[kind] for pair in times[name])

    def extra(kind: int) -> float:
        pairs = zip(times["profile"], times["library"], strict=True)
        return 1000 * statistics.median(p[kind] - lib[kind] for p, lib in pairs)

    ratio = statistics.median(
        p[0] / s[0] for p, s in zip(times["profile"], times["script"], strict=True)
    )
    print(f"{PROCESSES} processes, median of {ROUNDS} rounds; wall ms (CPU ms)")
    for name, label in [
        ("library", "library call alone (warm, in process)"),
        ("script", "Python script: start, import, login, call"),
        ("url", "corectl --json process list, CORE_URL"),
        ("profile", "corectl --json process list, profile"),
    ]:
        print(f"  {label:<44} {median(name, 0) * 1000:8.1f} ({median(name, 1) * 1000:6.1f})")
    print(
        f"  corectl (profile) - library call: wall +{extra(0):.0f} ms, CPU +{extra(1):.0f} ms "
        f"(goal <= +{GOAL_MS:.0f} ms; CPU is what a loaded machine does not inflate)"
    )
    print(f"  corectl (profile) / Python script, wall per round: {ratio:.2f}x")


if __name__ == "__main__":
    main()
