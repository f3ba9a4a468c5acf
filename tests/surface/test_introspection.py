"""Every public method of both clients can be read by documentation and run-time type tools:
`inspect.signature` gives its real parameters and `typing.get_type_hints` resolves every
annotation (no name imported only for type checkers)."""

from __future__ import annotations

import inspect
import typing

import pytest

from core_client import AsyncClient, Client
from core_client._operations import AsyncRawOperations, SyncRawOperations

# The clients, and what `client.with_raw_response` is.
CLASSES = (Client, AsyncClient, SyncRawOperations, AsyncRawOperations)


def public_methods(client_class: type) -> list[str]:
    return sorted(
        name
        for name, value in inspect.getmembers(client_class)
        if not name.startswith("_") and callable(value)
    )


@pytest.mark.parametrize(
    ("client_class", "name"),
    [(client_class, name) for client_class in CLASSES for name in public_methods(client_class)],
)
def test_signature_and_type_hints_resolve(client_class: type, name: str) -> None:
    method = getattr(client_class, name)
    assert inspect.isfunction(method), f"{client_class.__name__}.{name} is {method!r}"
    signature = inspect.signature(method)
    hints = typing.get_type_hints(method)
    assert "return" in hints
    for parameter in list(signature.parameters.values())[1:]:
        assert parameter.name in hints, f"{name}({parameter.name}) has no annotation"


def test_there_is_a_method_per_operation_and_more() -> None:
    # Every operation and alias, streaming ones included: the walk above covers them all.
    assert len(public_methods(Client)) > 120
    closers = {"close", "aclose"}
    assert set(public_methods(Client)) - closers == set(public_methods(AsyncClient)) - closers


def test_hints_name_the_models_and_call_options() -> None:
    hints = typing.get_type_hints(Client.v3_process_get)
    assert hints["return"].__name__ == "Process"
    raw = typing.get_type_hints(SyncRawOperations.v3_process_get)["return"]
    assert typing.get_args(raw)[0] is hints["return"]
    assert typing.get_type_hints(AsyncClient.v3_fs_get_file)["return"] is bytes
    stream = inspect.signature(Client.v3_events_post).parameters
    assert {"retries", "timeout", "reconnect", "idle_timeout"} <= set(stream)
