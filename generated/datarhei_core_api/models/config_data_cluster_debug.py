from __future__ import annotations

from .. import types as _types


class ConfigDataClusterDebug(_types.Model):
    """
    Attributes:
        disable_ffmpeg_check (bool | None):
    """

    disable_ffmpeg_check: bool | None = None
