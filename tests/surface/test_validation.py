"""Request validation before sending, response validation after, and errors for missing routes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from core_client import (
    APIError,
    AsyncClient,
    Client,
    NotFoundError,
    ResponseValidationError,
    ValidationError,
    models,
)
from core_client.base.models.v3 import ProcessConfig, ProcessConfigIO
from core_client.cluster_node import ClusterNodeAuth

Respond = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx transport handler that records requests and answers with `respond`."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.respond: Respond = lambda request: httpx.Response(200, json="OK")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


Call = Callable[[Callable[[Any], Any]], Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, recorder: Recorder) -> Iterator[Call]:
    """Runs `use(client)` on a Client or an AsyncClient (awaiting it) wired to `recorder`."""
    options: dict[str, Any] = {
        "access_token": "a.b.c",
        "retries": 0,
        "transport": httpx.MockTransport(recorder),
    }
    if request.param == "sync":
        client = Client("http://core", **options)

        def run_sync(use: Callable[[Any], Any]) -> Any:
            return use(client)

        yield run_sync
        client.close()
    else:
        async_client = AsyncClient("http://core", **options)

        def run_async(use: Callable[[Any], Any]) -> Any:
            async def main() -> Any:
                result: Awaitable[Any] = use(async_client)
                return await result

            return asyncio.run(main())

        yield run_async
        asyncio.run(async_client.aclose())


# The least a process, its state and its progress are as Core answers them (its required fields).
PROCESS = {"id": "p1", "type": "ffmpeg", "reference": "", "created_at": 0}
PROGRESS = {
    **dict.fromkeys(["bitrate_kbit", "drop", "dup", "fps", "frame", "packet", "q"], 0),
    **dict.fromkeys(["size_kb", "speed", "time"], 0),
}
STATE = {
    "exec": "running",
    "order": "start",
    "last_logline": "",
    "progress": PROGRESS,
    **dict.fromkeys(["cpu_usage", "memory_bytes", "reconnect_seconds", "runtime_seconds"], 0),
}
VALID_CONFIG = {
    "id": "p1",
    "input": [{"id": "in", "address": "testsrc", "options": ["-f", "lavfi"]}],
    "output": [{"id": "out", "address": "-", "options": ["-f", "null"]}],
}


@pytest.mark.parametrize(
    ("config", "path", "message"),
    [
        ({"id": "p1", "output": []}, "config.input", "required field is missing"),
        (
            {**VALID_CONFIG, "input": [{"address": 5}]},
            "config.input[0].address",
            "expected string, got integer",
        ),
        ({**VALID_CONFIG, "autostart": "yes"}, "config.autostart", "expected boolean"),
        ({**VALID_CONFIG, "output": {"id": "out"}}, "config.output", "expected array"),
        ("not a config", "config", "expected object, got string"),
        ({**VALID_CONFIG, "id": None}, "config.id", "null is not allowed"),
        # Strict for what is sent: an enum value the spec does not list is refused.
        ({**VALID_CONFIG, "type": "gstreamer"}, "config.type", "'gstreamer' is not one of"),
    ],
)
def test_a_body_that_does_not_fit_its_model_is_refused_before_sending(
    call: Call, recorder: Recorder, config: Any, path: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_post(config))
    assert raised.value.path == path
    assert message in str(raised.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("config", "path", "message"),
    [
        (
            {"id": "p1", "inputs": VALID_CONFIG["input"], "output": VALID_CONFIG["output"]},
            "config.inputs",
            "unknown field 'inputs'; did you mean 'input'?",
        ),
        (
            {**VALID_CONFIG, "autostrat": True},
            "config.autostrat",
            "unknown field 'autostrat'; did you mean 'autostart'?",
        ),
        (
            {"id": "p1", "output": VALID_CONFIG["output"], "sources": []},
            "config.input",
            "required field is missing (unknown fields given: 'sources')",
        ),
    ],
)
def test_unknown_keys_of_a_body_are_named(
    call: Call, recorder: Recorder, config: Any, path: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_post(config))
    assert (raised.value.path, str(raised.value)) == (path, f"{path}: {message}")
    assert recorder.requests == []


def test_unknown_keys_unlike_any_field_are_sent_as_given(call: Call, recorder: Recorder) -> None:
    # A newer Core's field, read back with a config and sent again, is not a misspelling.
    config = {**VALID_CONFIG, "hardware_acceleration": "auto"}
    recorder.respond = lambda request: httpx.Response(200, content=request.content)
    call(lambda client: client.v3_process_post(config))
    assert json.loads(recorder.requests[0].content)["hardware_acceleration"] == "auto"


def test_an_unknown_command_is_refused_before_sending(call: Call, recorder: Recorder) -> None:
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_put_command("p1", "jump"))
    assert raised.value.path == "command.command"
    assert "'start'" in str(raised.value)
    assert recorder.requests == []


@pytest.mark.parametrize("command", ["start", {"command": "start"}])
def test_a_command_is_a_bare_string_or_a_dict(call: Call, recorder: Recorder, command: Any) -> None:
    assert call(lambda client: client.v3_process_put_command("p1", command)) == "OK"
    assert json.loads(recorder.requests[0].content) == {"command": "start"}


def test_a_model_and_a_dict_body_send_the_same_json(call: Call, recorder: Recorder) -> None:
    model = ProcessConfig(
        id="p1",
        input=[ProcessConfigIO(id="in", address="testsrc", options=["-f", "lavfi"])],
        output=[ProcessConfigIO(id="out", address="-", options=["-f", "null"])],
    )
    recorder.respond = lambda request: httpx.Response(200, content=request.content)
    from_model = call(lambda client: client.v3_process_post(model))
    from_dict = call(lambda client: client.v3_process_post(VALID_CONFIG))
    sent = [json.loads(request.content) for request in recorder.requests]
    assert sent == [VALID_CONFIG, VALID_CONFIG]
    assert from_model.to_dict() == from_dict.to_dict() == VALID_CONFIG


@pytest.mark.parametrize(
    ("use", "path"),
    [
        (lambda client: client.v3_fs_get_file_list("mem", size_min="big"), "size_min"),
        (lambda client: client.v3_fs_get_file_list("mem", size_min=True), "size_min"),
        (lambda client: client.v3_process_delete("p", purge="yes"), "purge"),
        (lambda client: client.v3_process_get(".."), "id"),
        (lambda client: client.v3_process_get(7), "id"),
        (lambda client: client.v3_fs_delete_file("mem", "../etc/passwd"), "path"),
        (lambda client: client.v3_fs_delete_file("mem", "a.txt", glob="*"), "path"),
        (lambda client: client.v3_fs_delete_file("mem", "a.txt", size_min=0), "path"),
    ],
)
def test_invalid_arguments_are_refused_before_sending(
    call: Call, recorder: Recorder, use: Callable[[Any], Any], path: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        call(use)
    assert raised.value.path == path
    assert recorder.requests == []


def test_empty_string_and_none_defaults_are_not_sent(call: Call, recorder: Recorder) -> None:
    recorder.respond = lambda request: httpx.Response(200, json=[])
    call(lambda client: client.v3_process_get_list())
    call(lambda client: client.v3_process_get_list(idpattern="fx-*", reference=""))
    call(lambda client: client.v3_fs_get_file_list("mem", size_min=None, size_max=0))
    queries = [dict(request.url.params) for request in recorder.requests]
    assert queries == [{}, {"idpattern": "fx-%2A"}, {"size_max": "0"}]


@pytest.mark.parametrize(
    ("body", "path", "message"),
    [
        ({**PROCESS, "id": 5}, "response.id", "expected string, got integer"),
        ({**PROCESS, "config": {"id": "p1"}}, "response.config.input", "required field"),
        ({"id": "p1"}, "response.created_at", "required field is missing"),
        ({**PROCESS, "id": None}, "response.id", "null is not allowed"),
        ([], "response", "expected object, got array"),
        (
            {**PROCESS, "state": {**STATE, "progress": {**PROGRESS, "inputs": 3}}},
            "response.state.progress.inputs",
            "expected array",
        ),
    ],
)
def test_a_response_that_does_not_fit_raises_with_field_path_and_raw_body(
    call: Call, recorder: Recorder, body: Any, path: str, message: str
) -> None:
    raw = json.dumps(body)
    recorder.respond = lambda request: httpx.Response(
        200, content=raw, headers={"Content-Type": "application/json"}
    )
    with pytest.raises(ResponseValidationError) as raised:
        call(lambda client: client.v3_process_get("p1"))
    assert raised.value.path == path
    assert message in str(raised.value)
    assert raised.value.body == raw


def test_a_list_response_names_the_item_and_the_nested_field(
    call: Call, recorder: Recorder
) -> None:
    wrong = {**VALID_CONFIG, "input": [{"id": 7, "address": "testsrc"}]}
    body = [PROCESS, PROCESS, PROCESS, {**PROCESS, "config": wrong}]
    recorder.respond = lambda request: httpx.Response(200, json=body)
    with pytest.raises(ResponseValidationError) as raised:
        call(lambda client: client.v3_process_get_list())
    assert raised.value.path == "response[3].config.input[0].id"
    assert "expected string, got integer" in str(raised.value)


def test_a_response_that_is_not_json_raises_response_validation_error(
    call: Call, recorder: Recorder
) -> None:
    recorder.respond = lambda request: httpx.Response(200, content=b"<html>proxy</html>")
    with pytest.raises(ResponseValidationError) as raised:
        call(lambda client: client.v3_process_get("p1"))
    assert raised.value.body == "<html>proxy</html>"


def test_fields_the_spec_lacks_are_kept(call: Call, recorder: Recorder) -> None:
    recorder.respond = lambda request: httpx.Response(
        200, json={**VALID_CONFIG, "future_field": {"x": 1}}
    )
    config = call(lambda client: client.v3_process_get_config("p1"))
    assert config.additional_properties == {"future_field": {"x": 1}}
    assert config.to_dict()["future_field"] == {"x": 1}


@pytest.mark.parametrize(
    ("status", "details", "says_no_route"),
    [
        (404, ["Not Found"], True),
        (405, ["Method Not Allowed"], True),
        (404, ["unknown process"], False),
    ],
)
def test_a_route_the_server_lacks_is_named_in_the_error(
    call: Call, recorder: Recorder, status: int, details: list[str], says_no_route: bool
) -> None:
    recorder.respond = lambda request: httpx.Response(
        status, json={"code": status, "message": "Not Found", "details": details}
    )
    with pytest.raises(APIError) as raised:
        call(lambda client: client.v3_process_get_report("p*"))
    assert raised.value.status == status
    assert isinstance(raised.value, NotFoundError) == (status == 404)
    message = str(raised.value)
    assert ("no route GET /api/v3/report/process" in message) == says_no_route
    if says_no_route:
        assert "v3_process_get_report" in message


def test_an_enum_value_a_newer_core_adds_is_accepted_in_responses(
    call: Call, recorder: Recorder
) -> None:
    config = {**VALID_CONFIG, "type": "gstreamer"}
    recorder.respond = lambda request: httpx.Response(200, json=config)
    assert call(lambda client: client.v3_process_get_config("p1")).to_dict() == config
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_post(config))
    assert raised.value.path == "config.type"


def test_a_raw_body_is_sent_as_the_bytes_given(call: Call, recorder: Recorder) -> None:
    recorder.respond = lambda request: httpx.Response(204)
    call(lambda client: client.v3_process_put_playout_input_stream("p1", "in", b"rtmp://x"))
    assert recorder.requests[0].content == b"rtmp://x"
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_put_playout_input_stream("p1", "in", "text"))
    assert raised.value.path == "body"


def test_a_model_holding_a_wrong_value_type_raises_validation_error(
    call: Call, recorder: Recorder
) -> None:
    model = models.ProcessConfig(id="p", input=["-"])  # type: ignore[list-item]
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_process_post(model))
    assert raised.value.path == "config.input[0]"
    assert "expected object, got string" in str(raised.value)
    assert recorder.requests == []


def test_the_experimental_cluster_node_calls_go_through_the_same_path(
    call: Call, recorder: Recorder
) -> None:
    node = ClusterNodeAuth(address="10.0.0.2:8080", username="admin", password="pw")
    recorder.respond = lambda request: httpx.Response(200, json="OK")
    assert call(lambda client: client.v3_cluster_post_node(node)) == "OK"
    assert call(lambda client: client.v3_cluster_put_node("a/b", node.to_dict())) == "OK"
    sent = recorder.requests
    assert (sent[0].method, sent[0].url.raw_path) == ("POST", b"/api/v3/cluster/node/")
    assert (sent[1].method, sent[1].url.raw_path) == ("PUT", b"/api/v3/cluster/node/a%252Fb")
    assert json.loads(sent[0].content) == node.to_dict()
    with pytest.raises(ValidationError) as raised:
        call(lambda client: client.v3_cluster_post_node({"username": "admin"}))
    assert raised.value.path == "node.address"
    recorder.respond = lambda request: httpx.Response(
        404, json={"code": 404, "message": "Not Found", "details": ["Not Found"]}
    )
    with pytest.raises(NotFoundError) as missing:
        call(lambda client: client.v3_cluster_get_node_proxy("n1"))
    assert "no route GET /api/v3/cluster/node/{id}/proxy" in str(missing.value)


@pytest.mark.parametrize(
    ("body", "model"),
    [
        ([{"name": "live", "socketid": 7, "subscriber": [], "connections": {}, "log": {}}], "vod"),
        ({"publisher": {"live": 7}, "subscriber": {}, "connections": {}, "log": {}}, "v16"),
    ],
)
def test_a_response_of_alternative_shapes_becomes_the_models_of_the_one_it_fits(
    call: Call, recorder: Recorder, body: Any, model: str
) -> None:
    # GET /api/v3/srt: a flat list of channels (vod) or one object (v16), both typed.
    recorder.respond = lambda request: httpx.Response(200, json=body)
    channels = call(lambda client: client.v3_srt_get())
    if model == "vod":
        assert isinstance(channels[0], models.SRTChannel)
        assert channels[0].socketid == 7
    else:
        assert isinstance(channels, models.SRTChannels)
        assert channels.to_dict() == body
