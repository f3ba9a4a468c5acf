from __future__ import annotations

from .. import types as _types


class ClusterAboutLeader(_types.Model):
    """
    Attributes:
        address (str | None):
        elected_seconds (int | None):
        id (str | None):
    """

    address: str | None = None
    elected_seconds: int | None = None
    id: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
    }
