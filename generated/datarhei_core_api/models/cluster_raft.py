from __future__ import annotations

from .. import types as _types


class ClusterRaft(_types.Model):
    """
    Attributes:
        address (str | None):
        last_contact_ms (float | None): milliseconds
        log_index (int | None):
        log_term (int | None):
        num_peers (int | None):
        state (str | None):
    """

    address: str | None = None
    last_contact_ms: float | None = None
    log_index: int | None = None
    log_term: int | None = None
    num_peers: int | None = None
    state: str | None = None
    _SHOWN = {
        "address": _types.without_userinfo,
    }
