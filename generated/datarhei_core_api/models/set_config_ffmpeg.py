from __future__ import annotations

from .. import types as _types
from ..models.set_config_ffmpeg_access import SetConfigFfmpegAccess
from ..models.set_config_ffmpeg_log import SetConfigFfmpegLog


class SetConfigFfmpeg(_types.Model):
    """
    Attributes:
        access (SetConfigFfmpegAccess | None):
        binary (str | None):
        disable_throttling (bool | None):
        log (SetConfigFfmpegLog | None):
        max_processes (int | None):
    """

    access: SetConfigFfmpegAccess | None = None
    binary: str | None = None
    disable_throttling: bool | None = None
    log: SetConfigFfmpegLog | None = None
    max_processes: int | None = None
