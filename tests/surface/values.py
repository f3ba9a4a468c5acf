"""Helpers shared by the surface tests: the wiring of a method, values as JSON."""

from __future__ import annotations

from typing import Any

from core_client import _operations
from core_client.operation import Operation


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
