"""What the cluster tests share: waiting for raft with a deadline, a process config the cluster
accepts, and which node is which.

Every cluster write is applied asynchronously through raft (shared/core/README.md, "vod
cluster"), so a read after a write polls until it shows the write or a deadline passes.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from core_client import Client
from core_client.exceptions import CoreError
from tests.support.real_servers import RealCluster

T = TypeVar("T")

# Raft applies a write on every node within about a second; placement follows the leader's
# 5 s sync interval.
RAFT_SECONDS = 20.0
# A process is placed only on a node whose host CPU use plus the process's limit stays below
# the node's limit (and that is not throttling): on a busy shared host that waits for a dip.
PLACEMENT_SECONDS = 60.0
# How Core says that no node has room (placement, relocation, probe, a node's own start check).
NO_ROOM = ("enough resources", "CPU limit would be exceeded")
# Core's words when a wait for room ran out in this session: later waits try once only.
saturated: list[str] = []
POLL_SECONDS = 0.25


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def poll(
    check: Callable[[], T | None],
    what: str,
    seconds: float = RAFT_SECONDS,
    ignore: tuple[type[CoreError], ...] = (),
) -> T:
    """The first value of `check()` that is not None or False; errors of `ignore` count as not
    yet (a key raft has not applied reads 404). Fails naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    last: object = None
    while True:
        try:
            value = check()
        except ignore as error:
            value, last = None, error
        if value is not None and value is not False:
            return value
        if value is not None:
            last = value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {seconds:.0f} s (last: {last!r})")
        time.sleep(POLL_SECONDS)


def poll_placement(
    check: Callable[[], T | None],
    what: str,
    reason: Callable[[], str] = str,
    ignore: tuple[type[CoreError], ...] = (),
) -> T:
    """`poll` for what needs a node with room. Where the host's CPU stays saturated for the
    whole wait (Core's placement rule, not a fault of the client), skips with Core's words,
    from the last error or from `reason()` (e.g. a process state's last log line). Once a wait
    ran out, later ones try once (the call is still made and its answer checked)."""
    seconds = 0.0 if saturated else PLACEMENT_SECONDS
    try:
        return poll(check, what, seconds, ignore)
    except AssertionError as failed:
        said = f"{failed} {reason()}"
        if any(words in said for words in NO_ROOM):
            saturated.append(said)
            pytest.skip(f"{what}: no node had room within {seconds:.0f} s ({said})")
        raise


def last_logline(client: Client, process_id: str) -> Callable[[], str]:
    """What the cluster last said about a process (where placement errors show)."""
    return lambda: client.v3_cluster_process_get_state(process_id).last_logline or ""


def process_config(process_id: str, **changes: Any) -> dict[str, Any]:
    """A tiny ffmpeg process (a 32x32 test picture at 1 fps into the null muxer) with the
    limits a cluster requires (SPEC_DIFFS 42); its CPU limit is tiny so that it fits on a
    busy host."""
    config: dict[str, Any] = {
        "id": process_id,
        "reference": "core-client-tests",
        "input": [
            {"id": "in", "address": "testsrc=size=32x32:rate=1", "options": ["-f", "lavfi", "-re"]}
        ],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "options": ["-loglevel", "info"],
        "limits": {"cpu_usage": 0.01, "memory_mbytes": 20},
        "autostart": True,
    }
    config.update(changes)
    return config


def node_ids(cluster: RealCluster) -> list[str]:
    """Each node's cluster id (`CORE_ID`), in the order of `cluster.nodes`."""
    ids = []
    for node in range(len(cluster.nodes)):
        about = cluster.client(node).about()
        assert isinstance(about.id, str) and about.id
        ids.append(about.id)
    return ids


def leader(cluster: RealCluster, ids: list[str]) -> int:
    """The index of the node that is the leader, once every node names the same one."""

    def agreed() -> str | None:
        named = set()
        for node in range(len(cluster.nodes)):
            current = cluster.client(node).v3_cluster_get_list().leader
            named.add(current.id if current and isinstance(current.id, str) else None)
        return named.pop() if len(named) == 1 and None not in named else None

    return ids.index(poll(agreed, "every node names one leader"))


def placed_on(client: Client, process_id: str) -> str | None:
    """The node the cluster database places the process on (its process map), if any."""
    mapping = client.v3_cluster_db_get_process_map()
    node = mapping.get(f"{process_id}@")
    return node if isinstance(node, str) else None


def runs_on(client: Client, node_id: str, process_id: str) -> bool:
    """Whether the node itself (not the cluster's view) reports the process as running."""
    for process in client.v3_cluster_node_get_process_list(node_id, id_query=process_id):
        if process.id == process_id and process.state and process.state.exec == "running":
            return True
    return False
