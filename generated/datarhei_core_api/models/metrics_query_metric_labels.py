from __future__ import annotations

from typing import TypeAlias

MetricsQueryMetricLabels: TypeAlias = dict[str, str]
