"""The harness gives each test the server it asks for, and reads servers started elsewhere."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support import real_coverage, real_servers
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


def test_requests_are_credited_to_their_route_not_to_a_catch_all_file_route() -> None:
    # v16.10.0 serves its disk at `/{path}` and its memfs at `/memfs/{path}`: those match any
    # URL, so they are tried after every other route.
    def key(path: str) -> str | None:
        operation = real_coverage.operation_of("v16.10.0", "GET", path)
        return operation.key if operation else None

    assert key("/api/v3/process/p1/metadata/k") == "GET /api/v3/process/{id}/metadata/{key}"
    assert key("/api/v3/fs/mem/a/b.txt") == "GET /api/v3/fs/mem/{path}"
    assert key("/memfs/a/b.txt") == "GET /memfs/{path}"
    assert key("/a/b.txt") == "GET /{path}"


def test_an_exec_the_system_refuses_for_a_moment_is_tried_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refusals = [OSError(errno.EFAULT, "Bad address")]
    run = subprocess.run

    def refused_once(command: list[str], **options: Any) -> Any:
        if refusals:
            raise refusals.pop()
        return run(command, **options)

    monkeypatch.setattr(subprocess, "run", refused_once)
    assert real_servers._run_kit(["true"]).returncode == 0
    assert refusals == []

    attempts: list[str] = []

    def missing(command: list[str], **options: Any) -> Any:
        attempts.append(command[0])
        raise FileNotFoundError(errno.ENOENT, "No such file", command[0])

    monkeypatch.setattr(subprocess, "run", missing)
    with pytest.raises(FileNotFoundError):
        real_servers._run_kit(["/no/such/kit/start"])
    assert attempts == ["/no/such/kit/start"]  # not a moment's refusal: raised at once
