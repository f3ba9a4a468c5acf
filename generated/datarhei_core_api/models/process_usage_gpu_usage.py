from __future__ import annotations

from .. import types as _types


class ProcessUsageGPUUsage(_types.Model):
    """
    Attributes:
        avg (float):
        cur (float):
        limit (float):
        max (float):
    """

    avg: float
    cur: float
    limit: float
    max: float
