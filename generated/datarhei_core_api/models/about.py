from __future__ import annotations

from .. import types as _types
from ..models.about_resources import AboutResources
from ..models.about_version import AboutVersion


class About(_types.Model):
    """
    Attributes:
        app (str):
        version (AboutVersion):
        auths (list[str] | None):
        created_at (str | None): RFC3339
        id (str | None):
        name (str | None):
        resources (AboutResources | None):
        uptime_seconds (int | None):
    """

    app: str
    version: AboutVersion
    auths: list[str] | None = _types.ABSENT
    created_at: str | None = None
    id: str | None = None
    name: str | None = None
    resources: AboutResources | None = None
    uptime_seconds: int | None = None

    _TRACKED = ("auths",)
    __post_init__ = _types.fill_absent
