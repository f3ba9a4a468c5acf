"""Processes through the cluster, on the session's real 3-node vod cluster.

Two processes serve the module. A *stored* one (not started) is in the cluster database at once,
whether or not a node has room for it: every node lists, reads, commands and annotates it. A
*deployed* one must be placed and run on a node, which Core does only where the host has CPU
room (shared/core/README.md): those tests wait for that and skip, with Core's words, where the
host stays saturated.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator
from typing import Any

import pytest

from core_client import Client
from core_client.exceptions import BadRequestError, NotFoundError, ServerError
from core_client.models import Process
from tests.real.cluster import (
    last_logline,
    node_ids,
    placed_on,
    poll,
    poll_placement,
    process_config,
    runs_on,
    unique,
)
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCluster, real_cluster_of


@pytest.fixture(scope="module")
def cluster(request: pytest.FixtureRequest) -> Iterator[RealCluster]:
    with real_cluster_of(request) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def stored(cluster: RealCluster) -> Iterator[str]:
    """The id of a process added (not started) through node 1."""
    process_id = unique("stored")
    client = cluster.client(0)
    answered = client.v3_cluster_process_post(process_config(process_id, autostart=False))
    try:
        assert_fields_known(answered)
        assert (answered.id, answered.limits.cpu_usage if answered.limits else None) == (
            process_id,
            0.01,
        )
        yield process_id
    finally:
        client.v3_cluster_process_delete(process_id)


@pytest.fixture(scope="module")
def deployed(cluster: RealCluster) -> Iterator[str]:
    """The id of a process added through node 2 that runs on some node."""
    process_id = unique("deployed")
    client = cluster.client(1)
    client.v3_cluster_process_post(process_config(process_id))
    try:

        def running_node() -> str | None:
            node = placed_on(client, process_id)
            return node if node and runs_on(client, node, process_id) else None

        what = f"{process_id} runs on a node"
        poll_placement(running_node, what, last_logline(client, process_id))
        yield process_id
    finally:
        client.v3_cluster_process_delete(process_id)


def _gone(client: Client, process_id: str) -> bool:
    try:
        client.v3_cluster_process_get(process_id)
    except NotFoundError:
        return True
    return False


def _listing(client: Client, process_id: str) -> list[Process] | None:
    listed = client.v3_cluster_process_get_list(id=process_id)
    return listed if [process.id for process in listed] == [process_id] else None


def _ordered(client: Client, process_id: str, order: str) -> bool:
    return client.v3_cluster_process_get_state(process_id).order == order


# --- the stored process -------------------------------------------------------------------------


def test_every_node_lists_and_reads_a_stored_process(
    real_cluster: RealCluster, stored: str
) -> None:
    for index in range(len(real_cluster.nodes)):
        reader = real_cluster.client(index)
        # A node lists it once raft has applied the add there.
        listed = poll(
            functools.partial(_listing, reader, stored), f"node {index + 1} lists {stored}"
        )
        assert_fields_known(listed)
        one = reader.v3_cluster_process_get(stored)
        assert_fields_known(one)
        assert one.config and one.config.limits and one.config.limits.memory_mbytes == 20

    client = real_cluster.client(2)
    config = client.v3_cluster_process_get_config(stored)
    assert_fields_known(config)
    assert [entry.address for entry in config.input or []] == ["testsrc=size=32x32:rate=1"]
    state = client.v3_cluster_process_get_state(stored)
    assert_fields_known(state)
    assert state.order == "stop"

    in_database = client.v3_cluster_db_get_process_list()
    assert_fields_known(in_database)
    assert stored in [process.id for process in in_database]
    one_stored = client.v3_cluster_db_get_process(stored)
    assert_fields_known(one_stored)
    assert one_stored.config and one_stored.config.reference == "core-client-tests"

    # Where each process is (or is being) put: views that hold only what is pending.
    mapped = client.v3_cluster_db_get_process_map()
    assert_fields_known(mapped)
    deployments = client.v3_cluster_get_deployments()
    assert_fields_known(deployments)
    for node in node_ids(real_cluster):
        on_node = client.v3_cluster_node_get_process_list(node)
        assert_fields_known(on_node)
        assert {process.core_id for process in on_node} <= {node}


def test_the_report_of_a_stored_process(real_cluster: RealCluster, stored: str) -> None:
    # A process report, not the ProcessState the spec names (SPEC_DIFFS 38).
    client = real_cluster.client(1)
    report = client.v3_cluster_process_get_report(stored)
    assert_fields_known(report)
    assert report.created_at == client.v3_cluster_process_get(stored).created_at


def test_a_stored_process_is_probed_on_its_node_if_it_has_one(
    real_cluster: RealCluster, stored: str
) -> None:
    client = real_cluster.client(0)
    node = placed_on(client, stored)
    probe = client.v3_cluster_process_get_probe(stored)
    assert_fields_known(probe)
    if node is None:
        # Not placed (no node had room): Core answers a probe without streams and says why.
        assert not probe.streams
        assert any("can't be found" in line for line in probe.log or [])
    else:
        assert [(s.type, s.width) for s in probe.streams or []] == [("video", 32)]


def test_metadata_written_through_one_node_reads_back_on_every_node(
    real_cluster: RealCluster, stored: str
) -> None:
    key, value = unique("key"), {"list": [1, "two", None], "nested": {"yes": True}}
    assert real_cluster.client(0).v3_cluster_process_put_metadata(stored, key, value) == value
    for index in range(len(real_cluster.nodes)):
        reader = real_cluster.client(index)
        # 404 until raft has applied the write (SPEC_DIFFS 42).
        read = poll(
            functools.partial(reader.v3_cluster_process_get_metadata, stored, key),
            f"metadata {key} on node {index + 1}",
            ignore=(NotFoundError,),
        )
        assert read == value


def test_commands_change_the_order_every_node_sees(real_cluster: RealCluster, stored: str) -> None:
    client = real_cluster.client(1)
    try:
        assert client.v3_cluster_process_put_command(stored, "start") == "OK"
        for index in range(len(real_cluster.nodes)):
            poll(
                functools.partial(_ordered, real_cluster.client(index), stored, "start"),
                f"node {index + 1} sees the order start",
            )
    finally:
        assert client.v3_cluster_process_put_command(stored, {"command": "stop"}) == "OK"
    poll(functools.partial(_ordered, client, stored, "stop"), "the order is stop again")


def test_a_reallocation_is_recorded_for_its_target(real_cluster: RealCluster, stored: str) -> None:
    client = real_cluster.client(0)
    # Stopped processes are placed too where a node has room: move it away from its node.
    current = placed_on(client, stored)
    target = next(node for node in node_ids(real_cluster) if node != current)
    # An array of reallocations (SPEC_DIFFS 40).
    order = [{"target_node_id": target, "process_ids": [{"id": stored, "domain": ""}]}]
    assert client.v3_cluster_put_reallocation(order) == "OK"

    def pending_or_done() -> bool:
        mapping = client.v3_cluster_db_get_reallocate_map()
        assert_fields_known(mapping)
        pending = mapping.get(f"{stored}@") == target
        return pending or placed_on(client, stored) == target

    # Pending until the leader's next sync (every 5 s) carries it out, where the target has room.
    poll(pending_or_done, f"the reallocation of {stored} to {target} is pending or done")


def test_a_process_is_added_replaced_and_deleted_through_the_cluster(
    real_cluster: RealCluster,
) -> None:
    process_id = unique("crud")
    client = real_cluster.client(2)
    config = process_config(process_id, autostart=False)
    client.v3_cluster_process_post(config)
    try:
        # A duplicate id is 400 on a cluster (one server: 409).
        with pytest.raises(BadRequestError):
            real_cluster.client(0).v3_cluster_process_post(config)
        replaced = client.v3_cluster_process_put(
            process_id, process_config(process_id, autostart=False, reference="replaced")
        )
        assert_fields_known(replaced)
        assert replaced.reference == "replaced"
        poll(
            lambda: (
                real_cluster.client(1).v3_cluster_process_get_config(process_id).reference
                == "replaced"
            ),
            "every node reads the replaced config",
        )
    finally:
        assert client.v3_cluster_process_delete(process_id) == "OK"
    assert _gone(real_cluster.client(0), process_id)
    with pytest.raises(BadRequestError):
        client.v3_cluster_process_delete(process_id)


def test_log_events_of_the_cluster_come_from_its_nodes(real_cluster: RealCluster) -> None:
    # As server-sent events Core sends only empty events; newline-delimited JSON has the real
    # ones (SPEC_DIFFS 43).
    ids = node_ids(real_cluster)

    async def first_event() -> Any:
        client = real_cluster.async_client(2)
        async with client, client.v3_cluster_post_events(sse=False, reconnect=False) as events:
            async for event in events:
                return event
        return None

    event = asyncio.run(first_event())
    assert event is not None
    # `data` holds the log entry's own fields, which differ per event: a dict.
    assert_fields_known(event)
    assert event.core_id in ids and event.ts > 0


# --- the deployed process -----------------------------------------------------------------------


def test_a_deployed_process_runs_on_a_node_that_reports_it(
    real_cluster: RealCluster, deployed: str
) -> None:
    client = real_cluster.client(0)
    node = placed_on(client, deployed)
    assert node in node_ids(real_cluster)
    on_its_node = client.v3_cluster_node_get_process_list(node, id_query=deployed)
    assert_fields_known(on_its_node)
    assert [(process.id, process.core_id) for process in on_its_node] == [(deployed, node)]
    probe = client.v3_cluster_process_get_probe(deployed)
    assert_fields_known(probe)
    assert [(s.type, s.width, s.height) for s in probe.streams or []] == [("video", 32, 32)]


def test_process_events_of_the_cluster_carry_the_process(
    real_cluster: RealCluster, deployed: str
) -> None:
    client = real_cluster.client(2)
    with client.v3_cluster_post_events_process(reconnect=False, idle_timeout=30) as events:
        # A running process's node reports its progress and log lines.
        for event in events:
            if event.pid == deployed:
                assert_fields_known(event)
                assert event.core_id in node_ids(real_cluster)
                break
        else:
            pytest.fail(f"the event stream ended without an event of {deployed}")


def test_a_reallocation_moves_the_deployed_process(
    real_cluster: RealCluster, deployed: str
) -> None:
    client = real_cluster.client(0)
    current = poll(lambda: placed_on(client, deployed), f"{deployed} is placed")
    target = next(node for node in node_ids(real_cluster) if node != current)
    order = [{"target_node_id": target, "process_ids": [{"id": deployed, "domain": ""}]}]
    assert client.v3_cluster_put_reallocation(order) == "OK"
    poll_placement(
        lambda: placed_on(client, deployed) == target,
        f"{deployed} moves to {target}",
        last_logline(client, deployed),
    )


def test_a_config_is_probed_on_a_node_with_room(real_cluster: RealCluster) -> None:
    # Needs a node with room like a deployment (500 otherwise).
    client = real_cluster.client(1)
    config = process_config(unique("probe"))
    probe = poll_placement(
        lambda: client.v3_cluster_process_post_probe(config),
        "a node probes the config",
        ignore=(ServerError,),
    )
    assert_fields_known(probe)
    assert [(s.codec, s.width) for s in probe.streams or []] == [("rawvideo", 32)]
