from __future__ import annotations

from .. import types as _types
from ..models.session_extra import SessionExtra


class Session(_types.Model):
    """
    Attributes:
        bandwidth_rx_kbit (float): kbit/s
        bandwidth_tx_kbit (float): kbit/s
        bytes_rx (int):
        bytes_tx (int):
        created_at (int):
        id (str):
        local (str):
        reference (str):
        remote (str):
        extra (None | SessionExtra | str):
    """

    bandwidth_rx_kbit: float
    bandwidth_tx_kbit: float
    bytes_rx: int
    bytes_tx: int
    created_at: int
    id: str
    local: str
    reference: str
    remote: str
    extra: None | SessionExtra | str = _types.ABSENT

    _TRACKED = ("extra",)
    __post_init__ = _types.fill_absent
