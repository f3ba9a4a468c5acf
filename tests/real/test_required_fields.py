"""What the overlay marks required (typed without None) is in real answers of every version.

The required_in_practice rule of openapi/overlay.toml is derived from recorded answers; here the
running servers answer the calls that return those schemas, with a running process so that its
state, progress and resource usage are filled in. A field the rule marks required and a server
omits fails the call with ResponseValidationError naming it.
"""

from __future__ import annotations

import time
import uuid

from core_client import Client
from core_client.models import Process, ProcessConfig, ProcessConfigIO
from tests.support.real_servers import RealCore

RUNNING_WITHIN_SECONDS = 20.0


def _add_running_process(client: Client) -> str:
    process_id = f"required-{uuid.uuid4().hex[:8]}"
    config = ProcessConfig(
        id=process_id,
        input=[
            ProcessConfigIO(
                address="testsrc=size=64x64:rate=5", id="in", options=["-re", "-f", "lavfi"]
            )
        ],
        output=[ProcessConfigIO(address="-", id="out", options=["-c:v", "rawvideo", "-f", "null"])],
        autostart=True,
    )
    client.v3_process_post(config)
    return process_id


def _wait_for_progress(client: Client, process_id: str) -> None:
    deadline = time.monotonic() + RUNNING_WITHIN_SECONDS
    while time.monotonic() < deadline:
        state = client.v3_process_get_state(process_id)
        if state.exec == "running" and state.progress.frame > 0:
            return
        time.sleep(0.2)  # polling Core's state, with a deadline
    raise AssertionError(f"{process_id} did not run within {RUNNING_WITHIN_SECONDS} s")


def test_answers_about_a_running_process_carry_every_required_field(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = _add_running_process(client)
    try:
        _wait_for_progress(client, process_id)

        state = client.v3_process_get_state(process_id)
        assert state.exec == "running"
        assert state.progress.fps >= 0 and state.runtime_seconds >= 0
        assert len(state.progress.outputs or []) == 1
        if state.resources is not None:  # only vod measures resources
            assert state.resources.cpu_usage.ncpu > 0
        process = client.v3_process_get(process_id)
        assert (process.id, process.type) == (process_id, "ffmpeg")
        listed: list[Process] = client.v3_process_get_list(id=process_id)
        assert [p.id for p in listed] == [process_id]
        for only in ("state", "config", "report", "metadata"):
            (filtered,) = client.v3_process_get_list(id=process_id, filter=only)
            assert filtered.id == process_id
            assert (filtered.state is None) == (only != "state")
        assert client.v3_process_get_report_list(process_id).created_at > 0
        about = client.about()
        assert about.version.number and about.app
        assert client.v3_skills_get().ffmpeg is not None
        client.v3_session_get()
    finally:
        client.v3_process_delete(process_id)
