from __future__ import annotations

from .. import types as _types
from ..models.config_data_api_access_http import ConfigDataApiAccessHttp
from ..models.config_data_api_access_https import ConfigDataApiAccessHttps


class ConfigDataApiAccess(_types.Model):
    """
    Attributes:
        http (ConfigDataApiAccessHttp | None):
        https (ConfigDataApiAccessHttps | None):
    """

    http: ConfigDataApiAccessHttp | None = None
    https: ConfigDataApiAccessHttps | None = None
