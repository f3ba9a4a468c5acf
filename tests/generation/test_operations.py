"""Every non-streaming operation of Core's spec becomes a generated endpoint, per version."""

from __future__ import annotations

import re
from typing import Any

import pytest

from scripts.overlay import HTTP_METHODS, STREAMING_CONTENT_TYPES, streaming_operation_ids
from scripts.paths import GENERATED_DIR, PACKAGE_NAME
from scripts.versions import DEFAULT_VERSION, VERSIONS


def swagger_operations(swagger: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in swagger["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def streams(operation: dict[str, Any]) -> bool:
    return bool(STREAMING_CONTENT_TYPES & set(operation.get("produces", [])))


def patched_operation_ids(patched: dict[str, Any]) -> list[str]:
    return [
        operation["operationId"]
        for item in patched["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def module_name(operation_id: str) -> str:
    return re.sub(r"\W+", "_", operation_id).lower()


@pytest.mark.parametrize("version", list(VERSIONS))
def test_every_non_streaming_operation_is_kept_with_its_own_id(
    version: str, swagger_specs: dict[str, Any], patched_specs: dict[str, Any]
) -> None:
    operations = swagger_operations(swagger_specs[version])
    non_streaming = [op for op in operations if not streams(op[2])]
    ids = patched_operation_ids(patched_specs[version])

    assert len(ids) == len(non_streaming)
    assert len(set(ids)) == len(ids), "two operations share an operationId (HEAD vs GET?)"


@pytest.mark.parametrize("version", list(VERSIONS))
def test_streaming_list_names_exactly_the_streaming_operations(
    version: str, swagger_specs: dict[str, Any]
) -> None:
    streaming = {
        op["operationId"] for _, _, op in swagger_operations(swagger_specs[version]) if streams(op)
    }

    assert set(streaming_operation_ids(version)) == streaming


def test_committed_package_has_one_endpoint_module_per_operation(
    patched_specs: dict[str, Any],
) -> None:
    api = GENERATED_DIR / PACKAGE_NAME / "api"
    modules = {path.stem for path in api.glob("*/*.py") if path.stem != "__init__"}

    expected = {module_name(i) for i in patched_operation_ids(patched_specs[DEFAULT_VERSION])}
    assert modules == expected
