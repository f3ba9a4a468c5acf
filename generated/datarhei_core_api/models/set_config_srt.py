from __future__ import annotations

from .. import types as _types
from ..models.set_config_srt_log import SetConfigSrtLog


class SetConfigSrt(_types.Model):
    """
    Attributes:
        address (str | None):
        enable (bool | None):
        log (SetConfigSrtLog | None):
        passphrase (str | None):
        token (str | None): Deprecated, use IAM
    """

    address: str | None = None
    enable: bool | None = None
    log: SetConfigSrtLog | None = None
    passphrase: str | None = None
    token: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
        "passphrase": _types.redacted,
        "token": _types.redacted,
    }
