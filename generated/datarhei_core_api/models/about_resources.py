from __future__ import annotations

from .. import types as _types
from ..models.about_gpu_resources import AboutGPUResources


class AboutResources(_types.Model):
    """
    Attributes:
        cpu_core (float | None): Current CPU load of the core itself, 0-100*ncpu
        cpu_limit (float | None): Defined CPU load limit, 0-100*ncpu
        cpu_used (float | None): Current CPU load, 0-100*ncpu
        gpu (list[AboutGPUResources] | None): GPU resources
        is_throttling (bool | None): Whether this core is currently throttling
        memory_core_bytes (int | None): Current used memory of the core itself in bytes
        memory_limit_bytes (int | None): Defined memory limit in bytes
        memory_total_bytes (int | None): Total available memory in bytes
        memory_used_bytes (int | None): Currently used memory in bytes
        ncpu (float | None): Number of CPU on this node
    """

    cpu_core: float | None = None
    cpu_limit: float | None = None
    cpu_used: float | None = None
    gpu: list[AboutGPUResources] | None = _types.ABSENT
    is_throttling: bool | None = None
    memory_core_bytes: int | None = None
    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    ncpu: float | None = None

    _TRACKED = ("gpu",)
    __post_init__ = _types.fill_absent
