from __future__ import annotations

from typing import TypeAlias

ProcessReportHistoryEntryLines: TypeAlias = dict[str, int]
