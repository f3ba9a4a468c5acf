from __future__ import annotations

from .. import types as _types
from ..models.session_summary_active import SessionSummaryActive
from ..models.session_summary_summary import SessionSummarySummary


class SessionSummary(_types.Model):
    """
    Attributes:
        active (SessionSummaryActive | None):
        summary (SessionSummarySummary | None):
    """

    active: SessionSummaryActive | None = None
    summary: SessionSummarySummary | None = None
