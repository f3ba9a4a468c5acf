from __future__ import annotations

from typing import Any, TypeAlias

ProcessConfigMetadata: TypeAlias = dict[str, Any]
