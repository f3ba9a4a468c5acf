from __future__ import annotations

from .. import types as _types
from ..models.config_data_ffmpeg_access_input import ConfigDataFfmpegAccessInput
from ..models.config_data_ffmpeg_access_output import ConfigDataFfmpegAccessOutput


class ConfigDataFfmpegAccess(_types.Model):
    """
    Attributes:
        input (ConfigDataFfmpegAccessInput | None):
        output (ConfigDataFfmpegAccessOutput | None):
    """

    input: ConfigDataFfmpegAccessInput | None = None
    output: ConfigDataFfmpegAccessOutput | None = None
