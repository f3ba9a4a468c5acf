from __future__ import annotations

from .. import types as _types
from ..models.process_config_io import ProcessConfigIO
from ..models.process_config_limits import ProcessConfigLimits
from ..models.process_config_metadata import ProcessConfigMetadata
from ..models.process_config_type import ProcessConfigType


class ProcessConfig(_types.Model):
    """
    Attributes:
        input (list[ProcessConfigIO] | None):
        output (list[ProcessConfigIO] | None):
        autostart (bool | None):
        binary (str | None):
        domain (str | None):
        id (str | None):
        limits (ProcessConfigLimits | None):
        log_patterns (list[str] | None):
        metadata (None | ProcessConfigMetadata):
        options (list[str] | None):
        owner (str | None):
        reconnect (bool | None):
        reconnect_delay_seconds (int | None):
        reference (str | None):
        runtime_duration_seconds (int | None):
        scheduler (str | None):
        stale_timeout_seconds (int | None):
        type (ProcessConfigType | None):
    """

    input: list[ProcessConfigIO] | None = _types.ABSENT
    output: list[ProcessConfigIO] | None = _types.ABSENT
    autostart: bool | None = None
    binary: str | None = None
    domain: str | None = None
    id: str | None = None
    limits: ProcessConfigLimits | None = None
    log_patterns: list[str] | None = _types.ABSENT
    metadata: None | ProcessConfigMetadata = _types.ABSENT
    options: list[str] | None = _types.ABSENT
    owner: str | None = None
    reconnect: bool | None = None
    reconnect_delay_seconds: int | None = None
    reference: str | None = None
    runtime_duration_seconds: int | None = None
    scheduler: str | None = None
    stale_timeout_seconds: int | None = None
    type: ProcessConfigType | None = None

    _TRACKED = (
        "log_patterns",
        "metadata",
        "options",
    )
    _ALWAYS = (
        "input",
        "output",
    )
    __post_init__ = _types.fill_absent
