from __future__ import annotations

from .. import types as _types


class ConfigDataResources(_types.Model):
    """
    Attributes:
        limit_wait_for_sec (int | None):
        max_cpu_usage (float | None): percent 0-100
        max_gpu_memory_usage (float | None): percent 0-100
        max_gpu_usage (float | None): percent 0-100
        max_memory_usage (float | None): percent 0-100
    """

    limit_wait_for_sec: int | None = None
    max_cpu_usage: float | None = None
    max_gpu_memory_usage: float | None = None
    max_gpu_usage: float | None = None
    max_memory_usage: float | None = None
