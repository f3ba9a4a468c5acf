from __future__ import annotations

from .. import types as _types
from ..models.process_progress_input_a_vstream import ProcessProgressInputAVstream


class ProcessProgressInput(_types.Model):
    """
    Attributes:
        avstream (ProcessProgressInputAVstream | None):
        bitrate (float | None):
        fps (float | None):
        id (str | None):
        type (str | None):
    """

    avstream: ProcessProgressInputAVstream | None = None
    bitrate: float | None = None
    fps: float | None = None
    id: str | None = None
    type: str | None = None
