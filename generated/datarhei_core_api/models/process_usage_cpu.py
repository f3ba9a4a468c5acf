from __future__ import annotations

from .. import types as _types


class ProcessUsageCPU(_types.Model):
    """
    Attributes:
        avg (float):
        cur (float):
        limit (float):
        max (float):
        ncpu (float):
        throttling (bool):
    """

    avg: float
    cur: float
    limit: float
    max: float
    ncpu: float
    throttling: bool
