from __future__ import annotations

from .. import types as _types
from ..models.config_data_api_auth_auth_0 import ConfigDataApiAuthAuth0
from ..models.config_data_api_auth_jwt import ConfigDataApiAuthJwt


class ConfigDataApiAuth(_types.Model):
    """
    Attributes:
        auth0 (ConfigDataApiAuthAuth0 | None):
        disable_localhost (bool | None):
        enable (bool | None):
        jwt (ConfigDataApiAuthJwt | None):
        password (str | None):
        username (str | None):
    """

    auth0: ConfigDataApiAuthAuth0 | None = None
    disable_localhost: bool | None = None
    enable: bool | None = None
    jwt: ConfigDataApiAuthJwt | None = None
    password: str | None = None
    username: str | None = None
    _SHOWN = {
        "password": _types.redacted,
    }
