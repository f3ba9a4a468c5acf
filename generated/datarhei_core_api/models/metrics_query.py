from __future__ import annotations

from .. import types as _types
from ..models.metrics_query_metric import MetricsQueryMetric


class MetricsQuery(_types.Model):
    """
    Attributes:
        interval_sec (int | None):
        metrics (list[MetricsQueryMetric] | None):
        timerange_sec (int | None):
    """

    interval_sec: int | None = None
    metrics: list[MetricsQueryMetric] | None = _types.ABSENT
    timerange_sec: int | None = None

    _TRACKED = ("metrics",)
    __post_init__ = _types.fill_absent
