from __future__ import annotations

from .. import types as _types


class JWTRefresh(_types.Model):
    """
    Attributes:
        access_token (str):
    """

    access_token: str
    _SHOWN = {
        "access_token": _types.redacted,
    }
