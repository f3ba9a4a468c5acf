from __future__ import annotations

from typing import TypeAlias

from ..models.srt_log import SRTLog

SRTChannelLog: TypeAlias = dict[str, list[SRTLog]]
