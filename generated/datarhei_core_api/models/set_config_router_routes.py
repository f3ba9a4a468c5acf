from __future__ import annotations

from typing import TypeAlias

SetConfigRouterRoutes: TypeAlias = dict[str, str]
