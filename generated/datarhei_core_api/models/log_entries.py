from __future__ import annotations

from typing import Any, TypeAlias

LogEntries: TypeAlias = dict[str, Any]
