from __future__ import annotations

from .. import types as _types


class ProcessUsageGPUMemory(_types.Model):
    """
    Attributes:
        avg (float):
        cur (int):
        limit (int):
        max (int):
    """

    avg: float
    cur: int
    limit: int
    max: int
