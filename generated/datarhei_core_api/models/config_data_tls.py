from __future__ import annotations

from .. import types as _types


class ConfigDataTls(_types.Model):
    """
    Attributes:
        address (str | None):
        auto (bool | None):
        cert_file (str | None):
        email (str | None):
        enable (bool | None):
        key_file (str | None):
        secret (str | None):
        staging (bool | None):
    """

    address: str | None = None
    auto: bool | None = None
    cert_file: str | None = None
    email: str | None = None
    enable: bool | None = None
    key_file: str | None = None
    secret: str | None = None
    staging: bool | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
        "secret": _types.redacted,
    }
