"""Event streams of a real vod Core (v16 has none): log, process and media events."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from core_client import NotFoundError
from tests.real import poll
from tests.real.fields import assert_fields_known
from tests.real.processes import running_process
from tests.streaming.test_readme import streaming_example
from tests.support.real_servers import RealCore

# Idle timeout of the streams: a test fails instead of hanging when nothing comes.
IDLE = 10.0


@contextmanager
def repeating(action: Callable[[], object]) -> Iterator[None]:
    """Runs `action` every poll interval in a thread while the block runs: Core starts sending
    log events a moment after the stream's headers, so one early action could go unseen."""
    done = threading.Event()

    def run() -> None:
        while not done.wait(poll.INTERVAL * 3):
            action()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join(timeout=poll.DEADLINE)


@pytest.mark.core_versions("vod")
@pytest.mark.parametrize("sse", [True, False], ids=["sse", "json-lines"])
def test_log_events_arrive_for_requests(real_core: RealCore, sse: bool) -> None:
    client, other = real_core.client(), real_core.client()
    core_id = client.about().id
    with (
        client.v3_events_post([{"event": "iam"}], sse=sse, idle_timeout=IDLE) as events,
        repeating(other.v3_process_get_list),
    ):
        event = next(iter(events))
    assert_fields_known(event)
    assert event.to_dict()["event"] == "iam"
    assert event.to_dict()["core_id"] == core_id


@pytest.mark.core_versions("vod")
def test_process_events_report_the_progress_of_a_running_process(real_core: RealCore) -> None:
    client = real_core.client()
    with (
        running_process(client) as process_id,
        client.v3_events_post_process([{"pid": process_id}], idle_timeout=IDLE) as events,
    ):
        event = next(iter(events))
    assert_fields_known(event)
    assert (event.to_dict()["pid"], event.to_dict()["type"]) == (process_id, "progress")


@pytest.mark.core_versions("vod")
def test_media_events_list_and_announce_files(real_core: RealCore) -> None:
    client = real_core.client()
    folder = f"realops-{uuid.uuid4().hex[:12]}"
    try:
        with client.v3_events_post_media("mem", glob=f"/{folder}/**", idle_timeout=IDLE) as events:
            stream = iter(events)
            first = next(stream)
            # The stream opens with the list of what matches (nothing yet), then follows changes.
            assert first.to_dict()["action"] == "list"
            client.v3_fs_put_file("mem", f"{folder}/a.txt", b"a")
            created = next(event for event in stream if event.to_dict()["action"] != "list")
        assert_fields_known(created)
        assert created.to_dict()["action"] == "create"
        assert created.to_dict()["name"] == f"/{folder}/a.txt"
    finally:
        client.v3_fs_delete_file_list("mem", glob=f"/{folder}/**")


@pytest.mark.core_versions("vod")
def test_the_streaming_guides_example_runs_and_ends(
    real_core: RealCore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Its event loop ends on what vod sends for a running process (`progress`; no `state`).
    client = real_core.client()
    example = (
        streaming_example()
        .replace("http://127.0.0.1:8080", real_core.url)
        .replace('"admin", "secret"', f"{real_core.username!r}, {real_core.password!r}")
    )
    monkeypatch.chdir(tmp_path)
    video = os.urandom(300_000)
    (tmp_path / "a.mp4").write_bytes(video)
    with running_process(client) as process_id:
        try:
            exec(example.replace("my-process", process_id), {})
        finally:
            with suppress(NotFoundError):
                client.v3_fs_delete_file("disk", "recordings/a.mp4")
    printed = capsys.readouterr().out.splitlines()
    assert f"{process_id} progress" in printed
    assert (tmp_path / "copy.mp4").read_bytes() == video
