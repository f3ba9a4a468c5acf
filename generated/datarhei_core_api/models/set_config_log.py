from __future__ import annotations

from .. import types as _types
from ..models.set_config_log_level import SetConfigLogLevel


class SetConfigLog(_types.Model):
    """
    Attributes:
        level (SetConfigLogLevel | None):
        max_lines (int | None):
        topics (list[str] | None):
    """

    level: SetConfigLogLevel | None = None
    max_lines: int | None = None
    topics: list[str] | None = _types.ABSENT

    _TRACKED = ("topics",)
    __post_init__ = _types.fill_absent
