"""`from core_client.base.models.v3 import ProcessConfig, ProcessConfigIO` (the upstream path).

The same models as `core_client.models`, with one difference for migrated code: constructors
also take what the upstream pydantic models took: the JSON names of fields whose generated
names differ (`input_`, `type_`, because `input` and `type` are Python builtins) and plain
strings for enum fields: `ProcessConfig(id="p", type="ffmpeg", input=[...], output=[...])`.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs

from core_client import models

if TYPE_CHECKING:
    # ProcessConfig first: the star import then leaves that name alone for type checkers.
    from ._upstream import ProcessConfig as ProcessConfig  # isort: skip
    from core_client.models import *  # type: ignore[assignment]  # noqa: F403  # isort: skip


def __getattr__(name: str) -> Any:
    return _with_json_names(getattr(models, name))


def __dir__() -> list[str]:
    return models.__dir__()


@cache
def _with_json_names(model: Any) -> Any:
    """The model, or a subclass whose constructor also takes what upstream models took: JSON
    field names (`input=` for `input_`) and plain strings for enum fields (`type="ffmpeg"`)."""
    if not attrs.has(model):
        return model
    renamed = {
        field.name.removesuffix("_"): field.name
        for field in attrs.fields(model)
        if field.init and field.name.endswith("_")
    }
    enums = {
        field.name: enum
        for field in attrs.fields(model)
        if (enum := _enum_of(field.type)) is not None
    }
    if not renamed and not enums:
        return model

    def __init__(self: Any, **fields: Any) -> None:
        for json_name, field_name in renamed.items():
            if json_name in fields:
                fields[field_name] = fields.pop(json_name)
        for field_name, enum in enums.items():
            if isinstance(fields.get(field_name), str):
                fields[field_name] = enum(fields[field_name])
        model.__init__(self, **fields)

    namespace = {"__init__": __init__, "__slots__": (), "__doc__": model.__doc__}
    return type(model.__name__, (model,), namespace)


def _enum_of(annotation: object) -> type[Enum] | None:
    """The generated enum in a field annotation such as "ProcessConfigType | Unset"."""
    for name in str(annotation).split("|"):
        candidate = getattr(models, name.strip(), None)
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    return None
