from __future__ import annotations

from .. import types as _types


class ConfigDataRtmpHttpflv(_types.Model):
    """
    Attributes:
        enable (bool | None):
        mount (str | None):
    """

    enable: bool | None = None
    mount: str | None = None
