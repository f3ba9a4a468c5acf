from __future__ import annotations

from .. import types as _types
from ..models.metrics_response_metric_labels import MetricsResponseMetricLabels


class MetricsResponseMetric(_types.Model):
    """
    Attributes:
        name (str):
        labels (MetricsResponseMetricLabels | None):
        values (list[list[float]] | None):
    """

    name: str
    labels: MetricsResponseMetricLabels | None = _types.ABSENT
    values: list[list[float]] | None = _types.ABSENT

    _TRACKED = (
        "labels",
        "values",
    )
    __post_init__ = _types.fill_absent
