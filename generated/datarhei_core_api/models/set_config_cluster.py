from __future__ import annotations

from .. import types as _types
from ..models.set_config_cluster_debug import SetConfigClusterDebug


class SetConfigCluster(_types.Model):
    """
    Attributes:
        address (str | None): ip:port
        debug (SetConfigClusterDebug | None):
        emergency_leader_timeout_sec (int | None): seconds
        enable (bool | None):
        id (str | None):
        node_recover_timeout_sec (int | None): seconds
        peers (list[str] | None):
        recover_timeout_sec (int | None): seconds
        startup_timeout_sec (int | None): seconds
        sync_interval_sec (int | None): seconds
    """

    address: str | None = None
    debug: SetConfigClusterDebug | None = None
    emergency_leader_timeout_sec: int | None = None
    enable: bool | None = None
    id: str | None = None
    node_recover_timeout_sec: int | None = None
    peers: list[str] | None = _types.ABSENT
    recover_timeout_sec: int | None = None
    startup_timeout_sec: int | None = None
    sync_interval_sec: int | None = None

    _TRACKED = ("peers",)
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "address": _types.without_userinfo,
    }
