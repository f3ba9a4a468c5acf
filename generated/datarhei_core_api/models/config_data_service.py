from __future__ import annotations

from .. import types as _types


class ConfigDataService(_types.Model):
    """
    Attributes:
        enable (bool | None):
        token (str | None):
        url (str | None):
    """

    enable: bool | None = None
    token: str | None = None
    url: str | None = None
    _SHOWN = {
        "token": _types.redacted,
    }
