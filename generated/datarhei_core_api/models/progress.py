from __future__ import annotations

from .. import types as _types
from ..models.progress_io import ProgressIO
from ..models.stream_mapping import StreamMapping


class Progress(_types.Model):
    """
    Attributes:
        bitrate_kbit (float): kbit/s
        drop (int):
        dup (int):
        fps (float):
        frame (int):
        packet (int):
        q (float):
        size_kb (int): kbytes
        speed (float):
        time (float):
        inputs (list[ProgressIO] | None):
        mapping (StreamMapping | None):
        outputs (list[ProgressIO] | None):
        started (bool | None):
    """

    bitrate_kbit: float
    drop: int
    dup: int
    fps: float
    frame: int
    packet: int
    q: float
    size_kb: int
    speed: float
    time: float
    inputs: list[ProgressIO] | None = _types.ABSENT
    mapping: StreamMapping | None = None
    outputs: list[ProgressIO] | None = _types.ABSENT
    started: bool | None = None

    _TRACKED = (
        "inputs",
        "outputs",
    )
    __post_init__ = _types.fill_absent
