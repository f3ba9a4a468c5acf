"""End-to-end flows through the public methods, the way an application uses them.

Each runs twice: against a replay of the exchanges recorded from a real vod Core
(../shared/fixtures/vod) over a loopback socket, so the requests must be exactly the recorded
ones and the recorded answers must come back through the methods; and against the real vod
server of the session (tests/support/real_servers.py), where they create and delete processes
`fx-null`/`fx-tmp` and files under `/fixtures/` on mem and disk.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from core_client import AsyncClient, Client, NotFoundError
from core_client.models import (
    FileInfo,
    GetConfig,
    MetricsDescription,
    MetricsResponse,
    ProcessConfig,
    ProcessReport,
    ProcessState,
    RawLogEntry,
    Session,
    SessionSummary,
    Skills,
)
from tests.support.real_servers import real_core_of
from tests.surface.recorded import (
    PASSWORD,
    USERNAME,
    Exchange,
    ReplayCore,
    auth_exchanges,
    exchanges,
)


def recorded(*numbers: str) -> list[Exchange]:
    """The vod exchanges with these fixture numbers, in the given order."""
    by_number = {exchange.file.name[:3]: exchange for exchange in exchanges("vod")}
    return [by_number[number] for number in numbers]


def request_body(number: str) -> Any:
    return recorded(number)[0].body


@dataclass
class Core:
    client: Client
    real: bool
    url: str
    username: str
    password: str


@pytest.fixture(params=["replay", "vod"])
def core(request: pytest.FixtureRequest) -> Iterator[Callable[[list[Exchange]], Core]]:
    """A factory: a client of a replay of the given exchanges, or of the real vod Core."""
    with contextlib.ExitStack() as stack:

        def open_core(flow: list[Exchange]) -> Core:
            if request.param == "replay":
                replay = stack.enter_context(ReplayCore([*auth_exchanges("vod"), *flow]))
                url, username, password = replay.url, USERNAME, PASSWORD
            else:
                real = stack.enter_context(real_core_of(request, request.param))
                url, username, password = real.url, real.username, real.password
            real_server = request.param != "replay"
            client = stack.enter_context(
                Client(url, username, password, retries=3 if real_server else 0)
            )
            return Core(client, real_server, url, username, password)

        yield open_core


def remove_process(core: Core, process_id: str) -> None:
    if core.real:
        with contextlib.suppress(NotFoundError):
            core.client.v3_process_delete(process_id)


def test_process_create_start_state_report_metadata_stop(
    core: Callable[[list[Exchange]], Core],
) -> None:
    flow = core(recorded("015", "023", "024", "027", "028", "036", "037", "032", "127", "128"))
    client = flow.client
    remove_process(flow, "fx-null")
    try:
        created = client.v3_process_post(request_body("015"))
        assert isinstance(created, ProcessConfig)
        assert created.id == "fx-null"

        before = client.v3_process_get_state("fx-null")
        assert isinstance(before, ProcessState)
        assert before.order == "stop"

        assert client.v3_process_put_command("fx-null", "start") == "OK"
        running = client.v3_process_get_state("fx-null")
        assert running.order == "start"
        assert running.exec in ("starting", "running")

        report = client.v3_process_get_report_list("fx-null")
        assert isinstance(report, ProcessReport)

        metadata = request_body("036")
        client.v3_process_put_metadata("fx-null", "fixture", metadata)
        assert client.v3_process_get_metadata("fx-null", "fixture") == metadata

        listed = client.v3_process_get_list(idpattern="fx-*", filter="state")
        assert "fx-null" in [process.id for process in listed]

        assert client.v3_process_put_command("fx-null", "stop") == "OK"
        stopped = client.v3_process_get_state("fx-null")
        assert stopped.order == "stop"
    finally:
        remove_process(flow, "fx-null")


def test_process_create_update_delete(core: Callable[[list[Exchange]], Core]) -> None:
    flow = core(recorded("019", "044", "045", "046"))
    client = flow.client
    remove_process(flow, "fx-tmp")
    created = client.v3_process_post(request_body("019"))
    assert created.id == "fx-tmp"
    updated = client.v3_process_put("fx-tmp", request_body("044"))
    assert updated.reference == "tmp-updated"
    assert client.v3_process_delete("fx-tmp") == "OK"
    with pytest.raises(NotFoundError):
        client.v3_process_delete("fx-tmp")


async def test_process_create_update_delete_with_the_async_client(
    core: Callable[[list[Exchange]], Core],
) -> None:
    flow = core(recorded("019", "044", "045", "046"))
    remove_process(flow, "fx-tmp")
    async with AsyncClient(flow.url, flow.username, flow.password, retries=0) as client:
        created = await client.v3_process_post(request_body("019"))
        assert created.id == "fx-tmp"
        updated = await client.v3_process_put("fx-tmp", request_body("044"))
        assert updated.reference == "tmp-updated"
        assert await client.v3_process_delete("fx-tmp") == "OK"
        with pytest.raises(NotFoundError):
            await client.v3_process_delete("fx-tmp")


@pytest.mark.parametrize(
    ("storage", "numbers"),
    [
        ("mem", ("067", "068", "072", "073", "076", "077", "078", "079", "098")),
        ("disk", ("080", "081", "085", "086", "089", "090", "091", "092", "097")),
    ],
)
def test_files_put_get_list_delete(
    core: Callable[[list[Exchange]], Core], storage: str, numbers: tuple[str, ...]
) -> None:
    client = core(recorded(*numbers)).client
    created, overwritten, data = (str(request_body(number)).encode() for number in numbers[:3])
    client.v3_fs_put_file(storage, "/fixtures/hello.txt", created)
    client.v3_fs_put_file(storage, "/fixtures/hello.txt", overwritten)
    client.v3_fs_put_file(storage, "/fixtures/data.json", data)
    assert client.v3_fs_get_file(storage, "/fixtures/hello.txt") == overwritten

    listed = client.v3_fs_get_file_list(storage, glob="/fixtures/**", sort="name", order="asc")
    assert all(isinstance(file, FileInfo) for file in listed)
    names = [str(file.name) for file in listed]
    assert {"/fixtures/hello.txt", "/fixtures/data.json"} <= set(names)
    assert names == sorted(names)

    assert client.v3_fs_delete_file(storage, "/fixtures/hello.txt").startswith("Deleted")
    with pytest.raises(NotFoundError):
        client.v3_fs_get_file(storage, "/fixtures/hello.txt")
    with pytest.raises(NotFoundError):
        client.v3_fs_delete_file(storage, "/fixtures/hello.txt")
    assert "/fixtures/data.json" in client.v3_fs_delete_file(storage, glob="/fixtures/**")


def test_config_skills_log_metrics_sessions(core: Callable[[list[Exchange]], Core]) -> None:
    client = core(
        recorded("099", "100", "101", "102", "103", "104", "105", "111", "112", "113")
    ).client
    assert isinstance(client.v3_config_get(), GetConfig)
    skills = client.v3_skills_get()
    assert isinstance(skills, Skills)
    assert isinstance(client.v3_skills_reload(), Skills)

    assert all(isinstance(line, str) for line in client.v3_log_get())
    # Raw log events are their model (the overlay's api.RawLogEntry), with the data fields kept.
    raw = client.v3_log_get(format="raw")
    assert raw and all(isinstance(entry, RawLogEntry) for entry in raw)

    described = client.v3_metrics_get()
    assert all(isinstance(metric, MetricsDescription) for metric in described)
    metrics = client.v3_metrics_post(request_body("105"))
    assert isinstance(metrics, MetricsResponse)

    collectors = "hls,hlsingress,rtmp,srt,ffmpeg,http"
    # Sessions by collector: JSON objects whose keys are free, so dicts of the models.
    for summary in (client.v3_session_get(), client.v3_session_get(collectors)):
        assert isinstance(summary, dict)
        assert all(isinstance(item, SessionSummary) for item in summary.values())
    active = client.v3_session_get_active(collectors)
    assert isinstance(active, dict)
    assert all(isinstance(session, Session) for sessions in active.values() for session in sessions)
