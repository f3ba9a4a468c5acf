"""The original README's 49 documented signatures (as issue 2 lists them) are accepted as written:
every documented keyword by its name, the parameters without default in their documented order.
Where Core's spec names a parameter differently (`name` for `input_name`), both names work."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import assert_type

import httpx
import pytest

from core_client import AsyncClient, Client, Keyframe, RawResponse, ValidationError

# name(parameters) as the original README documents them; `v3_fs_delete_file` has two forms.
SEED = """
about() ping() login()
v3_cluster_get_list() v3_cluster_post_node(node) v3_cluster_get_node(id)
v3_cluster_put_node(id, node) v3_cluster_delete_node(id) v3_cluster_get_node_proxy(id)
v3_config_get() v3_config_put(config) v3_config_reload()
v3_fs_get_list() v3_fs_put(source, target, operation)
v3_fs_get_file_list(storage, glob="", size_min="", size_max="", lastmod_start="",
    lastmod_end="", sort="", order="")
v3_fs_get_file(storage, path) v3_fs_put_file(storage, path, data)
v3_fs_delete_file(storage, glob="", size_min="", size_max="", lastmod_start="", lastmod_end="",
    sort="", order="")
v3_fs_delete_file(storage, path)
v3_log_get(format="console") v3_metadata_get(key) v3_metadata_put(key, data)
v3_metrics_get() v3_metrics_post(config)
v3_process_get_list(filter="", reference="", id="", idpattern="", refpattern="")
v3_process_post(config) v3_process_get(id, filter="") v3_process_put(id, config)
v3_process_delete(id) v3_process_put_command(id, command) v3_process_get_config(id)
v3_process_get_metadata(id, key) v3_process_put_metadata(id, key, data)
v3_process_get_probe(id) v3_process_get_report_list(id, created_at="", exited_at="")
v3_process_get_state(id) v3_process_get_playout_input_errorframe_encode(id, input_id)
v3_process_post_playout_input_errorframe_name(id, input_id, input_name)
v3_process_get_playout_input_keyframe(id, input_id, input_name)
v3_process_get_playout_input_reopen(id, input_id) v3_process_get_playout_input_status(id, input_id)
v3_process_put_playout_input_stream(id, input_id)
v3_process_get_report(idpattern="", refpattern="", state="", fromdate="", todate="")
v3_rtmp_get() v3_session_get(collectors) v3_session_get_active(collectors)
v3_skills_get() v3_skills_reload() v3_srt_get() v3_widget_get_process(id)
"""
# The README leaves out the image an errorframe upload sends; it is the method's `data`.
UNDOCUMENTED_REQUIRED = {"v3_process_post_playout_input_errorframe_name": {"data": b"\xff\xd8"}}


def seed_signatures() -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, parameters without default, parameters with a default) of each documented form."""
    for match in re.finditer(r"(\w+)\(([^)]*)\)", SEED):
        parameters = [part.strip() for part in match.group(2).split(",") if part.strip()]
        required = [part for part in parameters if "=" not in part]
        optional = [part.partition("=")[0] for part in parameters if "=" in part]
        yield match.group(1), required, optional


SIGNATURES = list(seed_signatures())


def test_the_table_has_the_49_names_and_50_forms() -> None:
    assert len(SIGNATURES) == 50
    assert len({name for name, _, _ in SIGNATURES}) == 49


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(
    ("name", "required", "optional"),
    SIGNATURES,
    ids=[f"{name}({', '.join(req + opt)})" for name, req, opt in SIGNATURES],
)
def test_the_documented_signature_binds(
    client_class: type, name: str, required: list[str], optional: list[str]
) -> None:
    signature = inspect.signature(getattr(client_class, name))
    extra = UNDOCUMENTED_REQUIRED.get(name, {})
    # Every documented name as a keyword.
    by_keyword = signature.bind(None, **dict.fromkeys(required + optional, "x"), **extra)
    assert set(required + optional) <= set(by_keyword.arguments)
    # The parameters without default by position, landing on the documented names.
    by_position = signature.bind(None, *required, **extra)
    assert [by_position.arguments[name] for name in required] == required


# -- the names that differ from Core's spec, end to end ------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("last.jpg"):
            return httpx.Response(200, content=b"jpeg", headers={"Content-Type": "image/jpeg"})
        if request.method == "DELETE":
            return httpx.Response(200, json=["/a.txt"])
        return httpx.Response(204)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(recorder: Recorder) -> Iterator[Client]:
    with Client("http://core", access_token="t", transport=httpx.MockTransport(recorder)) as client:
        yield client


KEYFRAME = "/api/v3/process/p1/playout/in0/keyframe/last.jpg"
ERRORFRAME = "/api/v3/process/p1/playout/in0/errorframe/e.jpg"


def test_keyframe_by_the_readme_name_or_the_spec_name(client: Client, recorder: Recorder) -> None:
    # Both forms are typed overloads (mypy checks these assert_type calls).
    seed = assert_type(
        client.v3_process_get_playout_input_keyframe(
            id="p1", input_id="in0", input_name="last.jpg"
        ),
        Keyframe,
    )
    spec = assert_type(
        client.v3_process_get_playout_input_keyframe("p1", "in0", name="last.jpg"), Keyframe
    )
    raw = assert_type(
        client.with_raw_response.v3_process_get_playout_input_keyframe("p1", "in0", "last.jpg"),
        RawResponse[Keyframe],
    )
    assert raw.parse().content_type == "image/jpeg"

    assert seed.content == spec.content == b"jpeg"
    assert [request.url.path for request in recorder.requests] == [KEYFRAME] * 3


def test_errorframe_by_the_readme_name_or_the_spec_name(client: Client, recorder: Recorder) -> None:
    client.v3_process_post_playout_input_errorframe_name(
        id="p1", input_id="in0", input_name="e.jpg", data=b"\xff\xd8"
    )
    client.v3_process_post_playout_input_errorframe_name("p1", "in0", "e.jpg", b"\xff\xd8")
    client.v3_process_post_playout_input_errorframe_name("p1", "in0", name="e.jpg", data=b"\xff")

    assert [request.url.path for request in recorder.requests] == [ERRORFRAME] * 3
    assert recorder.requests[0].content == b"\xff\xd8"


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.v3_process_get_playout_input_keyframe("p1", "in0"),
        lambda client: client.v3_process_get_playout_input_keyframe(
            "p1", "in0", "a.jpg", name="b.jpg"
        ),
        lambda client: client.v3_process_post_playout_input_errorframe_name("p1", "in0", "e.jpg"),
    ],
    ids=["no name", "two names", "no image"],
)
def test_the_image_name_is_given_once_and_the_image_always(
    client: Client, recorder: Recorder, call: object
) -> None:
    assert callable(call)
    with pytest.raises(ValidationError):
        call(client)
    assert recorder.requests == []


def test_delete_by_pattern_takes_the_readme_sort_and_order_and_does_not_send_them(
    client: Client, recorder: Recorder
) -> None:
    deleted = client.v3_fs_delete_file(
        storage="mem",
        glob="*.txt",
        size_min=1,
        size_max=None,
        lastmod_start=None,
        lastmod_end=None,
        sort="name",
        order="asc",
    )

    assert deleted == ["/a.txt"]
    (request,) = recorder.requests
    assert request.url.path == "/api/v3/fs/mem"
    assert set(request.url.params) == {"glob", "size_min"}  # no sort, no order
