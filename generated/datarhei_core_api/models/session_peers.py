from __future__ import annotations

from .. import types as _types
from ..models.session_peers_local import SessionPeersLocal


class SessionPeers(_types.Model):
    """
    Attributes:
        local (None | SessionPeersLocal):
        sessions (int | None):
        traffic_rx_mb (int | None):
        traffic_tx_mb (int | None):
    """

    local: None | SessionPeersLocal = _types.ABSENT
    sessions: int | None = None
    traffic_rx_mb: int | None = None
    traffic_tx_mb: int | None = None

    _TRACKED = ("local",)
    __post_init__ = _types.fill_absent
