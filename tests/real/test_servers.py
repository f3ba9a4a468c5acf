"""The harness gives each test the server it asks for, and reads servers started elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import real_servers
from tests.support.real_servers import RealCluster, RealCore

REPORTED_VERSION = {"vod": "16.20.0", "v16.16.0": "16.16.0", "v16.10.0": "16.10.0"}


def test_each_server_is_the_version_it_is_named(real_core: RealCore) -> None:
    about = real_core.client().about().to_dict()
    assert about["version"]["number"] == REPORTED_VERSION[real_core.version]


def test_the_cluster_has_three_nodes_that_agree_on_their_leader(real_cluster: RealCluster) -> None:
    leaders = set()
    for node in range(len(real_cluster.nodes)):
        about = real_cluster.client(node).v3_cluster_get_list().to_dict()
        assert len(about["nodes"]) == 3
        leaders.add(about["leader"]["id"])
    assert len(leaders) == 1


def test_start_env_files_are_read_with_shell_quoting(tmp_path: Path) -> None:
    env = tmp_path / "env"
    env.write_text("CORE_URL=http://127.0.0.1:1\nCORE_PASSWORD='p$ss word'\nCORE_NODES=1\n")
    assert real_servers.read_env_file(env) == {
        "CORE_URL": "http://127.0.0.1:1",
        "CORE_PASSWORD": "p$ss word",
        "CORE_NODES": "1",
    }


def test_servers_started_elsewhere_are_taken_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CORE_V16_16_0_URL", "http://127.0.0.1:18081")
    monkeypatch.setenv("CORE_V16_16_0_PASSWORD", "secret")
    monkeypatch.setenv("CORE_CLUSTER_URLS", "http://127.0.0.1:1, http://127.0.0.1:2")
    (server,) = real_servers.given("v16.16.0") or []
    assert (server.version, server.url, server.username, server.password) == (
        "v16.16.0",
        "http://127.0.0.1:18081",
        "admin",
        "secret",
    )
    cluster = real_servers.given("cluster") or []
    assert [node.url for node in cluster] == ["http://127.0.0.1:1", "http://127.0.0.1:2"]
    assert {node.version for node in cluster} == {"vod"}
