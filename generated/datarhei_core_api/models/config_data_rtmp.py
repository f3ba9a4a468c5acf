from __future__ import annotations

from .. import types as _types
from ..models.config_data_rtmp_httpflv import ConfigDataRtmpHttpflv


class ConfigDataRtmp(_types.Model):
    """
    Attributes:
        address (str | None):
        address_tls (str | None):
        app (str | None):
        enable (bool | None):
        enable_tls (bool | None):
        httpflv (ConfigDataRtmpHttpflv | None):
        token (str | None): Deprecated, use IAM
    """

    address: str | None = None
    address_tls: str | None = None
    app: str | None = None
    enable: bool | None = None
    enable_tls: bool | None = None
    httpflv: ConfigDataRtmpHttpflv | None = None
    token: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
        "token": _types.redacted,
    }
