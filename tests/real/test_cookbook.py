"""The cookbook's recipes (examples/cookbook, docs/guides/cookbook.md) against real Core.

Each recipe's `run` (and the helpers it offers) is called as a user would call it, on every
version it supports, and what the recipe promises is checked: the playlist appears, the state
says running, the progress has numbers, the event loop ends, the copy is the file, the files
are gone, the process moved. One live HLS process per server (recipe 1's) serves the tests
that read a running process; the cleaning test, the module's last on it, removes it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

from core_client import BadRequestError, Client, NotFoundError, ValidationError
from scripts.paths import ROOT
from tests.real import cluster, poll
from tests.real.processes import delete_quietly, new_id
from tests.support.real_servers import VERSIONS, RealCluster, RealCore, real_core_of

# The recipes import each other by their file names, as they do when run as scripts.
COOKBOOK = ROOT / "examples" / "cookbook"
if str(COOKBOOK) not in sys.path:
    sys.path.insert(0, str(COOKBOOK))

import clean_process  # noqa: E402
import cluster_deploy  # noqa: E402
import follow_and_stop  # noqa: E402
import hls_to_memfs  # noqa: E402
import large_files  # noqa: E402
import progress_and_cpu  # noqa: E402
import wait_running  # noqa: E402

# Every recipe this module runs (tests/surface/test_cookbook_scripts.py: each script is one).
RECIPES = (
    clean_process,
    cluster_deploy,
    follow_and_stop,
    hls_to_memfs,
    large_files,
    progress_and_cpu,
    wait_running,
)


@dataclass
class Live:
    """Recipe 1's live HLS process on one server."""

    core: RealCore
    client: Client
    process_id: str
    playlist: str


@pytest.fixture(scope="module", params=VERSIONS)
def live(request: pytest.FixtureRequest) -> Iterator[Live]:
    with real_core_of(request, request.param) as core:
        client = core.client()
        process_id = new_id()
        try:
            playlist = hls_to_memfs.run(client, process_id, core.memfs_username)
            yield Live(core, client, process_id, playlist)
        finally:
            clean_process.run(client, process_id)


# --- 1. live HLS to memfs ---------------------------------------------------------------------


def test_hls_to_memfs_writes_a_live_playlist(live: Live) -> None:
    assert live.playlist == f"/{live.process_id}/index.m3u8"
    assert live.client.v3_fs_get_file("mem", live.playlist).startswith(b"#EXTM3U")
    segments = live.client.v3_fs_get_file_list("mem", glob=f"/{live.process_id}/*.ts")
    assert segments
    assert all(segment.size_bytes > 0 for segment in segments)


@pytest.mark.core_versions("vod", "v16.16.0", "v16.10.0")
def test_the_owner_check_warns_where_ffmpeg_could_not_write(real_core: RealCore) -> None:
    client = real_core.client()
    config = hls_to_memfs.hls_config("never-created", real_core.memfs_username)
    assert hls_to_memfs.owner_problems(client, config) == []
    no_owner = {key: value for key, value in config.items() if key != "owner"}
    others = [no_owner, {**config, "owner": real_core.username}, {**config, "owner": "nobody"}]
    if real_core.version != "vod":
        # No IAM: ffmpeg writes with the memfs credentials whoever owns the process.
        assert [hls_to_memfs.owner_problems(client, other) for other in others] == [[], [], []]
        return
    with pytest.warns(UserWarning, match="has no owner"):
        hls_to_memfs.warn_if_owner_cannot_write(client, no_owner)
    # The superuser of Core's config has no basic-auth password.
    assert "no basic-auth password" in hls_to_memfs.owner_problems(client, others[1])[0]
    assert "is no IAM user" in hls_to_memfs.owner_problems(client, others[2])[0]
    assert hls_to_memfs.owner_problems(client, {**config, "output": []}) == []


@pytest.mark.core_versions("vod")
def test_without_the_owner_rule_vod_runs_the_process_but_writes_nothing(
    real_core: RealCore,
) -> None:
    # What the owner check warns about: ffmpeg's uploads are refused, the process runs on.
    client = real_core.client()
    process_id = new_id()
    config = hls_to_memfs.hls_config(process_id)
    del config["owner"]
    client.v3_process_post(config)
    try:
        # Two seconds of output: ffmpeg has tried to write the first segments and the playlist.
        poll.until(
            lambda: client.v3_process_get_state(process_id).progress.frame >= 20,
            f"{process_id} to encode 2 s",
        )
        assert client.v3_process_get_state(process_id).exec == "running"
        assert client.v3_fs_get_file_list("mem", glob=f"/{process_id}/**") == []
    finally:
        clean_process.run(client, process_id)


# --- 2. waiting for running -----------------------------------------------------------------


