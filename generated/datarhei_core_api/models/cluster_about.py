from __future__ import annotations

from .. import types as _types
from ..models.cluster_about_leader import ClusterAboutLeader
from ..models.cluster_node import ClusterNode
from ..models.cluster_raft import ClusterRaft


class ClusterAbout(_types.Model):
    """
    Attributes:
        degraded (bool | None):
        degraded_error (str | None):
        id (str | None):
        leader (ClusterAboutLeader | None):
        nodes (list[ClusterNode] | None):
        public_domains (list[str] | None):
        raft (ClusterRaft | None):
        status (str | None):
        version (str | None):
    """

    degraded: bool | None = None
    degraded_error: str | None = None
    id: str | None = None
    leader: ClusterAboutLeader | None = None
    nodes: list[ClusterNode] | None = _types.ABSENT
    public_domains: list[str] | None = _types.ABSENT
    raft: ClusterRaft | None = None
    status: str | None = None
    version: str | None = None

    _TRACKED = (
        "nodes",
        "public_domains",
    )
    __post_init__ = _types.fill_absent
