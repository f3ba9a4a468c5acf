from __future__ import annotations

from typing import TypeAlias

from ..models.srt_connection import SRTConnection

SRTChannelConnections: TypeAlias = dict[str, SRTConnection]
