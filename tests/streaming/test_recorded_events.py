"""The event streams recorded from a real Core (../shared/fixtures/vod/120-124), replayed over a
socket gzip-encoded and chunked as Core sends them, come out as typed events, keepalives
dropped and every field kept."""

from __future__ import annotations

import json
from typing import Any

import pytest
from datarhei_core_api.models import LogEvent, MediaEvent, ProcessEvent

from core_client import Client
from core_client.events import EventStream
from tests.streaming.fake_core import Episode, FakeCore
from tests.support import shared

FIXTURES = shared.FIXTURES / "vod"
shared.needs(FIXTURES, "recorded real event streams")


def recorded(number: int) -> dict[str, Any]:
    (path,) = FIXTURES.glob(f"{number}-*.json")
    fixture: dict[str, Any] = json.loads(path.read_text())
    return fixture


def sse_body(lines: list[str]) -> list[str]:
    # The recording keeps the non-empty lines; each data line and comment ended an event.
    return [f"{line}\n\n" if line.startswith(("data:", ":")) else f"{line}\n" for line in lines]


def test_log_events_as_server_sent_events(client: Client, core: FakeCore) -> None:
    fixture = recorded(120)
    lines: list[str] = fixture["response"]["body"]
    core.episodes.append(Episode(raw=[line.encode() for line in sse_body(lines)], then="end"))

    with client.v3_events_post(fixture["request"]["body"], reconnect=False) as events:
        received: list[Any] = list(events)

    expected = [
        json.loads(line.removeprefix("data: ")) for line in lines if line.startswith("data:")
    ]
    assert [event.to_dict() for event in received] == expected
    assert all(isinstance(event, LogEvent) for event in received)
    assert len(received) == 9


@pytest.mark.parametrize(
    ("number", "model", "keepalive_field"),
    [
        (121, LogEvent, "event"),
        (122, ProcessEvent, "type"),
        (123, MediaEvent, "action"),
        (124, MediaEvent, "action"),
    ],
)
def test_json_stream_events(
    client: Client, core: FakeCore, number: int, model: type, keepalive_field: str
) -> None:
    fixture = recorded(number)
    items: list[dict[str, Any]] = fixture["response"]["body"]
    raw = [json.dumps(item).encode() + b"\n" for item in items]
    core.episodes.append(Episode(raw=raw, then="end"))
    request = fixture["request"]
    path = request["path"]

    stream: EventStream[Any]
    if number == 121:
        stream = client.v3_events_post(request["body"], sse=False, reconnect=False)
    elif number == 122:
        stream = client.v3_events_post_process(request["body"], reconnect=False)
    else:
        glob = request.get("query", {}).get("glob", "")
        stream = client.v3_events_post_media(path.rsplit("/", 1)[1], glob, reconnect=False)
    with stream as events:
        received: list[Any] = list(events)

    expected = [item for item in items if item.get(keepalive_field) != "keepalive"]
    assert [event.to_dict() for event in received] == expected
    assert all(isinstance(event, model) for event in received)
    assert core.seen("POST", "/api/v3/")[0].path == path
