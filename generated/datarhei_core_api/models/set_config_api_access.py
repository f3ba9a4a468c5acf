from __future__ import annotations

from .. import types as _types
from ..models.set_config_api_access_http import SetConfigApiAccessHttp
from ..models.set_config_api_access_https import SetConfigApiAccessHttps


class SetConfigApiAccess(_types.Model):
    """
    Attributes:
        http (SetConfigApiAccessHttp | None):
        https (SetConfigApiAccessHttps | None):
    """

    http: SetConfigApiAccessHttp | None = None
    https: SetConfigApiAccessHttps | None = None
