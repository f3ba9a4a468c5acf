from __future__ import annotations

from .. import types as _types
from ..models.cluster_deployments_process import ClusterDeploymentsProcess


class ClusterDeployments(_types.Model):
    """
    Attributes:
        process (list[ClusterDeploymentsProcess] | None):
    """

    process: list[ClusterDeploymentsProcess] | None = _types.ABSENT

    _TRACKED = ("process",)
    __post_init__ = _types.fill_absent
