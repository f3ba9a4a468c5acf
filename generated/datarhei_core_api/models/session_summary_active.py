from __future__ import annotations

import builtins

from .. import types as _types
from ..models.session import Session


class SessionSummaryActive(_types.Model):
    """
    Attributes:
        bandwidth_rx_mbit (float): mbit/s
        bandwidth_tx_mbit (float): mbit/s
        max_bandwidth_rx_mbit (float): mbit/s
        max_bandwidth_tx_mbit (float): mbit/s
        max_sessions (int):
        sessions (int):
        list (list[Session] | None):
    """

    bandwidth_rx_mbit: float
    bandwidth_tx_mbit: float
    max_bandwidth_rx_mbit: float
    max_bandwidth_tx_mbit: float
    max_sessions: int
    sessions: int
    list: builtins.list[Session] | None = _types.ABSENT

    _TRACKED = ("list",)
    __post_init__ = _types.fill_absent
