"""`from core_client.base.models.v3 import ProcessConfig, ProcessConfigIO` (the upstream path).

The same models as `core_client.models`, with one difference for migrated code: a model whose
generated field names differ from the JSON names (`input_`, `type_`, because `input` and `type`
are Python builtins) also takes the JSON names as keywords, as the upstream pydantic models did:
`ProcessConfig(id="p", input=[...], output=[...])`.
"""

from __future__ import annotations

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
    """The model, or a subclass of it whose constructor also takes the JSON field names."""
    if not attrs.has(model):
        return model
    renamed = {
        field.name.removesuffix("_"): field.name
        for field in attrs.fields(model)
        if field.init and field.name.endswith("_")
    }
    if not renamed:
        return model

    def __init__(self: Any, **fields: Any) -> None:
        for json_name, field_name in renamed.items():
            if json_name in fields:
                fields[field_name] = fields.pop(json_name)
        model.__init__(self, **fields)

    namespace = {"__init__": __init__, "__slots__": (), "__doc__": model.__doc__}
    return type(model.__name__, (model,), namespace)
