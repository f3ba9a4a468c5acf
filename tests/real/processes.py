"""Processes for real-server tests: a cheap config, unique ids, one that runs for a block."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from core_client import Client
from core_client.exceptions import NotFoundError
from tests.real import poll


def process_config(process_id: str, **changes: Any) -> dict[str, Any]:
    """A cheap process: a small test picture, decoded in real time into ffmpeg's null muxer."""
    return {
        "id": process_id,
        "reference": f"ref-{process_id}",
        "input": [
            {"id": "in", "address": "testsrc=size=64x48:rate=5", "options": ["-f", "lavfi", "-re"]}
        ],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "options": ["-loglevel", "info"],
        "autostart": True,
        "reconnect": False,
        **changes,
    }


def new_id() -> str:
    return f"realops-{uuid.uuid4().hex[:12]}"


@contextmanager
def running_process(client: Client, **changes: Any) -> Iterator[str]:
    """A process that runs and has encoded frames; deleted afterwards."""
    process_id = new_id()
    client.v3_process_post(process_config(process_id, **changes))
    try:
        poll.until(lambda: _encoding(client, process_id), f"{process_id} to encode frames")
        yield process_id
    finally:
        delete_quietly(client, process_id)


def delete_quietly(client: Client, process_id: str) -> None:
    with suppress(NotFoundError):
        client.v3_process_delete(process_id)


def _encoding(client: Client, process_id: str) -> bool:
    state = client.v3_process_get_state(process_id).to_dict()
    frames: int = (state.get("progress") or {}).get("frame", 0)
    return state["exec"] == "running" and frames > 0
