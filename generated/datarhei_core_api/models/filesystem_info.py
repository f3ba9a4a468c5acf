from __future__ import annotations

from .. import types as _types


class FilesystemInfo(_types.Model):
    """
    Attributes:
        mount (str):
        name (str):
        type (str):
    """

    mount: str
    name: str
    type: str
