"""What only a real server shows about errors, raw requests and event filters.

Recorded fixtures and the fakes hold Core's answers as they were; these tests ask the servers
themselves (tests/support/real_servers.py), on every version that has the route.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from core_client import (
    APIError,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    UnprocessableEntityError,
)
from tests.support.real_servers import RealCore

# Core answers a refused login after 5 s (vod 403, v16 401).
REFUSED_LOGIN_STATUS = {"vod": 403, "v16.16.0": 401, "v16.10.0": 401}


def test_a_wrong_password_keeps_cores_reason(real_core: RealCore) -> None:
    with (
        Client(real_core.url, real_core.username, "wrong-password", retries=0) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.v3_process_get_list()
    error = raised.value
    assert error.status == REFUSED_LOGIN_STATUS[real_core.version]
    assert "invalid username or password" in str(error)
    assert "invalid username or password" in " ".join([error.message, *error.details])
    assert error.request.url.path == "/api/login"
    assert isinstance(error, httpx.HTTPError)
    for shown in (str(error), repr(error), error.request.read().decode()):
        assert "wrong-password" not in shown


# v16.10.0's router has no route for an unknown storage at all: its 404 cannot tell.
@pytest.mark.core_versions("vod", "v16.16.0")
def test_exists_raises_for_an_unknown_storage(real_core: RealCore) -> None:
    client = real_core.client()
    with pytest.raises(NotFoundError) as raised:
        client.v3_fs_get_file_exists("nosuchfs", "a.txt")
    assert raised.value.request.url.path == "/api/v3/fs/nosuchfs"
    assert "unknown filesystem: nosuchfs" in str(raised.value)


@pytest.mark.core_versions("vod", "v16.16.0")  # v16.10.0 answers HEAD on memfs with 405
def test_exists_answers_false_for_a_missing_file_of_a_known_storage(real_core: RealCore) -> None:
    assert real_core.client().v3_fs_get_file_exists("mem", f"no-{uuid.uuid4().hex}.txt") is False


@pytest.mark.core_versions("vod", "v16.16.0")
def test_graphql_errors_carry_their_messages(real_core: RealCore) -> None:
    client = real_core.client()
    if real_core.version == "vod":
        # SPEC_DIFFS 17: vod's GraphQL handler has no transport; every query is refused.
        with pytest.raises(BadRequestError) as refused:
            client.graph_query({"query": "{ nope }"})
        assert refused.value.message == "transport not supported"
    else:
        with pytest.raises(UnprocessableEntityError) as invalid:
            client.graph_query({"query": "{ nope }"})
        assert invalid.value.message == 'Cannot query field "nope" on type "Query".'


def test_message_is_cores_most_specific_text(real_core: RealCore) -> None:
    with pytest.raises(NotFoundError) as raised:
        real_core.client().v3_process_get(f"no-{uuid.uuid4().hex}")
    # vod: message "Not Found", details ["unknown process"]; v16: "Unknown process ID".
    assert raised.value.message != "Not Found"
    assert "unknown process" in raised.value.message.lower()


def test_raw_requests_go_through_auth_and_the_error_tree(real_core: RealCore) -> None:
    client = real_core.client()
    listed = client.request("GET", "/api/v3/process")
    assert listed.status_code == 200
    assert isinstance(listed.json(), list)
    with client.stream("GET", "/api") as about:
        assert about.status_code == 200
        assert b"version" in about.read()
    with pytest.raises(APIError) as raised:
        client.request("GET", f"/api/v3/process/no-{uuid.uuid4().hex}")
    assert raised.value.status == 404


def _process(process_id: str) -> dict[str, object]:
    return {
        "id": process_id,
        "autostart": True,
        "input": [
            {
                "id": "in",
                "address": "testsrc=size=160x90:rate=5",
                "options": ["-f", "lavfi", "-re"],
            }
        ],
        "output": [{"id": "out", "address": "-", "options": ["-c:v", "mpeg2video", "-f", "null"]}],
    }


@pytest.fixture
def two_processes(real_core: RealCore) -> Iterator[tuple[str, str]]:
    client = real_core.client()
    ids = (f"fx-filter-a-{uuid.uuid4().hex[:6]}", f"fx-filter-b-{uuid.uuid4().hex[:6]}")
    for process_id in ids:
        client.v3_process_post(_process(process_id))
    try:
        yield ids
    finally:
        for process_id in ids:
            client.v3_process_delete(process_id)


@pytest.mark.core_versions("vod")  # the process event stream is vod's
def test_one_event_filter_filters_like_a_list_of_one(
    real_core: RealCore, two_processes: tuple[str, str]
) -> None:
    wanted, other = two_processes
    client = real_core.client()
    seen: list[str | None] = []
    deadline = time.monotonic() + 30
    with client.v3_events_post_process({"pid": wanted}, reconnect=False) as events:
        for event in events:
            seen.append(event.pid if isinstance(event.pid, str) else None)
            if len(seen) == 5 or time.monotonic() > deadline:
                break
    assert len(seen) == 5
    assert set(seen) == {wanted}, f"events of {other} came through the filter: {seen}"
