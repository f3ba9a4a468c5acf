from __future__ import annotations

from .. import types as _types
from ..models.process_report_history_entry_lines import ProcessReportHistoryEntryLines
from ..models.process_usage import ProcessUsage
from ..models.progress import Progress


class ProcessReportHistoryEntry(_types.Model):
    """
    Attributes:
        created_at (int | None):
        exit_state (str | None):
        exited_at (int | None):
        lines (None | ProcessReportHistoryEntryLines):
        log (list[list[str]] | None):
        matches (list[str] | None):
        prelude (list[str] | None):
        progress (Progress | None):
        resources (ProcessUsage | None):
    """

    created_at: int | None = None
    exit_state: str | None = None
    exited_at: int | None = None
    lines: None | ProcessReportHistoryEntryLines = _types.ABSENT
    log: list[list[str]] | None = _types.ABSENT
    matches: list[str] | None = _types.ABSENT
    prelude: list[str] | None = _types.ABSENT
    progress: Progress | None = None
    resources: ProcessUsage | None = None

    _TRACKED = (
        "lines",
        "log",
        "matches",
        "prelude",
    )
    __post_init__ = _types.fill_absent
