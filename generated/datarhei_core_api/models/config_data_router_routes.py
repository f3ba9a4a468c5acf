from __future__ import annotations

from typing import TypeAlias

ConfigDataRouterRoutes: TypeAlias = dict[str, str]
