from __future__ import annotations

from .. import types as _types
from ..models.cluster_node_state_state import ClusterNodeStateState


class ClusterNodeState(_types.Model):
    """
    Attributes:
        state (ClusterNodeStateState):
    """

    state: ClusterNodeStateState
