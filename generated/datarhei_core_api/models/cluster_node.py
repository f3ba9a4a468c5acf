from __future__ import annotations

from .. import types as _types
from ..models.cluster_node_core import ClusterNodeCore
from ..models.cluster_node_resources import ClusterNodeResources


class ClusterNode(_types.Model):
    """
    Attributes:
        address (str | None):
        core (ClusterNodeCore | None):
        created_at (str | None): RFC 3339
        error (str | None):
        id (str | None):
        last_contact_ms (float | None):
        latency_ms (float | None):
        leader (bool | None):
        name (str | None):
        public_domains (list[str] | None):
        resources (ClusterNodeResources | None):
        status (str | None):
        uptime_seconds (int | None):
        version (str | None):
        voter (bool | None):
    """

    address: str | None = None
    core: ClusterNodeCore | None = None
    created_at: str | None = None
    error: str | None = None
    id: str | None = None
    last_contact_ms: float | None = None
    latency_ms: float | None = None
    leader: bool | None = None
    name: str | None = None
    public_domains: list[str] | None = _types.ABSENT
    resources: ClusterNodeResources | None = None
    status: str | None = None
    uptime_seconds: int | None = None
    version: str | None = None
    voter: bool | None = None

    _TRACKED = ("public_domains",)
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "address": _types.without_userinfo,
    }
