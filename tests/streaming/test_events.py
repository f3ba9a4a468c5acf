"""Live event streams over a real socket: keepalives, reconnects, token renewal, closing."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid

import pytest
from datarhei_core_api.models import LogEvent, LogEventFilter, MediaEvent, ProcessEvent

from core_client import (
    APIConnectionError,
    AsyncClient,
    Backoff,
    BadRequestError,
    Client,
    NotFoundError,
    ServerError,
)
from core_client.events import Reconnect
from tests.streaming.conftest import FAST_RECONNECT
from tests.streaming.fake_core import Episode, FakeCore
from tests.support.targets import FAST

WAIT = 5.0


def log_item(n: int) -> str:
    return json.dumps({"ts": n, "level": "INFO", "event": "process", "message": f"m{n}"})


def process_item(n: int) -> str:
    return json.dumps({"pid": f"p{n}", "type": "state", "ts": n})


def test_keepalives_are_consumed_and_events_typed(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode([None, log_item(1), None, None, log_item(2), None], then="end"))

    with client.v3_events_post(reconnect=False) as events:
        received = list(events)

    assert [event.message for event in received] == ["m1", "m2"]
    assert all(isinstance(event, LogEvent) for event in received)
    # Log events ask for server-sent events; the fake answers SSE gzip-encoded and chunked.
    assert core.seen("POST", "/api/v3/events")[0].headers["Accept"] == "text/event-stream"


def test_process_events_are_newline_delimited_json(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode([None, process_item(1), None, process_item(2)], then="end"))

    with client.v3_events_post_process([{"pid": "p1"}], reconnect=False) as events:
        received = list(events)

    assert [(e.pid, e.type_) for e in received] == [("p1", "state"), ("p2", "state")]
    assert all(isinstance(event, ProcessEvent) for event in received)
    request = core.seen("POST", "/api/v3/events/process")[0]
    assert request.headers["Accept"] == "application/x-json-stream"
    assert json.loads(request.body) == {"filters": [{"pid": "p1"}]}


@pytest.mark.parametrize(
    "filters",
    [
        {"filters": [{"event": "process"}]},
        [LogEventFilter(event="process")],
        [{"event": "process"}],
    ],
    ids=["dict", "models", "list-of-dicts"],
)
def test_filters_as_model_or_dict(client: Client, core: FakeCore, filters: object) -> None:
    core.episodes.append(Episode([], then="end"))

    with client.v3_cluster_post_events(filters, reconnect=False) as events:  # type: ignore[arg-type]
        assert list(events) == []

    request = core.seen("POST", "/api/v3/cluster/events")[0]
    assert json.loads(request.body) == {"filters": [{"event": "process"}]}


def test_media_events_send_type_and_glob(client: Client, core: FakeCore) -> None:
    create = json.dumps({"action": "create", "name": "/fxevents/a.txt", "ts": 1})
    core.episodes.append(Episode([None, create], then="end"))

    with client.v3_events_post_media("mem", glob="/fxevents/**", reconnect=False) as events:
        received = list(events)

    assert [(e.action, e.name) for e in received] == [("create", "/fxevents/a.txt")]
    assert isinstance(received[0], MediaEvent)
    request = core.seen("POST", "/api/v3/events/media/")[0]
    assert request.path == "/api/v3/events/media/mem"
    assert request.query == {"glob": ["/fxevents/**"]}


def test_unknown_media_type_raises_without_reconnecting(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode(status=404))

    with pytest.raises(NotFoundError), client.v3_events_post_media("nosuch") as events:
        next(events)

    assert len(core.seen("POST", "/api/v3/events/media/")) == 1


def test_reconnects_after_a_dropped_connection(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode([log_item(1), log_item(2)], then="drop"))
    second = Episode([None, log_item(3)], then="hold")
    core.episodes.append(second)

    with client.v3_events_post(reconnect=FAST_RECONNECT) as events:
        received = [next(events).message for _ in range(3)]

    assert received == ["m1", "m2", "m3"]
    assert len(core.seen("POST", "/api/v3/events")) == 2
    # Leaving the block closed the second connection: the server saw it go.
    assert second.closed.wait(WAIT)


def test_reconnects_when_the_server_ends_the_stream(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode([process_item(1)], then="end"))
    core.episodes.append(Episode([process_item(2)], then="hold"))

    with client.v3_cluster_post_events_process(reconnect=FAST_RECONNECT) as events:
        assert [next(events).pid for _ in range(2)] == ["p1", "p2"]

    assert len(core.seen("POST", "/api/v3/cluster/events/process")) == 2


def test_renews_the_token_when_a_reconnect_is_refused(client: Client, core: FakeCore) -> None:
    first = Episode([log_item(1)], then="drop")
    core.episodes.append(first)
    core.episodes.append(Episode([log_item(2)], then="hold"))

    with client.v3_events_post(reconnect=FAST_RECONNECT) as events:
        assert next(events).message == "m1"
        # Core restarted with a new key meanwhile: the old token is refused at the reconnect.
        core.revoke_tokens()
        assert next(events).message == "m2"

    assert core.logins == 2
    refused = [r for r in core.seen("POST", "/api/v3/events") if r.status == 401]
    assert len(refused) == 1


def test_idle_timeout_counts_a_silent_stream_as_dropped(client: Client, core: FakeCore) -> None:
    silent = Episode([log_item(1)], then="stall")
    core.episodes.append(silent)
    core.episodes.append(Episode([log_item(2)], then="hold"))

    with client.v3_events_post(reconnect=FAST_RECONNECT, idle_timeout=0.2) as events:
        assert [next(events).message for _ in range(2)] == ["m1", "m2"]

    assert silent.closed.wait(WAIT)


def test_server_errors_are_retried_and_client_errors_are_not(
    client: Client, core: FakeCore
) -> None:
    core.episodes.extend([Episode(status=503), Episode(status=502), Episode([log_item(1)])])

    with client.v3_events_post(reconnect=FAST_RECONNECT) as events:
        assert next(events).message == "m1"

    assert len(core.seen("POST", "/api/v3/events")) == 3
    # A client error (a bad filter) would only repeat: raised at once, no reconnect.
    core.episodes.extend([Episode(status=400), Episode([log_item(2)])])
    with (
        pytest.raises(BadRequestError),
        client.v3_events_post(reconnect=FAST_RECONNECT) as events,
    ):
        next(events)
    assert len(core.seen("POST", "/api/v3/events")) == 4


def test_gives_up_after_max_attempts(client: Client, core: FakeCore) -> None:
    core.episodes.extend([Episode(status=503)] * 3)
    policy = Reconnect(backoff=FAST, max_attempts=2)

    with pytest.raises(ServerError), client.v3_events_post(reconnect=policy) as events:
        next(events)

    assert len(core.seen("POST", "/api/v3/events")) == 3


def test_without_reconnect_a_drop_raises(client: Client, core: FakeCore) -> None:
    core.episodes.append(Episode([log_item(1)], then="drop"))

    with client.v3_events_post(reconnect=False) as events:
        assert next(events).message == "m1"
        with pytest.raises(APIConnectionError):
            next(events)


def test_breaking_out_of_the_loop_closes_the_connection(client: Client, core: FakeCore) -> None:
    episode = Episode([log_item(1), log_item(2)], then="hold")
    core.episodes.append(episode)

    with client.v3_events_post() as events:
        for _event in events:
            break

    assert episode.closed.wait(WAIT)


@pytest.mark.parametrize("then", ["hold", "drop"], ids=["in-a-read", "waiting-to-reconnect"])
def test_close_from_another_thread_ends_the_stream(
    client: Client, core: FakeCore, then: str
) -> None:
    episode = Episode([log_item(1)], then=then)
    core.episodes.append(episode)
    core.keepalive_interval = 3600  # after the event nothing arrives: the reader blocks
    # After a drop the reader waits a minute before reconnecting.
    stream = client.v3_events_post(reconnect=Reconnect(backoff=Backoff(initial=60, maximum=60)))
    received: list[object] = []
    first = threading.Event()

    def read() -> None:
        for event in stream:
            received.append(event.message)
            first.set()

    reader = threading.Thread(target=read)
    reader.start()
    assert first.wait(WAIT)

    stream.close()
    reader.join(WAIT)

    assert not reader.is_alive()
    assert received == ["m1"]
    assert len(core.seen("POST", "/api/v3/events")) == 1
    if then == "hold":
        assert episode.closed.wait(WAIT)


async def test_async_stream_reconnects_and_types_events(
    async_client: AsyncClient, core: FakeCore
) -> None:
    core.episodes.append(Episode([None, process_item(1)], then="drop"))
    second = Episode([process_item(2), None], then="hold")
    core.episodes.append(second)

    async with async_client.v3_events_post_process(reconnect=FAST_RECONNECT) as events:
        received = [(await anext(events)).pid for _ in range(2)]

    assert received == ["p1", "p2"]
    assert await asyncio.to_thread(second.closed.wait, WAIT)


async def test_async_sse_with_renewal_after_refusal(
    async_client: AsyncClient, core: FakeCore
) -> None:
    core.episodes.append(Episode([log_item(1)], then="drop"))
    core.episodes.append(Episode([log_item(2)], then="end"))

    received = []
    async with async_client.v3_events_stream(reconnect=FAST_RECONNECT) as events:
        async for event in events:
            received.append(event.message)
            if len(received) == 1:
                core.revoke_tokens()
            else:
                break

    assert received == ["m1", "m2"]
    assert core.logins == 2


async def test_cancelling_the_task_closes_the_connection(
    async_client: AsyncClient, core: FakeCore
) -> None:
    episode = Episode([log_item(1)], then="hold")
    core.episodes.append(episode)
    first = asyncio.Event()

    async def consume() -> None:
        async with async_client.v3_events_post() as events:
            async for _event in events:
                first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), WAIT)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    assert await asyncio.to_thread(episode.closed.wait, WAIT)


@pytest.mark.core_versions("vod")  # media events are vod's
def test_media_events_report_a_file_written_meanwhile(target_client: Client) -> None:
    folder = f"/core-client-tests/{uuid.uuid4()}"
    with target_client.v3_events_post_media("mem", glob=f"{folder}/**") as events:
        assert next(events).action == "list"
        target_client.v3_fs_put_file("mem", f"{folder}/new file.txt", b"x")
        try:
            created = next(e for e in events if e.action == "create")
        finally:
            target_client.v3_fs_delete_file("mem", f"{folder}/new file.txt")

    assert created.name == f"{folder}/new file.txt"
