from __future__ import annotations

from .. import types as _types


class S3StorageAuth(_types.Model):
    """
    Attributes:
        enable (bool | None): Deprecated, use IAM
        password (str | None): Deprecated, use IAM
        username (str | None): Deprecated, use IAM
    """

    enable: bool | None = None
    password: str | None = None
    username: str | None = None
    _SHOWN = {
        "password": _types.redacted,
    }
