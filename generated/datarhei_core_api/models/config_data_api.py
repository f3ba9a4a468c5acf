from __future__ import annotations

from .. import types as _types
from ..models.config_data_api_access import ConfigDataApiAccess
from ..models.config_data_api_auth import ConfigDataApiAuth


class ConfigDataApi(_types.Model):
    """
    Attributes:
        access (ConfigDataApiAccess | None):
        auth (ConfigDataApiAuth | None):
        read_only (bool | None):
    """

    access: ConfigDataApiAccess | None = None
    auth: ConfigDataApiAuth | None = None
    read_only: bool | None = None
