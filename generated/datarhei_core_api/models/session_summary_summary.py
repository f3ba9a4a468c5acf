from __future__ import annotations

from .. import types as _types
from ..models.session_summary_summary_local import SessionSummarySummaryLocal
from ..models.session_summary_summary_reference import SessionSummarySummaryReference
from ..models.session_summary_summary_remote import SessionSummarySummaryRemote


class SessionSummarySummary(_types.Model):
    """
    Attributes:
        sessions (int):
        traffic_rx_mb (int):
        traffic_tx_mb (int):
        local (None | SessionSummarySummaryLocal):
        reference (None | SessionSummarySummaryReference):
        remote (None | SessionSummarySummaryRemote):
    """

    sessions: int
    traffic_rx_mb: int
    traffic_tx_mb: int
    local: None | SessionSummarySummaryLocal = _types.ABSENT
    reference: None | SessionSummarySummaryReference = _types.ABSENT
    remote: None | SessionSummarySummaryRemote = _types.ABSENT

    _TRACKED = (
        "local",
        "reference",
        "remote",
    )
    __post_init__ = _types.fill_absent
