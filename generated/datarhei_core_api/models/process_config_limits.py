from __future__ import annotations

from .. import types as _types


class ProcessConfigLimits(_types.Model):
    """
    Attributes:
        cpu_usage (float | None): percent 0-100*ncpu
        gpu_decoder (float | None): percent 0-100
        gpu_encoder (float | None): percent 0-100
        gpu_memory_mbytes (int | None): megabytes
        gpu_usage (float | None): percent 0-100
        log_event_rate (float | None): rate limit for log events
        memory_mbytes (int | None): megabytes
        waitfor_seconds (int | None): seconds
    """

    cpu_usage: float | None = None
    gpu_decoder: float | None = None
    gpu_encoder: float | None = None
    gpu_memory_mbytes: int | None = None
    gpu_usage: float | None = None
    log_event_rate: float | None = None
    memory_mbytes: int | None = None
    waitfor_seconds: int | None = None
