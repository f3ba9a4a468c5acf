"""Event filters: one filter works exactly like a list of one; a filter that does not fit is a
ValidationError before anything is sent (Core ignores what it does not know, and streams every
event: a misspelt filter would silently filter nothing)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from datarhei_core_api.models import (
    LogEventFilter,
    LogEventFilters,
    ProcessEventFilter,
    ProcessEventFilters,
)

from core_client import AsyncClient, Client, ValidationError
from tests.streaming.fake_core import Episode, FakeCore

ONE_PROCESS = {"filters": [{"pid": "a"}]}


@pytest.mark.parametrize(
    "filters",
    [
        {"pid": "a"},
        ProcessEventFilter(pid="a"),
        [{"pid": "a"}],
        [ProcessEventFilter(pid="a")],
        {"filters": [{"pid": "a"}]},
        {"filters": [ProcessEventFilter(pid="a")]},
        ProcessEventFilters(filters=[ProcessEventFilter(pid="a")]),
    ],
    ids=[
        "dict",
        "model",
        "list-of-dicts",
        "list-of-models",
        "body",
        "body-of-models",
        "body-model",
    ],
)
def test_one_filter_works_like_a_list_of_one(client: Client, core: FakeCore, filters: Any) -> None:
    core.episodes.append(Episode([], then="end"))
    with client.v3_events_post_process(filters, reconnect=False) as events:
        assert list(events) == []
    assert json.loads(core.seen("POST", "/api/v3/events/process")[0].body) == ONE_PROCESS


@pytest.mark.parametrize(
    "filters",
    [
        {"event": "process"},
        LogEventFilter(event="process"),
        LogEventFilters(filters=[LogEventFilter(event="process")]),
    ],
)
def test_one_log_filter_works_like_a_list_of_one(
    client: Client, core: FakeCore, filters: Any
) -> None:
    core.episodes.append(Episode([], then="end"))
    with client.v3_events_post(filters, reconnect=False) as events:
        assert list(events) == []
    assert json.loads(core.seen("POST", "/api/v3/events")[0].body) == {
        "filters": [{"event": "process"}]
    }


@pytest.mark.parametrize("filters", [None, {}, [], ProcessEventFilters()])
def test_no_filter_streams_every_event(client: Client, core: FakeCore, filters: Any) -> None:
    core.episodes.append(Episode([], then="end"))
    with client.v3_events_post_process(filters, reconnect=False) as events:
        assert list(events) == []
    assert json.loads(core.seen("POST", "/api/v3/events/process")[0].body or b"{}") in (
        {},
        {"filters": []},
    )


@pytest.mark.parametrize(
    ("filters", "path", "message"),
    [
        ({"pids": "a"}, "filters.pids", "unknown field 'pids'; did you mean 'pid'?"),
        ({"process": "a"}, "filters.process", "unknown field 'process'; a filter has core_id"),
        ([{"pid": "a"}, {"pid": 5}], "filters[1].pid", "expected string, got integer"),
        ({"filters": {"pid": "a"}}, "filters.filters", "expected a list of filters"),
        ({"filters": [{"type_": "state"}]}, "filters.filters[0].type_", "did you mean 'type'?"),
        (["pid=a"], "filters[0]", "expected a filter model or a dict, got str"),
        ("pid=a", "filters", "expected a filter model or a dict, got str"),
    ],
)
def test_a_filter_that_does_not_fit_is_refused_before_sending(
    client: Client, core: FakeCore, filters: Any, path: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        client.v3_events_post_process(filters, reconnect=False)
    assert raised.value.path == path
    assert message in str(raised.value)
    assert raised.value.request.url.path == "/api/v3/events/process"
    assert core.seen("POST", "/api/v3/events/process") == []


def test_a_log_filter_checks_its_data_map(client: Client) -> None:
    with pytest.raises(ValidationError) as raised:
        client.v3_cluster_post_events({"event": "x", "data": {"id": 5}})
    assert raised.value.path == "filters.data.id"


async def test_async_filters_are_the_same(async_client: AsyncClient, core: FakeCore) -> None:
    core.episodes.append(Episode([], then="end"))
    async with async_client.v3_events_post_process({"pid": "a"}, reconnect=False) as events:
        assert [event async for event in events] == []
    assert json.loads(core.seen("POST", "/api/v3/events/process")[0].body) == ONE_PROCESS
    with pytest.raises(ValidationError, match="did you mean 'pid'"):
        async_client.v3_events_post_process({"pid_": "a"})
