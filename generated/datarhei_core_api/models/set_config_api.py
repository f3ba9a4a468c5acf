from __future__ import annotations

from .. import types as _types
from ..models.set_config_api_access import SetConfigApiAccess
from ..models.set_config_api_auth import SetConfigApiAuth


class SetConfigApi(_types.Model):
    """
    Attributes:
        access (SetConfigApiAccess | None):
        auth (SetConfigApiAuth | None):
        read_only (bool | None):
    """

    access: SetConfigApiAccess | None = None
    auth: SetConfigApiAuth | None = None
    read_only: bool | None = None
