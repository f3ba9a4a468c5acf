from __future__ import annotations

from .. import types as _types
from ..models.config_data_ffmpeg_access import ConfigDataFfmpegAccess
from ..models.config_data_ffmpeg_log import ConfigDataFfmpegLog


class ConfigDataFfmpeg(_types.Model):
    """
    Attributes:
        access (ConfigDataFfmpegAccess | None):
        binary (str | None):
        disable_throttling (bool | None):
        log (ConfigDataFfmpegLog | None):
        max_processes (int | None):
    """

    access: ConfigDataFfmpegAccess | None = None
    binary: str | None = None
    disable_throttling: bool | None = None
    log: ConfigDataFfmpegLog | None = None
    max_processes: int | None = None
