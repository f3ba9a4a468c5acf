from __future__ import annotations

from .. import types as _types


class ConfigDataMetrics(_types.Model):
    """
    Attributes:
        enable (bool | None):
        enable_prometheus (bool | None):
        interval_sec (int | None): seconds
        range_sec (int | None): seconds
    """

    enable: bool | None = None
    enable_prometheus: bool | None = None
    interval_sec: int | None = None
    range_sec: int | None = None
