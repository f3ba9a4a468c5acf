from __future__ import annotations

from typing import TypeAlias

from ..models.session_summary import SessionSummary

SessionsSummary: TypeAlias = dict[str, SessionSummary]
