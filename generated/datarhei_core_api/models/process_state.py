from __future__ import annotations

from .. import types as _types
from ..models.process_usage import ProcessUsage
from ..models.progress import Progress


class ProcessState(_types.Model):
    """
    Attributes:
        cpu_usage (float): deprecated, use resources.cpu_usage.cur
        exec (str):
        last_logline (str):
        memory_bytes (int): deprecated, use resources.memory_bytes.cur
        order (str):
        progress (Progress):
        reconnect_seconds (int):
        runtime_seconds (int):
        command (list[str] | None):
        limit_mode (str | None):
        pid (int | None):
        resources (ProcessUsage | None):
    """

    cpu_usage: float
    exec: str
    last_logline: str
    memory_bytes: int
    order: str
    progress: Progress
    reconnect_seconds: int
    runtime_seconds: int
    command: list[str] | None = _types.ABSENT
    limit_mode: str | None = None
    pid: int | None = None
    resources: ProcessUsage | None = None

    _TRACKED = ("command",)
    __post_init__ = _types.fill_absent
