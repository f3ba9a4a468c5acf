"""Every non-streaming operation of Core's spec becomes a generated endpoint, per version.

(`make check-versions` generates the other versions and checks their endpoint module counts; here
the overlay's output is checked for every version and the committed package for the default.)
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.check_versions import endpoint_modules, non_streaming_count, swagger_operations
from scripts.overlay import operations, streaming_operation_ids
from scripts.paths import GENERATED_DIR, PACKAGE_NAME
from scripts.versions import DEFAULT_VERSION, VERSIONS


def patched_operation_ids(patched: dict[str, Any]) -> list[str]:
    return [operation["operationId"] for _, _, operation in operations(patched)]


@pytest.mark.parametrize("version", list(VERSIONS))
def test_every_non_streaming_operation_is_kept_with_its_own_id(
    version: str, swagger_specs: dict[str, Any], patched_specs: dict[str, Any]
) -> None:
    non_streaming = [i for i, streams in swagger_operations(swagger_specs[version]) if not streams]
    ids = patched_operation_ids(patched_specs[version])

    assert len(ids) == len(non_streaming)
    assert len(set(ids)) == len(ids), "two operations share an operationId (HEAD vs GET?)"
    # Only a HEAD that shared its GET's id was renamed: every other id is Core's own.
    assert sorted(set(non_streaming) - set(ids)) == []


@pytest.mark.parametrize("version", list(VERSIONS))
def test_streaming_list_names_exactly_the_streaming_operations(
    version: str, swagger_specs: dict[str, Any]
) -> None:
    streaming = {i for i, streams in swagger_operations(swagger_specs[version]) if streams}

    assert set(streaming_operation_ids(version)) == streaming


def test_committed_package_has_one_endpoint_module_per_operation(
    swagger_specs: dict[str, Any], patched_specs: dict[str, Any]
) -> None:
    modules = endpoint_modules(GENERATED_DIR / PACKAGE_NAME)

    ids = patched_operation_ids(patched_specs[DEFAULT_VERSION])
    assert modules == {re.sub(r"\W+", "_", i).lower() for i in ids}
    assert len(modules) == non_streaming_count(swagger_specs[DEFAULT_VERSION])


@pytest.mark.parametrize("version", list(VERSIONS))
def test_every_201_or_204_may_also_come_as_200(version: str, patched_specs: dict[str, Any]) -> None:
    # DIFFS 1: with gzip accepted (httpx's default) Core's compress middleware answers 200.
    lacking = [
        operation["operationId"]
        for _, _, operation in operations(patched_specs[version])
        if {"201", "204"} & operation["responses"].keys() and "200" not in operation["responses"]
    ]

    assert lacking == []
