"""The streaming operations are real methods of both clients: named, documented, introspectable,
sync on Client, awaitable or `async with`-able on AsyncClient, and callable from the class."""

from __future__ import annotations

import inspect

import pytest

from core_client import AsyncClient, Client
from core_client.streaming import _StreamingRoutes
from tests.streaming.fake_core import FakeCore, StoredFile

NAMES = sorted(name for name in vars(_StreamingRoutes) if name.startswith("v3_"))
# What AsyncClient awaits; the rest open streams (`async with`).
AWAITED = {
    name
    for name in NAMES
    if not name.startswith(("v3_events", "v3_cluster_post_events", "v3_rtmp"))
    and not name.endswith("_stream")
}


@pytest.mark.parametrize("name", NAMES)
def test_a_method_of_both_clients(name: str) -> None:
    client, async_client = Client("http://core"), AsyncClient("http://core")
    unbound, bound = getattr(Client, name), getattr(client, name)
    for method in (unbound, bound):
        assert callable(method)
        assert method.__doc__
        assert not inspect.iscoroutinefunction(method)
        options = inspect.signature(method).parameters["options"]
        assert options.kind is inspect.Parameter.VAR_KEYWORD
    # As with a function: `self` first on the class, not once bound.
    assert list(inspect.signature(unbound).parameters)[1:] == list(
        inspect.signature(bound).parameters
    )
    assert "self" not in inspect.signature(bound).parameters
    assert inspect.iscoroutinefunction(getattr(async_client, name)) is (name in AWAITED)


def test_aliases_keep_the_documented_name() -> None:
    assert Client.v3_events_stream.__name__ == "v3_events_post"
    assert Client("http://core").v3_fs_put_file.__name__ == "v3_fs_put_file"


def test_called_from_the_class_with_the_client_first(client: Client, core: FakeCore) -> None:
    core.files[("mem", "/a.txt")] = StoredFile(b"a", "text/plain")

    assert Client.v3_fs_get_file(client, "mem", "a.txt") == b"a"
