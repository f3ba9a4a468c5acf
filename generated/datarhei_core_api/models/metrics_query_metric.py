from __future__ import annotations

from .. import types as _types
from ..models.metrics_query_metric_labels import MetricsQueryMetricLabels


class MetricsQueryMetric(_types.Model):
    """
    Attributes:
        labels (MetricsQueryMetricLabels | None):
        name (str | None):
    """

    labels: MetricsQueryMetricLabels | None = _types.ABSENT
    name: str | None = None

    _TRACKED = ("labels",)
    __post_init__ = _types.fill_absent
