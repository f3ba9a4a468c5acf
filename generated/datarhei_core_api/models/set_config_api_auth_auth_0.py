from __future__ import annotations

from .. import types as _types
from ..models.auth_0_tenant import Auth0Tenant


class SetConfigApiAuthAuth0(_types.Model):
    """
    Attributes:
        enable (bool | None):
        tenants (list[Auth0Tenant] | None):
    """

    enable: bool | None = None
    tenants: list[Auth0Tenant] | None = _types.ABSENT

    _TRACKED = ("tenants",)
    __post_init__ = _types.fill_absent
