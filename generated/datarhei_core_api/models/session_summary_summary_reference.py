from __future__ import annotations

from typing import TypeAlias

from ..models.session_stats import SessionStats

SessionSummarySummaryReference: TypeAlias = dict[str, SessionStats]
