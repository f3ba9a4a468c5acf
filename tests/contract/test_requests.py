"""What the client sends matches Core's spec: realistic calls, each checked by Prism.

Every body-taking operation is called with the body a real Core accepted (recorded in
../shared/fixtures) or, for the cluster API that was never recorded, a value in the same style;
query values and path ids carry the characters that break naive encoding. Prism answers any
request that breaks the spec with a 4xx and its findings, so a call passes only if its request
was accepted and the client parsed the response Prism built from the spec.

Not covered here, on purpose: file paths with `/` (the spec's `{filepath}` is one segment, Core's
route a wildcard, so Prism cannot route them) and the event streams (the overlay drops them
from the spec, streaming.py implements them by hand).
"""

from __future__ import annotations

import json
from contextlib import suppress
from typing import Any

import httpx
import pytest

from core_client import AsyncClient, Client
from core_client.exceptions import CoreError
from core_client.models import IAMUser, MetricsQuery, ProcessConfig, SetConfig
from tests.support.prism import TOKEN, Call, assert_accepted, prism_verdict, request_violations
from tests.support.shared import FIXTURES, needs
from tests.support.spec_routes import route_of, spec_routes

RECORDED = FIXTURES / "vod"
needs(RECORDED, "recorded real requests, the bodies these checks send")


def recorded(name: str, part: str = "request") -> Any:
    """The JSON body of a request (or response) of an exchange with a real Core (vod)."""
    exchange = json.loads((RECORDED / f"{name}.json").read_text())
    return exchange[part]["body"]


# `&` `#` `?` `=` would end or split a query, `+` and space swap in form encoding, `%` is decoded
# twice by Core, `/` would leave its path segment.
ODD_QUERY = "fx-* &a=1#frag?+x %41"
ODD_ID = "cam 1/live+hd"
ODD_KEY = "notes/2026 +draft"
ODD_INPUT = "in put#1"
ODD_NODE = "node 2+b"
ODD_USER = "fx user+1"
# One path segment (see the module docstring), with the characters that need encoding there.
ODD_FILE = "data 1+2 %.json"

PROCESS = recorded("018-process-3-add-fx-live")
UPDATED_PROCESS = recorded("044-process-3-update")
USER = recorded("055-iam-3-add-user")
POLICIES = recorded("060-iam-3-update-user-policies")
METRICS = recorded("105-metrics-3-metrics")
# A config as Core reports it: what a user changes and puts back.
CONFIG = recorded("099-config-3-get", "response")["config"]
UNIX_TIME = 1795688496

# Prism validates its own answer to HEAD, which has no body, against the declared file body and
# sends 500 instead; its findings then concern the response only.
HEAD_ANSWER = "Prism's answer to HEAD fails its own response check"


def call(method: str, /, **args: Any) -> Call:
    return Call(method, args)


