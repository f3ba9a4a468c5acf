from __future__ import annotations

from .. import types as _types
from ..models.set_config_api_auth_auth_0 import SetConfigApiAuthAuth0
from ..models.set_config_api_auth_jwt import SetConfigApiAuthJwt


class SetConfigApiAuth(_types.Model):
    """
    Attributes:
        auth0 (SetConfigApiAuthAuth0 | None):
        disable_localhost (bool | None):
        enable (bool | None):
        jwt (SetConfigApiAuthJwt | None):
        password (str | None):
        username (str | None):
    """

    auth0: SetConfigApiAuthAuth0 | None = None
    disable_localhost: bool | None = None
    enable: bool | None = None
    jwt: SetConfigApiAuthJwt | None = None
    password: str | None = None
    username: str | None = None
    _SHOWN = {
        "password": _types.redacted,
    }
