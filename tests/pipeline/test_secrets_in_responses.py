"""Cluster answers carry the admin password in node addresses (SPEC_DIFFS 45): the library never
writes a response body to its log or into an exception message, so the password stays out."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from core_client import Client, ResponseValidationError

PASSWORD = "pw-in-node-address"
NODE: dict[str, Any] = {
    "id": "node2",
    "name": "node2",
    "status": "online",
    "address": "127.0.0.1:31119",
    "core": {"address": f"http://admin:{PASSWORD}@127.0.0.1:25410/", "status": "online"},
}


def cluster(node: dict[str, Any]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        body = [node] if request.url.path.endswith("/node") else node
        return httpx.Response(200, json=body)

    return httpx.MockTransport(answer)


def test_node_addresses_reach_the_caller_but_not_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with (
        Client("http://core", access_token="tok", transport=cluster(NODE)) as client,
        caplog.at_level(logging.DEBUG, logger="core_client"),
    ):
        node = client.v3_cluster_get_node("node2")
        nodes = client.v3_cluster_node_get_list()

    assert node.to_dict()["core"]["address"] == NODE["core"]["address"]
    assert len(nodes) == 1
    logged = caplog.text + json.dumps([record.__dict__ for record in caplog.records], default=str)
    assert "GET /api/v3/cluster/node/node2 -> 200" in logged
    assert PASSWORD not in logged


def test_a_node_answer_that_does_not_fit_keeps_the_password_out_of_the_message() -> None:
    broken = {**NODE, "uptime_seconds": "a while"}
    with (
        Client("http://core", access_token="tok", transport=cluster(broken)) as client,
        pytest.raises(ResponseValidationError) as failed,
    ):
        client.v3_cluster_get_node("node2")

    assert failed.value.path == "response.uptime_seconds"
    assert PASSWORD not in str(failed.value)
    assert PASSWORD not in repr(failed.value)
