from __future__ import annotations

from .. import types as _types


class Login(_types.Model):
    """
    Attributes:
        password (str):
        username (str):
    """

    password: str
    username: str
    _SHOWN = {
        "password": _types.redacted,
    }
