from __future__ import annotations

from .. import types as _types


class JWT(_types.Model):
    """
    Attributes:
        access_token (str):
        refresh_token (str):
    """

    access_token: str
    refresh_token: str
    _SHOWN = {
        "access_token": _types.redacted,
        "refresh_token": _types.redacted,
    }