@pytest.mark.core_versions("vod", "v16.16.0", "v16.10.0")
def test_wait_running_returns_once_the_process_runs(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = new_id()
    try:
        state = wait_running.run(client, wait_running.testsrc_config(process_id))
        assert (state.exec, state.order) == ("running", "start")
    finally:
        delete_quietly(client, process_id)


@pytest.mark.core_versions("vod")
def test_wait_running_says_why_when_the_deadline_passes(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = new_id()
    config = wait_running.testsrc_config(process_id)
    config["input"] = [{"id": "in", "address": "/no/such/file.mp4", "options": []}]
    started = time.monotonic()
    try:
        with pytest.raises(TimeoutError, match=r"exec 'failed', .*No such file or directory"):
            wait_running.run(client, config, deadline=2.0)
    finally:
        delete_quietly(client, process_id)
    assert time.monotonic() - started < 2.0 + poll.DEADLINE


# --- 3. progress and CPU --------------------------------------------------------------------


def test_progress_and_cpu_of_a_running_process(live: Live) -> None:
    usage = progress_and_cpu.run(live.client, live.process_id)
    assert usage.frame > 0 and usage.seconds > 0 and usage.speed > 0
    assert usage.fps >= 0 and usage.bitrate_kbit >= 0
    assert isinstance(usage.cpu_percent, float) and usage.cpu_percent >= 0  # 0 on an idle host
    assert usage.memory_bytes > 0

    def advanced() -> progress_and_cpu.Usage | None:
        read = progress_and_cpu.read_usage(live.client, live.process_id)
        return read if read.frame > usage.frame else None

    assert poll.until(advanced, "the progress to advance").seconds >= usage.seconds


# --- 4. following events and stopping -------------------------------------------------------


@pytest.mark.core_versions("vod")
def test_follow_and_stop_ends_on_its_condition_and_stops_the_process(
    real_core: RealCore,
) -> None:
    client = real_core.client()
    process_id = new_id()
    try:
        wait_running.run(client, wait_running.testsrc_config(process_id))
        started = time.monotonic()
        events = follow_and_stop.run(client, process_id, follow_and_stop.reached(1.0))
        assert time.monotonic() - started < 30.0
        assert {event.pid for event in events} == {process_id}
        last = events[-1]
        assert last.type == "progress" and last.progress and (last.progress.time or 0) >= 1.0
        assert client.v3_process_get_state(process_id).order == "stop"
        poll.until(
            lambda: client.v3_process_get_state(process_id).exec == "finished",
            f"{process_id} to finish",
        )

        # A stopped process sends nothing but keepalives: only the deadline ends this loop.
        started = time.monotonic()
        with pytest.raises(TimeoutError, match="within 2 s"):
            follow_and_stop.run(client, process_id, lambda event: False, deadline=2.0)
        assert 2.0 <= time.monotonic() - started < 2.0 + poll.DEADLINE
    finally:
        delete_quietly(client, process_id)


# --- 5. large files -------------------------------------------------------------------------

LARGE = 32 << 20
CHUNK = 1 << 20


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.core_versions("vod", "v16.16.0", "v16.10.0")
def test_large_files_go_up_and_down_in_constant_memory(real_core: RealCore, tmp_path: Path) -> None:
    client = real_core.client(timeout=60.0)
    local, copy = tmp_path / "large.bin", tmp_path / "copy.bin"
    with local.open("wb") as file:
        for _ in range(LARGE // CHUNK):
            file.write(os.urandom(CHUNK))
    remote = f"{new_id()}/large.bin"
    tracemalloc.start()
    try:
        size = large_files.run(client, local, remote, copy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        with suppress(NotFoundError):
            client.v3_fs_delete_file("disk", remote)
    assert size == LARGE == copy.stat().st_size
    assert large_files.sha256_of(copy) == _sha256(local)
    # What Python allocated at the most, the file passing through included: a few chunks.
    assert peak < LARGE // 4, f"peak {peak} bytes"


# --- 6. cleaning a process and its files ----------------------------------------------------


def test_clean_process_deletes_the_process_and_every_file(live: Live) -> None:
    # Last on the live process: it removes it. A file no cleanup rule covers stays after the
    # delete; the recipe's glob removes it.
    client, process_id = live.client, live.process_id
    poster = f"/{process_id}/poster.txt"
    client.v3_fs_put_file("mem", poster, b"not an output")
    assert clean_process.run(client, process_id) == [poster]
    with pytest.raises(NotFoundError):
        client.v3_process_get(process_id)
    assert client.v3_fs_get_file_list("mem", glob=f"/{process_id}/**") == []


@pytest.mark.core_versions("vod")
def test_purge_false_keeps_the_files_of_purge_rules_on_vod(real_core: RealCore) -> None:
    client = real_core.client()
    process_id = new_id()
    # `purge` is a bool: Core's "yes" would have meant false; refused before anything is sent.
    with pytest.raises(ValidationError, match="purge: expected boolean, got string"):
        client.v3_process_delete(process_id, purge="yes")  # type: ignore[arg-type]
    try:
        hls_to_memfs.run(client, process_id, real_core.memfs_username)
        client.v3_process_delete(process_id, purge=False)
        kept = sorted(
            file.name for file in client.v3_fs_get_file_list("mem", glob=f"/{process_id}/**")
        )
        assert f"/{process_id}/index.m3u8" in kept
        # The recipe deletes what Core kept.
        assert sorted(clean_process.run(client, process_id)) == kept
    finally:
        clean_process.run(client, process_id)


# --- 7. deploying and moving a process on a cluster -----------------------------------------


def test_cluster_deploy_runs_and_moves_a_process(real_cluster: RealCluster) -> None:
    client = real_cluster.client(1)
    process_id = cluster.unique("cookbook")
    seconds = 1.0 if cluster.saturated else cluster.PLACEMENT_SECONDS
    try:
        try:
            first, second = cluster_deploy.run(
                client, cluster_deploy.cluster_config(process_id), seconds
            )
        except TimeoutError as error:
            # Core places a process only where a node has CPU room (shared/core/README.md).
            if any(words in str(error) for words in cluster.NO_ROOM):
                cluster.saturated.append(str(error))
                pytest.skip(f"no node had room within {seconds:.0f} s ({error})")
            raise
        ids = cluster.node_ids(real_cluster)
        assert first in ids and second in ids and first != second
        # The node itself reports it, and the cluster's database places it there.
        assert cluster.runs_on(client, second, process_id)
        assert cluster.placed_on(client, process_id) == second
    finally:
        with suppress(NotFoundError, BadRequestError):
            client.v3_cluster_process_delete(process_id)
