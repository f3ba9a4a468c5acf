from __future__ import annotations

from typing import TypeAlias

from ..models.session import Session

SessionsActive: TypeAlias = dict[str, list[Session]]
