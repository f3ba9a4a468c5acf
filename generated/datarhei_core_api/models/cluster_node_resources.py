from __future__ import annotations

from .. import types as _types
from ..models.cluster_node_gpu_resources import ClusterNodeGPUResources


class ClusterNodeResources(_types.Model):
    """
    Attributes:
        cpu_core (float | None): percent 0-100*ncpu
        cpu_limit (float | None): percent 0-100*npcu
        cpu_used (float | None): percent 0-100*npcu
        error (str | None):
        gpu (list[ClusterNodeGPUResources] | None): GPU resources
        is_throttling (bool | None):
        memory_core_bytes (int | None): bytes
        memory_limit_bytes (int | None): bytes
        memory_total_bytes (int | None): bytes
        memory_used_bytes (int | None): bytes
        ncpu (float | None):
    """

    cpu_core: float | None = None
    cpu_limit: float | None = None
    cpu_used: float | None = None
    error: str | None = None
    gpu: list[ClusterNodeGPUResources] | None = _types.ABSENT
    is_throttling: bool | None = None
    memory_core_bytes: int | None = None
    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    ncpu: float | None = None

    _TRACKED = ("gpu",)
    __post_init__ = _types.fill_absent
