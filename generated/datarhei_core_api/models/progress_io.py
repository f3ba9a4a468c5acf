from __future__ import annotations

from .. import types as _types
from ..models.a_vstream import AVstream
from ..models.progress_io_framerate import ProgressIOFramerate
from ..models.progress_io_tee import ProgressIOTee


class ProgressIO(_types.Model):
    """
    Attributes:
        address (str):
        bitrate_kbit (float): kbit/s
        codec (str):
        coder (str):
        format (str):
        fps (float):
        frame (int):
        id (str):
        index (int): General
        packet (int):
        pps (float):
        size_kb (int): kbytes
        stream (int):
        type (str):
        avstream (AVstream | None): avstream
        channels (int | None):
        extradata_size_bytes (int | None): bytes
        framerate (ProgressIOFramerate | None):
        height (int | None):
        keyframe (int | None):
        layout (str | None):
        level (int | None):
        pix_fmt (str | None): Video
        profile (int | None):
        q (float | None):
        sample_fmt (str | None): Audio
        sampling_hz (int | None):
        tee (list[ProgressIOTee] | None): Format specific
        width (int | None):
    """

    address: str
    bitrate_kbit: float
    codec: str
    coder: str
    format: str
    fps: float
    frame: int
    id: str
    index: int
    packet: int
    pps: float
    size_kb: int
    stream: int
    type: str
    avstream: AVstream | None = _types.ABSENT
    channels: int | None = None
    extradata_size_bytes: int | None = None
    framerate: ProgressIOFramerate | None = None
    height: int | None = None
    keyframe: int | None = None
    layout: str | None = None
    level: int | None = None
    pix_fmt: str | None = None
    profile: int | None = None
    q: float | None = None
    sample_fmt: str | None = None
    sampling_hz: int | None = None
    tee: list[ProgressIOTee] | None = _types.ABSENT
    width: int | None = None

    _TRACKED = (
        "avstream",
        "tee",
    )
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "address": _types.without_userinfo,
    }
