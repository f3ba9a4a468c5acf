"""What only real servers show (openapi/SPEC_DIFFS.md), handled where it belongs, checked there."""

from __future__ import annotations

import io
import json
import logging
import time
import uuid
from pathlib import Path

import pytest

import scripts.spec
from core_client import BadRequestError, ForbiddenError, NotFoundError
from core_client.models import ProcessReport
from scripts.spec import pull
from tests.real.fields import assert_fields_known
from tests.support.real_servers import RealCluster, RealCore

TARGET = b"the link's target\n"
# How long a cluster takes to place and start a process (README of shared/core: 2-7 s).
CLUSTER_DEADLINE = 60.0


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.mark.core_versions("v16.10.0")
def test_a_memfs_symlink_reads_as_its_target(real_core: RealCore) -> None:
    client = real_core.client()
    folder = unique("links")
    client.v3_fs_put_file("mem", f"{folder}/target.txt", TARGET)
    # PATCH creates a link on v16.10.0 only (memfs-3-patch): no method of the vod-built client.
    client._request("PATCH", f"/api/v3/fs/mem/{folder}/link.txt", content=f"/{folder}/target.txt")
    try:
        for accept in ("gzip", "identity"):  # 200 + Location with gzip, else 301
            reader = real_core.client(headers={"Accept-Encoding": accept})
            assert reader.v3_fs_get_file("mem", f"{folder}/link.txt") == TARGET
            written = io.BytesIO()
            reader.v3_fs_download_file("mem", f"{folder}/link.txt", written)
            assert written.getvalue() == TARGET
            with reader.v3_fs_get_file_stream("mem", f"{folder}/link.txt") as chunks:
                assert b"".join(chunks) == TARGET
    finally:
        # SPEC_DIFFS 34: deleting a link breaks one later memfs write; the link stays.
        client.v3_fs_delete_file("mem", f"{folder}/target.txt")


@pytest.mark.core_versions("v16.10.0", "v16.16.0", "vod")
def test_exists_answers_on_every_server(real_core: RealCore) -> None:
    client = real_core.client()
    name = f"{unique('exists')}.txt"
    client.v3_fs_put_file("mem", name, b"x")
    try:
        assert client.v3_fs_get_file_exists("mem", name) is True
    finally:
        client.v3_fs_delete_file("mem", name)
    assert client.v3_fs_get_file_exists("mem", name) is False


@pytest.mark.core_versions("v16.10.0", "v16.16.0")
def test_an_event_stream_the_server_lacks_says_so(real_core: RealCore) -> None:
    client = real_core.client()
    with (
        pytest.raises(NotFoundError, match="older Core without `v3_events_post_media`"),
        client.v3_events_post_media("mem", reconnect=False) as events,
    ):
        next(iter(events))


@pytest.mark.core_versions("vod")
def test_metrics_are_read_with_http_basic_of_an_iam_user(real_core: RealCore) -> None:
    client = real_core.client()
    name, password = unique("scraper"), uuid.uuid4().hex
    policy = {"domain": "$none", "resource": "/metrics", "types": ["fs"], "actions": ["get"]}
    user = {"name": name, "auth": {"services": {"basic": [password]}}, "policies": [policy]}
    client.v3_iam_post_user(user)
    try:
        assert "# TYPE" in client.metrics_get(basic_auth=(name, password))
        # The memfs user has no /metrics policy: refused, so the credentials were sent.
        with pytest.raises(ForbiddenError):
            client.metrics_get(basic_auth=(real_core.memfs_username, real_core.memfs_password))
    finally:
        client.v3_iam_delete_user(name)


@pytest.mark.core_versions("vod", "v16.16.0")
def test_make_spec_pulls_from_a_server_that_wants_a_login(
    real_core: RealCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CORE_USERNAME", real_core.username)
    monkeypatch.setenv("CORE_PASSWORD", real_core.password)
    monkeypatch.setattr(scripts.spec, "swagger_file", lambda version: tmp_path / "swagger.json")

    spec = json.loads(pull("vod", core_url=real_core.url).read_text())

    assert spec["swagger"] == "2.0"
    assert "/api/v3/process" in spec["paths"]


def _placed_report(cluster: RealCluster, process_id: str) -> ProcessReport:
    """The report of a process once the cluster has placed it on a node (asynchronous)."""
    client = cluster.client()
    deadline = time.monotonic() + CLUSTER_DEADLINE
    while True:
        try:
            return client.v3_cluster_process_get_report(process_id)
        except NotFoundError:
            assert time.monotonic() < deadline, f"{process_id} was not placed on a node"
            time.sleep(0.5)


def test_cluster_routes_the_spec_gets_wrong(real_cluster: RealCluster) -> None:
    client = real_cluster.client()
    process_id = unique("quirks")
    config = {
        "id": process_id,
        "owner": "memfs",
        "input": [{"id": "in", "address": "testsrc=rate=5", "options": ["-f", "lavfi", "-re"]}],
        "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
        "autostart": False,
    }
    with pytest.raises(BadRequestError, match="limits"):
        client.v3_cluster_process_post(config)
    client.v3_cluster_process_post({**config, "limits": {"cpu_usage": 5, "memory_mbytes": 50}})
    try:
        report = _placed_report(real_cluster, process_id)
        assert isinstance(report, ProcessReport)
        assert isinstance(report.created_at, int)  # Unset when parsed as ProcessState
        assert_fields_known(report)
        assert client.v3_cluster_iam_get_reload() == "OK"
        nodes = client.v3_cluster_node_get_list()
        target = {"target_node_id": nodes[-1].id, "process_ids": [{"id": process_id}]}
        assert client.v3_cluster_put_reallocation([target]) == "OK"
    finally:
        client.v3_cluster_process_delete(process_id)


def test_cluster_node_addresses_stay_out_of_the_log(
    real_cluster: RealCluster, caplog: pytest.LogCaptureFixture
) -> None:
    node = real_cluster.nodes[0]
    with caplog.at_level(logging.DEBUG, logger="core_client"):
        about = real_cluster.client().v3_cluster_get_list()
    assert f":{node.password}@" in json.dumps(about.to_dict())  # the server does send it
    logged = caplog.text + json.dumps([record.__dict__ for record in caplog.records], default=str)
    assert node.password not in logged
