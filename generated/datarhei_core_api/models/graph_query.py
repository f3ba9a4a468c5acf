from __future__ import annotations

from typing import Any

from .. import types as _types


class GraphQuery(_types.Model):
    """
    Attributes:
        query (str | None):
        variables (Any | None):
    """

    query: str | None = None
    variables: Any | None = _types.ABSENT

    _TRACKED = ("variables",)
    __post_init__ = _types.fill_absent
