from __future__ import annotations

from typing import TypeAlias

from ..models.session_peers import SessionPeers

SessionSummarySummaryRemote: TypeAlias = dict[str, SessionPeers]
