from __future__ import annotations

from .. import types as _types
from ..models.cluster_deployments_process_action import ClusterDeploymentsProcessAction


class ClusterDeploymentsProcess(_types.Model):
    """
    Attributes:
        action (ClusterDeploymentsProcessAction):
        domain (str | None):
        error (str | None):
        id (str | None):
        node_id (str | None):
        order (str | None):
        updated_at (int | None):
    """

    action: ClusterDeploymentsProcessAction
    domain: str | None = None
    error: str | None = None
    id: str | None = None
    node_id: str | None = None
    order: str | None = None
    updated_at: int | None = None
