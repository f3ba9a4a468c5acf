from __future__ import annotations

from .. import types as _types


class SetConfigApiAuthJwt(_types.Model):
    """
    Attributes:
        secret (str | None):
    """

    secret: str | None = None
    _SHOWN = {
        "secret": _types.redacted,
    }
