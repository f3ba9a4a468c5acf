from __future__ import annotations

from .. import types as _types
from ..models.log_event_data import LogEventData


class LogEvent(_types.Model):
    """
    Attributes:
        caller (str | None):
        core_id (str | None):
        data (LogEventData | None):
        event (str | None):
        level (str | None):
        message (str | None):
        ts (int | None):
    """

    caller: str | None = None
    core_id: str | None = None
    data: LogEventData | None = _types.ABSENT
    event: str | None = None
    level: str | None = None
    message: str | None = None
    ts: int | None = None

    _TRACKED = ("data",)
    __post_init__ = _types.fill_absent
