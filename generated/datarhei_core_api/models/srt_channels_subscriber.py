from __future__ import annotations

from typing import TypeAlias

SRTChannelsSubscriber: TypeAlias = dict[str, list[int]]
