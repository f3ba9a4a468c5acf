from __future__ import annotations

from typing import TypeAlias

LogEventData: TypeAlias = dict[str, str]
