from __future__ import annotations

from .. import types as _types
from ..models.srt_channel_connections import SRTChannelConnections
from ..models.srt_channel_log import SRTChannelLog


class SRTChannel(_types.Model):
    """
    Attributes:
        connections (None | SRTChannelConnections):
        log (None | SRTChannelLog):
        name (str | None):
        socketid (int | None):
        subscriber (list[int] | None):
    """

    connections: None | SRTChannelConnections = _types.ABSENT
    log: None | SRTChannelLog = _types.ABSENT
    name: str | None = None
    socketid: int | None = None
    subscriber: list[int] | None = _types.ABSENT

    _TRACKED = (
        "connections",
        "log",
        "subscriber",
    )
    __post_init__ = _types.fill_absent
