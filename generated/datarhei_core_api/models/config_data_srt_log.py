from __future__ import annotations

from .. import types as _types


class ConfigDataSrtLog(_types.Model):
    """
    Attributes:
        enable (bool | None):
        topics (list[str] | None):
    """

    enable: bool | None = None
    topics: list[str] | None = _types.ABSENT

    _TRACKED = ("topics",)
    __post_init__ = _types.fill_absent
