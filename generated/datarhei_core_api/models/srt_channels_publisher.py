from __future__ import annotations

from typing import TypeAlias

SRTChannelsPublisher: TypeAlias = dict[str, int]
