from __future__ import annotations

from typing import Any

from .. import types as _types
from ..models.process_config import ProcessConfig
from ..models.process_report import ProcessReport
from ..models.process_state import ProcessState


class Process(_types.Model):
    """
    Attributes:
        created_at (int):
        id (str):
        reference (str):
        type (str):
        config (ProcessConfig | None):
        core_id (str | None):
        domain (str | None):
        metadata (Any | None):
        owner (str | None):
        report (ProcessReport | None):
        state (ProcessState | None):
        updated_at (int | None):
    """

    created_at: int
    id: str
    reference: str
    type: str
    config: ProcessConfig | None = None
    core_id: str | None = None
    domain: str | None = None
    metadata: Any | None = _types.ABSENT
    owner: str | None = None
    report: ProcessReport | None = None
    state: ProcessState | None = None
    updated_at: int | None = None

    _TRACKED = ("metadata",)
    __post_init__ = _types.fill_absent
