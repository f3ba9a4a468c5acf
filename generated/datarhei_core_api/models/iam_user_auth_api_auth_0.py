from __future__ import annotations

from .. import types as _types
from ..models.iam_auth_0_tenant import IAMAuth0Tenant


class IAMUserAuthAPIAuth0(_types.Model):
    """
    Attributes:
        tenant (IAMAuth0Tenant | None):
        user (str | None):
    """

    tenant: IAMAuth0Tenant | None = None
    user: str | None = None
