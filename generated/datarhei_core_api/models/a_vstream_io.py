from __future__ import annotations

from .. import types as _types
from ..models.a_vstream_io_state import AVstreamIOState


class AVstreamIO(_types.Model):
    """
    Attributes:
        packet (int | None):
        size_kb (int | None):
        state (AVstreamIOState | None):
        time (int | None):
    """

    packet: int | None = None
    size_kb: int | None = None
    state: AVstreamIOState | None = None
    time: int | None = None
