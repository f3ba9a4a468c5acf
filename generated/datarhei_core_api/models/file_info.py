from __future__ import annotations

from .. import types as _types


class FileInfo(_types.Model):
    """
    Attributes:
        last_modified (int):
        name (str):
        size_bytes (int):
        core_id (str | None):
    """

    last_modified: int
    name: str
    size_bytes: int
    core_id: str | None = None
