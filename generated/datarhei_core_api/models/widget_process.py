from __future__ import annotations

from .. import types as _types


class WidgetProcess(_types.Model):
    """
    Attributes:
        current_sessions (int):
        total_sessions (int):
        uptime (int):
    """

    current_sessions: int
    total_sessions: int
    uptime: int