CALLS = [
    # process API: the bodies a real Core took, the ids and queries that need encoding
    call("v3_process_post", config=PROCESS),
    call("v3_process_put", id=ODD_ID, config=UPDATED_PROCESS),
    call("v3_process_put", id=ODD_ID, config=ProcessConfig.from_dict(UPDATED_PROCESS)),
    call("v3_process_post_validate", config=recorded("047-process-3-validate-config")),
    call("v3_process_post_probe", config=recorded("049-process-3-probe-config")),
    call("v3_process_put_command", id=ODD_ID, command="start"),
    call("v3_process_put_command", id="fx-null", command=recorded("024-process-3-command-start")),
    call(
        "v3_process_put_metadata",
        id=ODD_ID,
        key=ODD_KEY,
        data=recorded("036-process-3-set-process-metadata"),
    ),
    call("v3_process_get_metadata", id=ODD_ID, key=ODD_KEY),
    call(
        "v3_process_put_report",
        id=ODD_ID,
        report=recorded("129-process-3-get-report-with-history", "response"),
    ),
    call(
        "v3_process_get_list",
        filter="config,state",
        reference=ODD_QUERY,
        id="fx-live,ceo+x",
        idpattern=ODD_QUERY,
        refpattern="ref %25*",
        ownerpattern="o&w",
        domainpattern="#d",
    ),
    call("v3_process_get", id=ODD_ID, filter="state,report", domain="$none"),
    call("v3_process_get_config", id=ODD_ID),
    call("v3_process_get_state", id=ODD_ID),
    call("v3_process_get_report_list", id=ODD_ID, created_at=UNIX_TIME, exited_at=UNIX_TIME + 4),
    call("v3_process_get_probe", id=ODD_ID),
    call("v3_process_delete", id=ODD_ID, purge=False),
    call(
        "v3_process_get_report",
        idpattern=ODD_QUERY,
        refpattern="fixtures*",
        state="finished",
        fromdate=UNIX_TIME - 600,
        todate=UNIX_TIME,
    ),
    call("v3_widget_get_process", id=ODD_ID),
    # playout of one process input
    call("v3_process_get_playout_input_status", id=ODD_ID, input_id=ODD_INPUT),
    call("v3_process_get_playout_input_reopen", id=ODD_ID, input_id=ODD_INPUT),
    call("v3_process_get_playout_input_errorframe_encode", id=ODD_ID, input_id=ODD_INPUT),
    call("v3_process_get_playout_input_keyframe", id=ODD_ID, input_id=ODD_INPUT, name="last.jpg"),
    call(
        "v3_process_put_playout_input_stream",
        id=ODD_ID,
        input_id=ODD_INPUT,
        body=b"rtmp://127.0.0.1:1935/live/next.stream?token=a&b",
    ),
    call(
        "v3_process_post_playout_input_errorframe_name",
        id=ODD_ID,
        input_id=ODD_INPUT,
        name="error frame.jpg",
        data=b"\xff\xd8\xff\xe0 a jpeg",
    ),
    # metadata, config, metrics, sessions, log, graph
    call("v3_metadata_put", key=ODD_KEY, data=recorded("039-metadata-3-set-string-value")),
    call("v3_metadata_put", key="fixture-obj", data=recorded("040-metadata-3-set")),
    call("v3_metadata_get", key=ODD_KEY),
    call("v3_config_put", config=CONFIG),
    call("v3_config_put", config=SetConfig.from_dict(CONFIG)),
    call("v3_metrics_post", config=METRICS),
    call("v3_metrics_post", config=MetricsQuery.from_dict(METRICS)),
    call(
        "v3_session_put_token",
        username="memfs",
        requests=recorded("115-session-3-create-token"),
    ),
    call("v3_session_get", collectors="hls,rtmp,srt"),
    call("v3_session_get_active", collectors="hls,rtmp"),
    call("v3_log_get", format="raw"),
    call("graph_query", query={"query": "query { ping }"}),
    # filesystem
    call("v3_fs_put", source="mem:/fixtures/data.json", target="disk:/fixtures/copied.json"),
    call(
        "v3_fs_put",
        source="mem:/a b+c.txt",
        target="disk:/moved/a b+c.txt",
        operation="move",
        bandwidth_limit_kbit=1024,
    ),
    call("v3_fs_put_file", storage="mem", path=ODD_FILE, data=b'{"a": 1}'),
    call("v3_fs_get_file", storage="mem", path=ODD_FILE),
    Call(
        "v3_fs_get_file_exists",
        {"storage": "disk", "path": ODD_FILE},
        unusable_answer=HEAD_ANSWER,
    ),
    call("v3_fs_delete_file", storage="mem", path=ODD_FILE),
    call(
        "v3_fs_get_file_list",
        storage="mem",
        glob="/fixtures/**/*.{json,txt}",
        size_min=1,
        size_max=1 << 20,
        lastmod_start=UNIX_TIME - 600,
        lastmod_end=UNIX_TIME,
        sort="lastmod",
        order="desc",
    ),
    call("v3_fs_delete_file", storage="disk", glob="/fixtures/* copy?.json", lastmod_end=UNIX_TIME),
    # IAM
    call("v3_iam_post_user", user=USER, domain="$none"),
    call("v3_iam_post_user", user=IAMUser.from_dict(USER)),
    call("v3_iam_put_user", name=ODD_USER, user=recorded("059-iam-3-update-user")),
    call("v3_iam_put_user_policy", name=ODD_USER, policies=POLICIES),
    call("v3_iam_get_user", name=ODD_USER, domain="$none"),
    call("v3_iam_delete_user", name=ODD_USER),
    call("v3_iam_get_user_list", domain="$none"),
    # cluster
    call("v3_cluster_process_post", config=PROCESS),
    call("v3_cluster_process_put", id=ODD_ID, config=UPDATED_PROCESS, domain="$none"),
    call("v3_cluster_process_post_probe", config=PROCESS, coreid=ODD_NODE),
    call("v3_cluster_process_put_command", id=ODD_ID, command="restart"),
    call("v3_cluster_process_put_metadata", id=ODD_ID, key=ODD_KEY, data={"note": "moved"}),
    call("v3_cluster_process_get_list", idpattern=ODD_QUERY, filter="config"),
    call("v3_cluster_process_get_report", id=ODD_ID, created_at=UNIX_TIME),
    call("v3_cluster_process_get", id=ODD_ID, domain="$none", filter="config"),
    call("v3_cluster_process_get_config", id=ODD_ID),
    call("v3_cluster_process_get_state", id=ODD_ID),
    call("v3_cluster_process_get_probe", id=ODD_ID),
    call("v3_cluster_process_get_metadata", id=ODD_ID, key=ODD_KEY),
    call("v3_cluster_process_delete", id=ODD_ID, domain="$none"),
    call("v3_cluster_db_get_process", id=ODD_ID, domain="$none"),
    call("v3_cluster_db_get_user", name=ODD_USER),
    call("v3_cluster_iam_get_user_list", domain="$none"),
    call("v3_cluster_iam_get_policy_list", domain="$none"),
    call("v3_cluster_iam_get_user", name=ODD_USER, domain="$none"),
    call("v3_cluster_iam_delete_user", name=ODD_USER),
    call("v3_cluster_iam_post_user", user=USER),
    call("v3_cluster_iam_put_user", name=ODD_USER, user=USER),
    call("v3_cluster_iam_put_user_policy_list", name=ODD_USER, policies=POLICIES),
    call("v3_cluster_put_leave", node={"id": "node-2"}),
    call("v3_cluster_node_put_state", id=ODD_NODE, state={"state": "maintenance"}),
    call(
        "v3_cluster_put_reallocation",
        reallocation=[
            {
                "target_node_id": "node-2",
                "process_ids": [{"id": ODD_ID, "domain": "$none"}],
            }
        ],
    ),
    call("v3_cluster_put_transfer", id=ODD_NODE),
    call("v3_cluster_get_node", id=ODD_NODE),
    call("v3_cluster_node_get_files", id=ODD_NODE),
    call("v3_cluster_node_get_state", id=ODD_NODE),
    call("v3_cluster_node_get_version", id=ODD_NODE),
    call("v3_cluster_node_get_process_list", id=ODD_NODE, idpattern=ODD_QUERY, id_query="a+b"),
    call(
        "v3_cluster_node_fs_get_file_list",
        id=ODD_NODE,
        storage="mem",
        glob="/**",
        sort="size",
        order="asc",
    ),
    call("v3_cluster_node_fs_put", id=ODD_NODE, source="mem:/a.txt", target="disk:/a.txt"),
    call("v3_cluster_node_fs_put_file", id=ODD_NODE, storage="mem", path=ODD_FILE, data=b"x"),
    call("v3_cluster_node_fs_get_file", id=ODD_NODE, storage="mem", path=ODD_FILE),
    Call(
        "v3_cluster_node_fs_head_file",
        {"id": ODD_NODE, "storage": "mem", "path": ODD_FILE},
        unusable_answer=HEAD_ANSWER,
    ),
    call("v3_cluster_node_fs_delete_file", id=ODD_NODE, storage="mem", path=ODD_FILE),
    call("v3_cluster_fs_get_file_list", storage="mem", glob="/*.m3u8"),
]


