from __future__ import annotations

from .. import types as _types
from ..models.config_data_router_routes import ConfigDataRouterRoutes


class ConfigDataRouter(_types.Model):
    """
    Attributes:
        blocked_prefixes (list[str] | None):
        routes (ConfigDataRouterRoutes | None):
        ui_path (str | None):
    """

    blocked_prefixes: list[str] | None = _types.ABSENT
    routes: ConfigDataRouterRoutes | None = _types.ABSENT
    ui_path: str | None = None

    _TRACKED = (
        "blocked_prefixes",
        "routes",
    )
    __post_init__ = _types.fill_absent
