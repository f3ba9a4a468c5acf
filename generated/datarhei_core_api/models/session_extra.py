from __future__ import annotations

from typing import Any, TypeAlias

SessionExtra: TypeAlias = dict[str, Any]
