from __future__ import annotations

from .. import types as _types


class ProgressIOFramerate(_types.Model):
    """
    Attributes:
        avg (float):
        max (float):
        min (float):
    """

    avg: float
    max: float
    min: float
