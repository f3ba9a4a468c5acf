from __future__ import annotations

from .. import types as _types
from ..models.set_config_router_routes import SetConfigRouterRoutes


class SetConfigRouter(_types.Model):
    """
    Attributes:
        blocked_prefixes (list[str] | None):
        routes (None | SetConfigRouterRoutes):
        ui_path (str | None):
    """

    blocked_prefixes: list[str] | None = _types.ABSENT
    routes: None | SetConfigRouterRoutes = _types.ABSENT
    ui_path: str | None = None

    _TRACKED = (
        "blocked_prefixes",
        "routes",
    )
    __post_init__ = _types.fill_absent
