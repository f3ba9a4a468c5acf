from __future__ import annotations

from .. import types as _types
from ..models.srt_connection_log import SRTConnectionLog
from ..models.srt_statistics import SRTStatistics


class SRTConnection(_types.Model):
    """
    Attributes:
        log (None | SRTConnectionLog):
        stats (SRTStatistics | None):
    """

    log: None | SRTConnectionLog = _types.ABSENT
    stats: SRTStatistics | None = None

    _TRACKED = ("log",)
    __post_init__ = _types.fill_absent
