from __future__ import annotations

from typing import Any

from .. import types as _types


class GraphResponse(_types.Model):
    """
    Attributes:
        data (Any | None):
        errors (list[Any] | None):
    """

    data: Any | None = _types.ABSENT
    errors: list[Any] | None = _types.ABSENT

    _TRACKED = (
        "data",
        "errors",
    )
    __post_init__ = _types.fill_absent
