"""Every recorded real exchange goes through the method that made it.

For each fixture of ../shared/fixtures whose operation has a generated method, the method is
called with the recorded arguments against a Core replaying the recording: the request must
arrive as recorded (path, query and body as Core decodes them), a 2xx response must become the
method's value without losing a field (unknown fields included), and an error status must raise
the matching `APIError`.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from typing import Any

import pytest

from core_client import APIError, Client, NotFoundError, ValidationError
from core_client.models import SRTStatistics
from core_client.operation import Operation, renamed_keys
from tests.support.shared import FIXTURES, OPERATION_NAMES, needs
from tests.surface.recorded import (
    PASSWORD,
    USERNAME,
    VERSIONS,
    Exchange,
    ReplayCore,
    auth_exchanges,
    exchanges,
    wiring,
)
from tests.surface.values import as_json, operation_of

NAMES_TABLE = OPERATION_NAMES
needs(FIXTURES, "recorded real answers")
needs(NAMES_TABLE, "the table of operation names of every Core version")


@functools.cache
def vod_operation_ids() -> dict[tuple[str, str, str], str]:
    """(version, operationId, method) -> the vod operationId of the same route."""
    ids = {}
    with NAMES_TABLE.open() as table:
        for row in csv.DictReader(table, delimiter="\t"):
            for version in VERSIONS:
                if row[f"opid_{version}"] != "-" and row["opid_vod"] != "-":
                    ids[(version, row[f"opid_{version}"], row["method"])] = row["opid_vod"]
    return ids


def entry_of(exchange: Exchange, version: str) -> dict[str, Any] | None:
    vod_id = vod_operation_ids().get((version, exchange.operation_id, exchange.method))
    return None if vod_id is None else wiring().get((vod_id, exchange.method))


def replayed(version: str) -> list[Exchange]:
    return [
        exchange
        for exchange in exchanges(version)
        if (entry := entry_of(exchange, version)) is not None and entry["kind"] == "generated"
    ]


CASES = [
    pytest.param(version, exchange, id=exchange.name)
    for version in VERSIONS
    for exchange in replayed(version)
]


def arguments(exchange: Exchange, operation: Operation[Any]) -> dict[str, Any]:
    values = {**exchange.path_values, **exchange.query}
    given: dict[str, Any] = {
        parameter.name: values[parameter.spec_name]
        for parameter in operation.parameters
        if parameter.spec_name in values
    }
    for parameter in operation.parameters:
        if parameter.spec_name in exchange.query and parameter.kind == "integer":
            given[parameter.name] = int(exchange.query[parameter.spec_name])
    if operation.body is not None:
        body = exchange.body
        given[operation.body.name] = body if operation.body.json else body.encode()
    return given


@pytest.fixture(scope="module")
def replay_core() -> Iterator[ReplayCore]:
    with ReplayCore([]) as core:
        yield core


@pytest.fixture(scope="module")
def client(replay_core: ReplayCore) -> Iterator[Client]:
    """One client for all replays (each logs in again whenever the replay asks it to)."""
    with Client(replay_core.url, USERNAME, PASSWORD, retries=0) as shared:
        yield shared


@pytest.mark.parametrize(("version", "exchange"), CASES)
def test_recorded_exchange_goes_through_its_method(
    version: str, exchange: Exchange, replay_core: ReplayCore, client: Client
) -> None:
    entry = entry_of(exchange, version)
    assert entry is not None
    operation = operation_of(entry["name"])
    replay_core.load([*auth_exchanges(version), exchange])
    call = getattr(client, entry["name"])
    try:
        operation.prepare(arguments(exchange, operation))
    except ValidationError:
        # What the client refuses to send, Core refused too.
        assert exchange.status == 400
        with pytest.raises(ValidationError):
            call(**arguments(exchange, operation))
        assert replay_core.received == []
        return
    if exchange.status >= 300:
        with pytest.raises(APIError) as raised:
            call(**arguments(exchange, operation))
        assert raised.value.status == exchange.status
    else:
        value = call(**arguments(exchange, operation))
        if operation.result == "json":
            # Keys an older Core spells otherwise arrive under the spec's names (methods.toml).
            assert as_json(value) == renamed_keys(exchange.json(), dict(operation.renamed_keys))
        elif operation.result == "text":
            assert value == exchange.text()
    sent = replay_core.received[-1]
    assert (sent.method, sent.path, sent.query) == (exchange.method, exchange.path, exchange.query)


def test_srt_statistics_of_v16_10_parse_into_typed_fields(
    replay_core: ReplayCore, client: Client
) -> None:
    (exchange,) = [e for e in exchanges("v16.10.0") if e.path == "/api/v3/srt"]
    replay_core.load([*auth_exchanges("v16.10.0"), exchange])
    (recorded,) = exchange.json()["connections"].values()

    channels = as_json(client.v3_srt_get())

    (connection,) = channels["connections"].values()
    stats = SRTStatistics.from_dict(connection["stats"])
    assert stats.sent_unique_bytes == recorded["stats"]["sent_unique__bytes"]
    assert stats.recv_loss_bytes == recorded["stats"]["recv_loss__bytes"]
    assert stats.additional_properties == {}


def test_every_fixture_is_replayed_here_or_belongs_to_another_part() -> None:
    """Fixtures not replayed above are streaming, auth, or operations the vod spec lacks."""
    others = {}
    for version in VERSIONS:
        for exchange in exchanges(version):
            entry = entry_of(exchange, version)
            if entry is None or entry["kind"] != "generated":
                kind = "not in vod" if entry is None else entry["kind"]
                others[exchange.name] = kind
    assert set(others.values()) <= {"not in vod", "streaming", "pipeline"}
    not_in_vod = [name for name, kind in others.items() if kind == "not in vod"]
    assert all(name.startswith("v16.10.0/") or "NOSPEC" in name for name in not_in_vod), not_in_vod


@pytest.mark.parametrize(
    ("fixture", "call"),
    [
        ("047-NOSPEC-fs-list", lambda client: client.v3_fs_get_list()),
        ("074-NOSPEC-unknown-storage", lambda client: client.v3_fs_get_file_list("nosuchfs")),
    ],
)
def test_a_route_v16_10_lacks_is_named_in_the_error(
    replay_core: ReplayCore, client: Client, fixture: str, call: Any
) -> None:
    """v16.10.0 has no generic filesystem API: its recorded 404s say so through the methods."""
    exchange = next(e for e in exchanges("v16.10.0") if e.file.stem == fixture)
    replay_core.load([*auth_exchanges("v16.10.0"), exchange])
    with pytest.raises(NotFoundError) as raised:
        call(client)
    assert "the server has no route GET /api/v3/fs" in str(raised.value)
