from __future__ import annotations

from .. import types as _types


class ProcessProgressInputAVstream(_types.Model):
    """
    Attributes:
        drop (int | None):
        dup (int | None):
        enabled (bool | None):
        enc (int | None):
        looping (bool | None):
        time (int | None):
    """

    drop: int | None = None
    dup: int | None = None
    enabled: bool | None = None
    enc: int | None = None
    looping: bool | None = None
    time: int | None = None
