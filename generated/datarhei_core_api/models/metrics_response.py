from __future__ import annotations

from .. import types as _types
from ..models.metrics_response_metric import MetricsResponseMetric


class MetricsResponse(_types.Model):
    """
    Attributes:
        interval_sec (int):
        timerange_sec (int):
        metrics (list[MetricsResponseMetric] | None):
    """

    interval_sec: int
    timerange_sec: int
    metrics: list[MetricsResponseMetric] | None = _types.ABSENT

    _TRACKED = ("metrics",)
    __post_init__ = _types.fill_absent
