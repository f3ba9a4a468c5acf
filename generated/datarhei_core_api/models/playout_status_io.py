from __future__ import annotations

from .. import types as _types
from ..models.playout_status_io_state import PlayoutStatusIOState


class PlayoutStatusIO(_types.Model):
    """
    Attributes:
        packet (int | None):
        size_kb (int | None):
        state (PlayoutStatusIOState | None):
        time (int | None):
    """

    packet: int | None = None
    size_kb: int | None = None
    state: PlayoutStatusIOState | None = None
    time: int | None = None
