"""Helpers shared by the surface tests: the wiring of a method, values as JSON."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from core_client import _operations
from core_client.operation import Operation
from scripts.generate import write_patched_spec
from scripts.paths import openapi_file
from scripts.spec import pull
from tests.support.shared import SPEC_MIRROR


@functools.cache
def overlaid_spec() -> Path:
    """The overlaid OpenAPI document, built once per test session from the pinned spec and the
    overlay as they are now (a file left by an earlier build may predate an overlay change)."""
    pull("vod", mirror=SPEC_MIRROR)
    write_patched_spec("vod")
    return openapi_file("vod")


def operation_of(name: str) -> Operation[Any]:
    """The generated wiring of a method (by its main name)."""
    operation: Operation[Any] = getattr(_operations, f"_{name.upper()}")
    return operation


def as_json(value: Any) -> Any:
    """A method's value back as JSON: models (anywhere in lists and maps) as their dicts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    return value
