from __future__ import annotations

from .. import types as _types


class RawLogEntry(_types.Model):
    """One log event of GET /api/v3/log?format=raw; its data fields are additional properties

    Attributes:
        ts (str | None):
        level (str | None):
        component (str | None):
        caller (str | None):
        message (str | None):
    """

    ts: str | None = None
    level: str | None = None
    component: str | None = None
    caller: str | None = None
    message: str | None = None
