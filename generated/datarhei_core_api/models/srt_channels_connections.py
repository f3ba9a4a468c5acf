from __future__ import annotations

from typing import TypeAlias

from ..models.srt_connection import SRTConnection

SRTChannelsConnections: TypeAlias = dict[str, SRTConnection]
