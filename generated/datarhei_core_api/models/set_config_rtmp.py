from __future__ import annotations

from .. import types as _types
from ..models.set_config_rtmp_httpflv import SetConfigRtmpHttpflv


class SetConfigRtmp(_types.Model):
    """
    Attributes:
        address (str | None):
        address_tls (str | None):
        app (str | None):
        enable (bool | None):
        enable_tls (bool | None):
        httpflv (SetConfigRtmpHttpflv | None):
        token (str | None): Deprecated, use IAM
    """

    address: str | None = None
    address_tls: str | None = None
    app: str | None = None
    enable: bool | None = None
    enable_tls: bool | None = None
    httpflv: SetConfigRtmpHttpflv | None = None
    token: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
        "token": _types.redacted,
    }
