from __future__ import annotations

from .. import types as _types


class ProgressIOTee(_types.Model):
    """
    Attributes:
        address (str | None):
        fifo_enabled (bool | None):
        fifo_recovery_attempts_total (float | None):
        fifo_state (str | None):
        format (str | None):
        id (str | None):
        state (str | None):
    """

    address: str | None = None
    fifo_enabled: bool | None = None
    fifo_recovery_attempts_total: float | None = None
    fifo_state: str | None = None
    format: str | None = None
    id: str | None = None
    state: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
    }
