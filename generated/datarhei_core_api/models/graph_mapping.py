from __future__ import annotations

from .. import types as _types


class GraphMapping(_types.Model):
    """
    Attributes:
        copy (bool | None):
        id (str | None):
        index (int | None):
        input (int | None):
        name (str | None):
        output (int | None):
    """

    copy: bool | None = None
    id: str | None = None
    index: int | None = None
    input: int | None = None
    name: str | None = None
    output: int | None = None
