from __future__ import annotations

from .. import types as _types


class ProcessProgressOutput(_types.Model):
    """
    Attributes:
        bitrate (float | None):
        fps (float | None):
        id (str | None):
        q (float | None):
        type (str | None):
    """

    bitrate: float | None = None
    fps: float | None = None
    id: str | None = None
    q: float | None = None
    type: str | None = None
