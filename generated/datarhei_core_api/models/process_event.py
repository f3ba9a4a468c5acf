from __future__ import annotations

from .. import types as _types
from ..models.process_progress import ProcessProgress


class ProcessEvent(_types.Model):
    """
    Attributes:
        core_id (str | None):
        domain (str | None):
        line (str | None):
        pid (str | None):
        progress (ProcessProgress | None):
        ts (int | None):
        type (str | None):
    """

    core_id: str | None = None
    domain: str | None = None
    line: str | None = None
    pid: str | None = None
    progress: ProcessProgress | None = None
    ts: int | None = None
    type: str | None = None
