"""Every operation of Core's spec and every name of the original README is a method of both clients.

The spec is Core's own swagger.json (../shared/openapi, the pinned vod file), read directly, so an
operation the wiring table forgets fails here; names are looked up on the client classes, so a
name the table has but no mixin defines fails too.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Callable
from typing import Any

import pytest

from core_client import AsyncClient, Client
from scripts.spec import pull
from tests.support.shared import SPEC_MIRROR
from tests.surface.recorded import wiring

SPEC = pull("vod", mirror=SPEC_MIRROR)  # Core's own swagger, sha256 checked

# The original README's 49 documented names (name, route), as listed in issue 2.
README_NAMES = """
about · ping · login · v3_cluster_get_list · v3_cluster_post_node · v3_cluster_get_node ·
v3_cluster_put_node · v3_cluster_delete_node · v3_cluster_get_node_proxy · v3_config_get ·
v3_config_put · v3_config_reload · v3_fs_get_list · v3_fs_put · v3_fs_get_file_list ·
v3_fs_get_file · v3_fs_put_file · v3_fs_delete_file · v3_log_get · v3_metadata_get ·
v3_metadata_put · v3_metrics_get · v3_metrics_post · v3_process_get_list · v3_process_post ·
v3_process_get · v3_process_put · v3_process_delete · v3_process_put_command ·
v3_process_get_config · v3_process_get_metadata · v3_process_put_metadata ·
v3_process_get_probe · v3_process_get_report_list · v3_process_get_state ·
v3_process_get_playout_input_errorframe_encode · v3_process_post_playout_input_errorframe_name ·
v3_process_get_playout_input_keyframe · v3_process_get_playout_input_reopen ·
v3_process_get_playout_input_status · v3_process_put_playout_input_stream ·
v3_process_get_report · v3_rtmp_get · v3_session_get · v3_session_get_active · v3_skills_get ·
v3_skills_reload · v3_srt_get · v3_widget_get_process
"""
# `v3_fs_delete_file` names two routes in the README (one file, and by pattern).
README_NAME_COUNT = 49


def spec_operations() -> list[tuple[str, str]]:
    """(operationId, METHOD) of every operation in Core's vod spec."""
    paths = json.loads(SPEC.read_text())["paths"]
    return sorted(
        (operation["operationId"], method.upper())
        for item in paths.values()
        for method, operation in item.items()
    )


def corrected_methods() -> dict[tuple[str, str], dict[str, Any]]:
    """(operationId, the spec's METHOD) of the entries whose route has another method."""
    return {
        (entry["operation_id"], entry["spec_method"]): entry
        for entry in wiring().values()
        if "spec_method" in entry
    }


def readme_names() -> list[str]:
    return [name.strip() for name in re.split(r"[·\s]+", README_NAMES) if name.strip()]


def all_names() -> list[str]:
    """Every public method name: the table's (with aliases) and the README's."""
    names = {
        name
        for entry in wiring().values()
        if entry.get("public", True)
        for name in [entry["name"], *entry.get("aliases", [])]
    }
    return sorted(names | set(readme_names()))


def test_the_readme_list_has_its_49_names() -> None:
    names = readme_names()
    assert len(set(names)) == len(names) == README_NAME_COUNT


@pytest.mark.parametrize(("operation_id", "method"), spec_operations())
def test_every_spec_operation_has_a_named_method(operation_id: str, method: str) -> None:
    entry = wiring().get((operation_id, method)) or corrected_methods().get((operation_id, method))
    assert entry is not None, f"{method} {operation_id} is missing from openapi/methods.toml"
    if not entry.get("public", True):
        assert entry["kind"] == "pipeline"  # used by the pipeline itself (token renewal)
        return
    for client in (Client, AsyncClient):
        assert callable(getattr(client, entry["name"], None)), f"{client.__name__}.{entry['name']}"


@pytest.mark.parametrize("name", all_names())
def test_every_documented_name_is_a_method_of_both_clients(name: str) -> None:
    sync_method = getattr(Client, name, None)
    async_method = getattr(AsyncClient, name, None)
    assert callable(sync_method), f"Client.{name} is missing"
    assert callable(async_method), f"AsyncClient.{name} is missing"
    assert not inspect.iscoroutinefunction(sync_method), f"Client.{name} must not be async"


@pytest.mark.parametrize(
    "name", sorted(entry["name"] for entry in wiring().values() if entry["kind"] == "generated")
)
def test_generated_methods_are_coroutines_on_the_async_client(name: str) -> None:
    assert inspect.iscoroutinefunction(getattr(AsyncClient, name))


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in all_names()
        if all(entry["kind"] != "pipeline" for entry in wiring().values() if entry["name"] == name)
    ],
)
def test_every_method_takes_retries_and_timeout(name: str) -> None:
    for client in (Client, AsyncClient):
        assert {"retries", "timeout"} <= keyword_names(getattr(client, name)), (
            f"{client.__name__}.{name}"
        )


def keyword_names(method: Callable[..., object]) -> set[str]:
    """The names a method takes, those of a `**options: Unpack[SomeTypedDict]` included."""
    parameters = inspect.signature(method).parameters
    names = set(parameters)
    for parameter in parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            hint = typing.get_type_hints(method, include_extras=True)[parameter.name]
            assert typing.get_origin(hint) is typing.Unpack, f"**{parameter.name}: {hint}"
            (options,) = typing.get_args(hint)
            names |= options.__required_keys__ | options.__optional_keys__
    return names
