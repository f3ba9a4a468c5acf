"""A node leaving a cluster, on a 2-node vod cluster of the test's own: the node that leaves
exits, so the session's shared cluster is no place for it."""

from __future__ import annotations

import pytest

from tests.real.cluster import leader, node_ids, poll
from tests.support.real_servers import own_cluster


def test_a_node_that_leaves_is_no_member_any_more(request: pytest.FixtureRequest) -> None:
    with own_cluster(request, 2) as cluster:
        ids = node_ids(cluster)
        first = leader(cluster, ids)
        stays, leaves = ids[first], ids[1 - first]
        assert cluster.client(first).v3_cluster_put_leave({"id": leaves}) == "OK"

        def members() -> list[str] | None:
            about = cluster.client(first).v3_cluster_get_list()
            found = sorted(str(node.id) for node in about.nodes or [])
            return found if found == [stays] else None

        assert poll(members, f"{leaves} has left") == [stays]
