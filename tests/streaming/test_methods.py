"""The streaming operations are plain methods of both clients, like every other: named, documented,
with their real signatures (`retries=`, `timeout=` visible), sync on Client, awaitable or
`async with`-able on AsyncClient, and callable from the class."""

from __future__ import annotations

import inspect

import pytest

from core_client import AsyncClient, Client
from tests.streaming.fake_core import FakeCore, StoredFile
from tests.surface.recorded import wiring

NAMES = sorted(
    name
    for entry in wiring().values()
    if entry["kind"] == "streaming"
    for name in [entry["name"], *entry.get("aliases", []), *entry.get("extra_methods", {})]
)
# What AsyncClient awaits; the rest open streams (`async with`).
AWAITED = {
    name
    for name in NAMES
    if not name.startswith(("v3_events", "v3_cluster_post_events", "v3_rtmp"))
    and not name.endswith("_stream")
}
EVENT_STREAMS = {name for name in NAMES if "events" in name}


def test_the_table_names_every_streaming_method() -> None:
    assert {"v3_fs_download_file", "v3_cluster_node_fs_get_file_stream", "v3_events_stream"} <= set(
        NAMES
    )
    assert len(NAMES) == 21  # as many as before they became plain methods


@pytest.mark.parametrize("name", NAMES)
def test_a_plain_method_of_both_clients(name: str) -> None:
    for client_class in (Client, AsyncClient):
        method = getattr(client_class, name)
        assert inspect.isfunction(method), f"{client_class.__name__}.{name} is {method!r}"
        assert method.__doc__
        parameters = inspect.signature(method).parameters
        assert next(iter(parameters)) == "self"
        assert parameters["retries"].kind is inspect.Parameter.KEYWORD_ONLY
        assert parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
        assert ("reconnect" in parameters) is (name in EVENT_STREAMS)
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    assert not inspect.iscoroutinefunction(getattr(Client, name))
    assert inspect.iscoroutinefunction(getattr(AsyncClient, name)) is (name in AWAITED)
    # Bound, `self` is gone, as with any method.
    bound = getattr(Client("http://core"), name)
    assert (
        list(inspect.signature(bound).parameters)
        == list(inspect.signature(getattr(Client, name)).parameters)[1:]
    )


def test_aliases_keep_the_documented_name() -> None:
    assert Client.v3_events_stream.__name__ == "v3_events_post"
    assert Client("http://core").v3_fs_put_file.__name__ == "v3_fs_put_file"


def test_called_from_the_class_with_the_client_first(client: Client, core: FakeCore) -> None:
    core.files[("mem", "/a.txt")] = StoredFile(b"a", "text/plain")

    assert Client.v3_fs_get_file(client, "mem", "a.txt") == b"a"
