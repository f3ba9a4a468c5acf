from __future__ import annotations

from .. import types as _types


class AboutGPUResources(_types.Model):
    """
    Attributes:
        memory_limit_bytes (int | None): Defined memory limit in bytes
        memory_total_bytes (int | None): Total available memory in bytes
        memory_used_bytes (int | None): Currently used memory in bytes
        usage_decoder (float | None): Current decoder usage, 0-100
        usage_encoder (float | None): Current encoder usage, 0-100
        usage_general (float | None): Current general usage, 0-100
        usage_limit (float | None): Defined general usage limit, 0-100
    """

    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    usage_decoder: float | None = None
    usage_encoder: float | None = None
    usage_general: float | None = None
    usage_limit: float | None = None
