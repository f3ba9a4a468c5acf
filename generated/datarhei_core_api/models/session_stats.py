from __future__ import annotations

from .. import types as _types


class SessionStats(_types.Model):
    """
    Attributes:
        sessions (int | None):
        traffic_rx_mb (int | None):
        traffic_tx_mb (int | None):
    """

    sessions: int | None = None
    traffic_rx_mb: int | None = None
    traffic_tx_mb: int | None = None
