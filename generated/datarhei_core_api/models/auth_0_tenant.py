from __future__ import annotations

from .. import types as _types


class Auth0Tenant(_types.Model):
    """
    Attributes:
        audience (str | None):
        clientid (str | None):
        domain (str | None):
        users (list[str] | None):
    """

    audience: str | None = None
    clientid: str | None = None
    domain: str | None = None
    users: list[str] | None = _types.ABSENT

    _TRACKED = ("users",)
    __post_init__ = _types.fill_absent
