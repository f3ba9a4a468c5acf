from __future__ import annotations

from .. import types as _types
from ..models.config_data_log_level import ConfigDataLogLevel


class ConfigDataLog(_types.Model):
    """
    Attributes:
        level (ConfigDataLogLevel | None):
        max_lines (int | None):
        topics (list[str] | None):
    """

    level: ConfigDataLogLevel | None = None
    max_lines: int | None = None
    topics: list[str] | None = _types.ABSENT

    _TRACKED = ("topics",)
    __post_init__ = _types.fill_absent
