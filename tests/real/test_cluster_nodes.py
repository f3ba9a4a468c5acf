"""The cluster as a whole and its nodes, on the session's real 3-node vod cluster: what each node
reports about the cluster, node state, leadership, the raft snapshot and the node calls."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from core_client.cluster_node import ClusterNodeAuth
from core_client.exceptions import NotFoundError
from tests.real.cluster import leader, node_ids, poll
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCluster


def test_every_node_reports_the_same_healthy_cluster(real_cluster: RealCluster) -> None:
    ids = node_ids(real_cluster)
    for node, own_id in enumerate(ids):
        client = real_cluster.client(node)
        about = client.v3_cluster_get_list()
        assert_fields_known(about)
        assert sorted(str(member.id) for member in about.nodes or []) == sorted(ids)
        assert client.v3_cluster_get_healthy() is True

        listed = client.v3_cluster_node_get_list()
        assert_fields_known(listed)
        assert sorted(str(member.id) for member in listed) == sorted(ids)
        assert {member.status for member in listed} == {"online"}

        one = client.v3_cluster_get_node(own_id)
        assert_fields_known(one)
        assert (one.id, one.core.version if one.core else None) == (own_id, "16.20.0")

        version = client.v3_cluster_node_get_version(own_id)
        assert_fields_known(version)
        assert version.number == "16.20.0"


def test_a_node_in_maintenance_is_stored_and_shown_until_it_is_online_again(
    real_cluster: RealCluster,
) -> None:
    ids = node_ids(real_cluster)
    client, other = real_cluster.client(0), ids[-1]
    assert_fields_known(client.v3_cluster_node_get_state(other))
    try:
        assert client.v3_cluster_node_put_state(other, {"state": "maintenance"}) == "OK"
        poll(
            lambda: client.v3_cluster_node_get_state(other).state == "maintenance",
            "the node state reads maintenance",
        )
        # Only nodes with a state other than the default are in the cluster database.
        stored = client.v3_cluster_db_get_node_list()
        assert_fields_known(stored)
        assert [(node.id, node.state) for node in stored] == [(other, "maintenance")]
        other_view = real_cluster.client(1)
        poll(
            lambda: other_view.v3_cluster_get_node(other).status == "maintenance",
            "another node shows the node in maintenance",
        )
    finally:
        client.v3_cluster_node_put_state(other, {"state": "online"})
    poll(lambda: client.v3_cluster_node_get_state(other).state == "online", "the node is online")
    poll(lambda: client.v3_cluster_db_get_node_list() == [], "the stored node state is gone")


def test_leadership_moves_to_the_node_it_is_transferred_to(real_cluster: RealCluster) -> None:
    ids = node_ids(real_cluster)
    first = leader(real_cluster, ids)
    target = (first + 1) % len(ids)
    assert real_cluster.client(first).v3_cluster_put_transfer(ids[target]) == "OK"
    assert leader(real_cluster, ids) == target
    about = real_cluster.client(target).v3_cluster_get_list()
    assert about.raft and about.raft.state == "Leader"


def test_the_leader_sends_a_raft_snapshot_of_the_cluster_database(
    real_cluster: RealCluster,
) -> None:
    ids = node_ids(real_cluster)
    # Only the leader serves it; a follower answers 500 (SPEC_DIFFS 44).
    snapshot = real_cluster.client(leader(real_cluster, ids)).v3_cluster_get_snapshot()
    assert isinstance(snapshot, bytes)
    # A JSON header line (raft metadata), then the database.
    header = json.JSONDecoder().raw_decode(snapshot.decode())[0]
    assert sorted(header) == ["Data", "Metadata"]
    assert header["Metadata"]["Index"] > 0


def test_the_read_only_views_of_the_cluster_database(real_cluster: RealCluster) -> None:
    client = real_cluster.client(1)
    # No public API writes key-values or locks (only Core's internal API): both are empty views.
    kvs = client.v3_cluster_db_get_kv()
    assert_fields_known(kvs)
    assert kvs == {}
    locks = client.v3_cluster_db_get_lock_list()
    assert_fields_known(locks)
    assert locks == []
    deployments = client.v3_cluster_get_deployments()
    assert_fields_known(deployments)
    assert isinstance(deployments.process, list)


def test_a_node_that_is_not_a_member_cannot_leave(real_cluster: RealCluster) -> None:
    # A member that leaves does not come back into the session's cluster: ask for a stranger,
    # which Core refuses with its reason, so that the call itself is exercised.
    with pytest.raises(NotFoundError, match="node not found"):
        real_cluster.client(0).v3_cluster_put_leave({"id": "core-client-no-such-node"})


def test_the_experimental_node_calls_say_this_core_has_no_such_route(
    real_cluster: RealCluster,
) -> None:
    client = real_cluster.client(0)
    node = ClusterNodeAuth("http://127.0.0.1:9", "admin", "secret")
    calls: dict[str, Callable[[], object]] = {
        "v3_cluster_post_node": lambda: client.v3_cluster_post_node(node),
        "v3_cluster_put_node": lambda: client.v3_cluster_put_node("node1", node),
        "v3_cluster_delete_node": lambda: client.v3_cluster_delete_node("core-client-stranger"),
        "v3_cluster_get_node_proxy": lambda: client.v3_cluster_get_node_proxy("node1"),
    }
    for name, call in calls.items():
        with pytest.raises(NotFoundError) as raised:
            call()
        assert f"`{name}`" in str(raised.value)
        assert "secret" not in str(raised.value)
