from __future__ import annotations

from .. import types as _types


class ClusterNodeCore(_types.Model):
    """
    Attributes:
        address (str | None):
        error (str | None):
        last_contact_ms (float | None): milliseconds
        latency_ms (float | None): milliseconds
        status (str | None):
        version (str | None):
    """

    address: str | None = None
    error: str | None = None
    last_contact_ms: float | None = None
    latency_ms: float | None = None
    status: str | None = None
    version: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
    }
