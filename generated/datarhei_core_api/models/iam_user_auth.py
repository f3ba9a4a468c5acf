from __future__ import annotations

from .. import types as _types
from ..models.iam_user_auth_api import IAMUserAuthAPI
from ..models.iam_user_auth_services import IAMUserAuthServices


class IAMUserAuth(_types.Model):
    """
    Attributes:
        api (IAMUserAuthAPI | None):
        services (IAMUserAuthServices | None):
    """

    api: IAMUserAuthAPI | None = None
    services: IAMUserAuthServices | None = None
