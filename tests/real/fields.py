"""Checks of a parsed result against the JSON the server sent.

A field the server sends that its model does not name lands in `additional_properties`: when
the spec misnames or lacks a field, that is where its data hides. Real-server tests check
every result with `unknown_fields` and name each field they accept there.
"""

from __future__ import annotations

from typing import Any

from datarhei_core_api.types import Model


def unknown_fields(value: Any, path: str = "response") -> dict[str, Any]:
    """Every field (by its path) that a model kept in `additional_properties`, nested included.
    A JSON object whose keys are free (metadata, line counts, maps by id) is a dict: its keys
    are data, not fields a model missed."""
    found: dict[str, Any] = {}
    if isinstance(value, Model):
        for key, item in value.additional_properties.items():
            found[f"{path}.{key}"] = item
        for name in value.__struct_fields__:
            found.update(unknown_fields(getattr(value, name), f"{path}.{name}"))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found.update(unknown_fields(item, f"{path}[{index}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            found.update(unknown_fields(item, f"{path}.{key}"))
    return found


def assert_fields_known(value: Any, *accepted: str) -> None:
    """No field of `value` is unknown to its model, except those whose path (indexes written
    `[]`, e.g. `response[].config.extra`) is accepted, each for a reason the caller names."""
    unknown = {
        path: item for path, item in unknown_fields(value).items() if _generic(path) not in accepted
    }
    assert not unknown, f"fields the models do not know (spec misnames or lacks them): {unknown}"


def _generic(path: str) -> str:
    out, depth = [], 0
    for char in path:
        if char == "[":
            depth += 1
            out.append("[]")
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)
