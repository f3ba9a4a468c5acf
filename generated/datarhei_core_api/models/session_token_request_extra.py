from __future__ import annotations

from typing import Any, TypeAlias

SessionTokenRequestExtra: TypeAlias = dict[str, Any]
