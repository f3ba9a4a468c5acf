from __future__ import annotations

from .. import types as _types
from ..models.set_config_ffmpeg_access_input import SetConfigFfmpegAccessInput
from ..models.set_config_ffmpeg_access_output import SetConfigFfmpegAccessOutput


class SetConfigFfmpegAccess(_types.Model):
    """
    Attributes:
        input (SetConfigFfmpegAccessInput | None):
        output (SetConfigFfmpegAccessOutput | None):
    """

    input: SetConfigFfmpegAccessInput | None = None
    output: SetConfigFfmpegAccessOutput | None = None
