from __future__ import annotations

from .. import types as _types
from ..models.srt_channels_connections import SRTChannelsConnections
from ..models.srt_channels_log import SRTChannelsLog
from ..models.srt_channels_publisher import SRTChannelsPublisher
from ..models.srt_channels_subscriber import SRTChannelsSubscriber


class SRTChannels(_types.Model):
    """SRT channels as v16 lists them (its api.SRTChannels)

    Attributes:
        publisher (None | SRTChannelsPublisher):
        subscriber (None | SRTChannelsSubscriber):
        connections (None | SRTChannelsConnections):
        log (None | SRTChannelsLog):
    """

    publisher: None | SRTChannelsPublisher = _types.ABSENT
    subscriber: None | SRTChannelsSubscriber = _types.ABSENT
    connections: None | SRTChannelsConnections = _types.ABSENT
    log: None | SRTChannelsLog = _types.ABSENT

    _TRACKED = (
        "publisher",
        "subscriber",
        "connections",
        "log",
    )
    __post_init__ = _types.fill_absent
