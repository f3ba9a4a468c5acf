"""A user's script as issue 12 describes it: `mypy --strict` must accept it as written.

No casts and no checks for absent values where Core always answers: a process's id and type, a
state's exec and its progress figures. Checked by tests/surface/test_typing.py (never run).
"""

from __future__ import annotations

from core_client import Client
from core_client.models import ProcessConfig, ProcessConfigIO


def stop_the_finished(client: Client) -> list[str]:
    removed = []
    for process in client.v3_process_get_list(filter="state"):
        kind: str = process.type
        if process.state is not None and process.state.exec == "finished":
            client.v3_process_delete(process.id)
            removed.append(f"{process.id} ({kind})")
    return removed


def progress(client: Client, process_id: str) -> str:
    state = client.v3_process_get_state(process_id)
    fps: float = state.progress.fps
    runtime: int = state.runtime_seconds
    cpu = state.resources.cpu_usage.cur if state.resources is not None else state.cpu_usage
    return f"{state.exec}: {fps} fps, {runtime} s, cpu {cpu}"


def add(client: Client) -> str:
    config = ProcessConfig(id="x")
    config.input = [ProcessConfigIO(address="testsrc", id="in", options=["-f", "lavfi"])]
    config.output = [ProcessConfigIO(address="-", id="out", options=["-f", "null"])]
    client.v3_process_post(config)
    first = config.input[0]
    return first.address
