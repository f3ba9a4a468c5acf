"""`corectl --json process list` of 50 processes vs the library call alone (issue 11 goal: at
most the library call + 150 ms, interpreter start and imports included).

Runs against a real vod Core with 50 running processes, started from ../shared/core (skipped,
saying so, where the kit is not there). Measured in each of ROUNDS rounds (after a warm-up
round), one after another, wall and CPU time:
- the library call alone: `client.v3_process_get_list()` in this process, warm, logged in;
- `corectl --json process list` (the installed console script), a new process each time, with a
  profile (its cached token: no login; the goal is on this run, the way an operator uses
  corectl) and with CORE_URL + CORE_USERNAME + CORE_PASSWORD (one login each run);
- where corectl's time goes, each a new interpreter: `python -c pass` (interpreter start),
  `import core_client` (with the cli extra installed, httpx's `__init__` imports its own
  command line, `httpx._main`: click, rich, pygments), the same with click and rich blocked
  (what it costs without the extra), `import corectl` (the script's entry module, which
  blocks httpx's CLI before importing core_client and corectl's code), making a `Client` after
  the bare import (its httpx pool), and a Python script that imports core_client, logs in and
  makes the call.
Figures are medians of per-round values; "corectl - call" is the median of per-round
differences, which load from other processes disturbs less than a difference of medians. CPU
is of the child process (user + system), which a loaded machine inflates less than wall time.
Children run without PYTHONDONTWRITEBYTECODE, as an installed package does (bytecode cached).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workload import RUNNING, kit_missing, real_vod

from core_client import Client

ROUNDS = 7
GOAL_MS = 150.0
PYTHON = sys.executable
CORECTL_SCRIPT = Path(sys.executable).parent / "corectl"
CORECTL = (
    [str(CORECTL_SCRIPT)]
    if CORECTL_SCRIPT.is_file()
    else [PYTHON, "-c", "from corectl import main; main()"]
)
SCRIPT = (
    "import os\n"
    "from core_client import Client\n"
    "with Client(os.environ['CORE_URL'], os.environ['CORE_USERNAME'],"
    " os.environ['CORE_PASSWORD']) as client:\n"
    "    client.v3_process_get_list()\n"
)

# What `import core_client` costs where the cli extra is not installed: httpx's __init__ then
# finds no click and rich for its own command line (httpx._main) and skips it.
BARE_IMPORT = "import sys; sys.modules['click'] = sys.modules['rich'] = None; import core_client"

# The same, then make a client, no call: its connection pool (httpx imports httpcore on first
# use; the SSL context, made even for an http:// URL).
CLIENT = BARE_IMPORT + "; import os; core_client.Client(os.environ['CORE_URL'], access_token='-')"

Timing = tuple[float, float]  # wall, CPU seconds


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], env: dict[str, str]) -> Timing:
    """Wall and CPU seconds of a child process, which must succeed (and list the processes)."""
    start, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, env=env, capture_output=True, check=True)
    elapsed, used = time.perf_counter() - start, children_cpu() - cpu
    if command[-1] == "list":
        assert done.stdout.count(b'"bench-') >= RUNNING, done.stdout[:200]
    return elapsed, used


def library_call(client: Client) -> Timing:
    """Wall and CPU seconds of the call in this process (median of 3, warm)."""
    walls, cpus = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        client.v3_process_get_list()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


Commands = dict[str, tuple[list[str], dict[str, str]]]


def rounds(client: Client, commands: Commands) -> dict[str, list[Timing]]:
    """The library call and each command once a round, for ROUNDS rounds after a warm-up
    round (which also writes the bytecode)."""
    times: dict[str, list[Timing]] = {name: [] for name in ("library", *commands)}
    for round in range(ROUNDS + 1):
        measured = {"library": library_call(client)}
        for name, (command, env) in commands.items():
            measured[name] = timed_run(command, env)
        if round:
            for name, timing in measured.items():
                times[name].append(timing)
    return times


def main() -> None:
    if kit_missing("bench_cli"):
        return
    with (
        real_vod() as core,
        Client(core.url, core.username, core.password) as client,
        tempfile.TemporaryDirectory(prefix="bench-cli-") as folder,
    ):
        base = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("CORE") and k != "PYTHONDONTWRITEBYTECODE"
        }
        base["CORECTL_CONFIG"] = str(Path(folder) / "profiles.json")
        with_url = base | {
            "CORE_URL": core.url,
            "CORE_USERNAME": core.username,
            "CORE_PASSWORD": core.password,
        }
        subprocess.run(
            [*CORECTL, "profile", "add", "bench", "--url", core.url, "--username", core.username,
             "--password-stdin"],
            input=core.password.encode(), env=base, check=True, capture_output=True,
        )  # fmt: skip
        times = rounds(
            client,
            {
                "profile": ([*CORECTL, "--json", "process", "list"], base),
                "url": ([*CORECTL, "--json", "process", "list"], with_url),
                "start": ([PYTHON, "-c", "pass"], base),
                "import": ([PYTHON, "-c", "import core_client"], base),
                "import_bare": ([PYTHON, "-c", BARE_IMPORT], base),
                "import_cli": ([PYTHON, "-c", "import corectl"], base),
                "client": ([PYTHON, "-c", CLIENT], with_url),
                "script": ([PYTHON, "-c", SCRIPT], with_url),
            },
        )
    report(times)


def report(times: dict[str, list[Timing]]) -> None:
    def ms(name: str, kind: int) -> float:
        return 1000 * statistics.median(pair[kind] for pair in times[name])

    def extra(name: str, base: str, kind: int) -> float:
        pairs = zip(times[name], times[base], strict=True)
        return 1000 * statistics.median(n[kind] - b[kind] for n, b in pairs)

    print(
        f"{RUNNING} running processes (GET /api/v3/process, all of config, state, report and "
        f"metadata); medians of {ROUNDS} rounds; wall ms (CPU ms)"
    )
    for name, label in [
        ("library", "library call alone (warm, in process)"),
        ("profile", "corectl --json process list, profile"),
        ("url", "corectl --json process list, CORE_URL"),
        ("start", "python -c pass (interpreter start)"),
        ("import", "python -c 'import core_client'"),
        ("import_bare", "  the same, httpx's CLI skipped"),
        ("import_cli", "python -c 'import corectl'"),
        ("client", "the bare import + make a Client"),
        ("script", "Python script: import, login, call"),
    ]:
        print(f"  {label:<42} {ms(name, 0):7.1f} ({ms(name, 1):6.1f})")
    wall, cpu = extra("profile", "library", 0), extra("profile", "library", 1)
    verdict = "meets" if wall <= GOAL_MS else "MISSES"
    print(
        f"  corectl (profile) - library call: wall +{wall:.0f} ms, CPU +{cpu:.0f} ms "
        f"({verdict} the goal <= +{GOAL_MS:.0f} ms on wall; CPU "
        f"{'meets' if cpu <= GOAL_MS else 'misses'} it)"
    )
    print(
        "  of which (CPU, per-round differences): interpreter start "
        f"{ms('start', 1):.0f}, import core_client {extra('import_bare', 'start', 1):.0f}, "
        f"corectl's modules (click; httpx's CLI blocked) "
        f"{extra('import_cli', 'import_bare', 1):.0f}, "
        f"making a Client (its httpx pool) {extra('client', 'import_bare', 1):.0f}, the rest "
        f"(command parse, profile, first call, JSON output) "
        f"{extra('profile', 'import_cli', 1) - extra('client', 'import_bare', 1):.0f}"
    )
    print(
        "  (a program that imports core_client where the cli extra is installed also pays for "
        f"httpx's CLI, httpx._main: click, rich, pygments: {extra('import', 'import_bare', 1):.0f})"
    )


if __name__ == "__main__":
    main()
