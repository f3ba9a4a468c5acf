from __future__ import annotations

from typing import TypeAlias

MetricsResponseMetricLabels: TypeAlias = dict[str, str]
