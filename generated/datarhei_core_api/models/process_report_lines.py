from __future__ import annotations

from typing import TypeAlias

ProcessReportLines: TypeAlias = dict[str, int]
