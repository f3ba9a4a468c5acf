from __future__ import annotations

from .. import types as _types
from ..models.iam_user_auth_api_auth_0 import IAMUserAuthAPIAuth0


class IAMUserAuthAPI(_types.Model):
    """
    Attributes:
        auth0 (IAMUserAuthAPIAuth0 | None):
        userpass (str | None):
    """

    auth0: IAMUserAuthAPIAuth0 | None = None
    userpass: str | None = None
    _SHOWN = {
        "userpass": _types.redacted,
    }
