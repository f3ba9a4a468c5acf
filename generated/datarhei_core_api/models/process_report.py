from __future__ import annotations

from .. import types as _types
from ..models.process_report_history_entry import ProcessReportHistoryEntry
from ..models.process_report_lines import ProcessReportLines


class ProcessReport(_types.Model):
    """
    Attributes:
        created_at (int):
        history (list[ProcessReportHistoryEntry] | None):
        lines (None | ProcessReportLines):
        log (list[list[str]] | None):
        matches (list[str] | None):
        prelude (list[str] | None):
    """

    created_at: int
    history: list[ProcessReportHistoryEntry] | None = _types.ABSENT
    lines: None | ProcessReportLines = _types.ABSENT
    log: list[list[str]] | None = _types.ABSENT
    matches: list[str] | None = _types.ABSENT
    prelude: list[str] | None = _types.ABSENT

    _TRACKED = (
        "history",
        "lines",
        "log",
        "matches",
        "prelude",
    )
    __post_init__ = _types.fill_absent
