"""Start a process and wait until it runs, with a deadline.

A started process goes through `starting` to `running` (or to `failed`, and round again
if it reconnects). Poll its state until `exec` is `running`; when the deadline passes first,
raise a TimeoutError that says what Core last reported, which usually names the problem
(ffmpeg's last log line: a missing file, a refused connection...).
"""

import os
import time
from typing import Any

from core_client import Client
from core_client.models import ProcessState


def testsrc_config(process_id: str) -> dict[str, Any]:
    """A cheap live process: ffmpeg's test picture, read in real time (`-re`), to nowhere."""
    return {
        "id": process_id,
        "input": [
            {"id": "in", "address": "testsrc=size=64x48:rate=5", "options": ["-f", "lavfi", "-re"]}
        ],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "autostart": False,
        "reconnect": False,
    }


def wait_running(client: Client, process_id: str, deadline: float = 20.0) -> ProcessState:
    """The state of the process once it runs; TimeoutError after `deadline` seconds."""
    end = time.monotonic() + deadline
    while True:
        state = client.v3_process_get_state(process_id)
        if state.exec == "running":
            return state
        if time.monotonic() > end:
            raise TimeoutError(
                f"process {process_id!r} is not running after {deadline:g} s: "
                f"exec {state.exec!r}, last log line {state.last_logline!r}"
            )
        time.sleep(0.2)


def run(client: Client, config: dict[str, Any], deadline: float = 20.0) -> ProcessState:
    """Creates the process stopped, starts it and waits until it runs."""
    client.v3_process_post({**config, "autostart": False})
    client.v3_process_put_command(config["id"], "start")
    return wait_running(client, config["id"], deadline)


if __name__ == "__main__":
    with Client(
        os.environ.get("CORE_URL", "http://127.0.0.1:8080"),
        os.environ.get("CORE_USERNAME", "admin"),
        os.environ.get("CORE_PASSWORD", "datarhei"),
    ) as client:
        try:
            state = run(client, testsrc_config("cookbook-wait-running"))
            print(state.exec, "since", state.runtime_seconds, "s")
        finally:
            client.v3_process_delete("cookbook-wait-running")
