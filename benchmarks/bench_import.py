"""`import core_client` vs `import httpx` (goal: <= 1.3x), each in a fresh interpreter.

Also: what the first call of one operation adds: msgspec, which the models need and which is
imported on their first use rather than by `import core_client`, and then the generated endpoint
module, its models and the decoder of its answer (`process_3_get_all` for `v3_process_get_list`;
goal: a few ms); and the
modules that cost `import core_client` most and the packages it loads beyond httpx's (self
time from `python -X importtime`).

How it is fair:
- imports are cached per process, so every measurement is a new interpreter; the two sides
  alternate, RUNS each, and the ratio is the median of per-pair ratios;
- an installed package imports from cached bytecode: PYTHONDONTWRITEBYTECODE is removed from
  the children's environment and a warm-up run of each side writes the bytecode first;
- httpx's `__init__` imports its command line (`httpx._main`: click, rich, pygments) when
  those are installed, which the `cli` extra of core-client does. That is not what httpx costs
  a library user, so both sides run with `sys.modules['click'] = sys.modules['rich'] = None`
  (httpx then skips its command line; core_client imports neither).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections import defaultdict

ENDPOINT = "datarhei_core_api.api.process.process_3_get_all"
RUNS = 15
IMPORTTIME_RUNS = 5
GOAL = 1.3
GOAL_ENDPOINT_MS = 5.0

NO_CLI = "import sys; sys.modules['click'] = None; sys.modules['rich'] = None\n"
PROBE = (
    NO_CLI
    + """import time
start = time.perf_counter()
import {module}
imported = time.perf_counter()
{first}
first = time.perf_counter()
{then}
then = time.perf_counter()
{last}
end = time.perf_counter()
models = sum(1 for name in sys.modules if name.startswith("datarhei_core_api.models."))
print(imported - start, first - imported, then - first, end - then, models, len(sys.modules))
"""
)


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


Probe = tuple[float, float, float, float, int, int]


def probe(module: str, first: str = "", then: str = "", last: str = "") -> Probe:
    """Seconds of `import module`, then of `first`, `then` and `last` in turn; model modules and
    all modules loaded; in a new interpreter."""
    code = PROBE.format(module=module, first=first, then=then, last=last)
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment()
    ).stdout.split()
    seconds = [float(value) for value in output[:4]]
    return seconds[0], seconds[1], seconds[2], seconds[3], int(output[4]), int(output[5])


def self_times(module: str) -> dict[str, float]:
    """Median self time (seconds) of each module that `import module` loads."""
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(IMPORTTIME_RUNS):
        stderr = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"{NO_CLI}import {module}"],
            capture_output=True,
            text=True,
            check=True,
            env=environment(),
        ).stderr
        for line in stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            own, _, name = line.removeprefix("import time:").split("|")
            runs[name.strip()].append(int(own) / 1e6)
    return {name: statistics.median(times) for name, times in runs.items()}


def main() -> None:
    steps = (
        "import msgspec",
        f"import {ENDPOINT} as endpoint",
        "from datarhei_core_api import types; types._decoder(endpoint._RESULT)",
    )
    probe("httpx")  # warm-up: bytecode written, files in the page cache
    probe("core_client", *steps)
    httpx_runs, ours_runs = [], []
    for _ in range(RUNS):
        httpx_runs.append(probe("httpx"))
        ours_runs.append(probe("core_client", *steps))
    base = statistics.median(run[0] for run in httpx_runs)
    ours = statistics.median(run[0] for run in ours_runs)
    ratio = statistics.median(o[0] / h[0] for h, o in zip(httpx_runs, ours_runs, strict=True))
    base_library = statistics.median(run[1] for run in ours_runs)
    endpoint = statistics.median(run[2] for run in ours_runs)
    decoder = statistics.median(run[3] for run in ours_runs)
    *_, models, modules = ours_runs[0]
    print(f"fresh interpreters, {RUNS} alternating pairs, medians; click and rich blocked")
    print(f"  import httpx                 {base * 1e3:6.1f} ms ({httpx_runs[0][5]} modules)")
    print(f"  import core_client           {ours * 1e3:6.1f} ms = {ratio:.2f}x httpx", end="")
    print(f" ({'meets' if ratio <= GOAL else 'MISSES'} the goal <= {GOAL:.1f}x)")
    print(
        f"  first call of v3_process_get_list: msgspec (the models' base) "
        f"+{base_library * 1e3:.1f} ms,"
    )
    print(
        f"    then {ENDPOINT} and the models it names: "
        f"+{endpoint * 1e3:.1f} ms, {models} model modules, {modules} modules in all "
        f"({'meets' if endpoint * 1e3 <= GOAL_ENDPOINT_MS else 'MISSES'} the goal "
        f"<= {GOAL_ENDPOINT_MS:.0f} ms)"
    )
    print(f"    then msgspec's decoder of its answer (list[Process]): +{decoder * 1e3:.1f} ms")

    times = self_times("core_client")
    baseline = self_times("httpx")
    total = sum(times.values())
    print(
        f"`import core_client` under -X importtime (median of {IMPORTTIME_RUNS}; importtime "
        f"adds its own overhead): {total * 1e3:.1f} ms of self time in {len(times)} modules "
        f"(`import httpx`: {sum(baseline.values()) * 1e3:.1f} ms in {len(baseline)})"
    )
    print("  top 10 by self time:")
    for name, seconds in sorted(times.items(), key=lambda item: -item[1])[:10]:
        print(f"    {seconds * 1e3:6.2f} ms  {name}")
    # What core_client loads beyond httpx, by top-level package.
    extra: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for name, seconds in times.items():
        if name not in baseline:
            extra[name.split(".")[0]] += seconds
            counts[name.split(".")[0]] += 1
    ranked = sorted(extra.items(), key=lambda item: -item[1])
    print(
        f"  beyond httpx's modules: {sum(extra.values()) * 1e3:.1f} ms in "
        f"{sum(counts.values())} modules; by package:"
    )
    print(
        "    "
        + ", ".join(f"{top} {seconds * 1e3:.1f} ({counts[top]})" for top, seconds in ranked[:12])
    )


if __name__ == "__main__":
    main()
