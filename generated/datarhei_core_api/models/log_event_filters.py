from __future__ import annotations

from .. import types as _types
from ..models.log_event_filter import LogEventFilter


class LogEventFilters(_types.Model):
    """
    Attributes:
        filters (list[LogEventFilter] | None):
    """

    filters: list[LogEventFilter] | None = _types.ABSENT

    _TRACKED = ("filters",)
    __post_init__ = _types.fill_absent
