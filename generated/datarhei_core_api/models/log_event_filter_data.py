from __future__ import annotations

from typing import TypeAlias

LogEventFilterData: TypeAlias = dict[str, str]