def id_of(call: Call) -> str:
    models = any(hasattr(value, "to_dict") for value in call.args.values())
    return f"{call.method}[model]" if models else call.method


@pytest.mark.parametrize("call", CALLS, ids=id_of)
def test_client_sends_what_the_spec_accepts(prism_client: Client, call: Call) -> None:
    with prism_verdict(call):
        getattr(prism_client, call.method)(**call.args)
    assert_accepted(call, prism_client.last_response)


@pytest.mark.parametrize("call", CALLS, ids=id_of)
async def test_async_client_sends_what_the_spec_accepts(
    async_prism_client: AsyncClient, call: Call
) -> None:
    with prism_verdict(call):
        await getattr(async_prism_client, call.method)(**call.args)
    assert_accepted(call, async_prism_client.last_response)


def test_login_sends_what_the_spec_accepts(prism_url: str) -> None:
    login = Call("login", {})
    with Client(prism_url, "admin", "datarhei", retries=0) as client:
        with prism_verdict(login):
            client.login()
        assert_accepted(login, client.last_response)


def test_prism_refuses_a_request_that_breaks_the_spec(prism_url: str) -> None:
    # The check has teeth: a command the spec does not list is refused, with the reason.
    response = httpx.put(
        f"{prism_url}/api/v3/process/fx-null/command",
        json={"command": "jump"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 400  # the spec's 4xx for this operation
    [violation] = request_violations(response)
    assert violation["location"] == ["request", "body", "command"]


def test_the_calls_reach_every_operation_that_takes_input() -> None:
    # Routed offline (no Prism): only which operation each request reaches matters here.
    reached: set[str] = set()

    def answer(request: httpx.Request) -> httpx.Response:
        reached.add(route_of(request).operation_id)
        return httpx.Response(200, json="ok")

    transport = httpx.MockTransport(answer)
    with Client("http://core.test", access_token=TOKEN, retries=0, transport=transport) as client:
        for call in CALLS:
            with suppress(CoreError):  # "ok" is no model: the request went out all the same
                getattr(client, call.method)(**call.args)
    login = Client("http://core.test", "admin", "datarhei", retries=0, transport=transport)
    with login, suppress(CoreError):
        login.login()
    taking_input = {route.operation_id for route in spec_routes() if route.takes_input}
    assert sorted(taking_input - reached) == []
