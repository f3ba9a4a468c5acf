from __future__ import annotations

from .. import types as _types


class ProbeIO(_types.Model):
    """
    Attributes:
        bitrate_kbps (float):
        codec (str):
        coder (str):
        duration_sec (float):
        format (str):
        index (int):
        language (str):
        stream (int):
        type (str):
        url (str): common
        channels (int | None):
        fps (float | None): video
        height (int | None):
        layout (str | None):
        pix_fmt (str | None):
        sampling_hz (int | None): audio
        width (int | None):
    """

    bitrate_kbps: float
    codec: str
    coder: str
    duration_sec: float
    format: str
    index: int
    language: str
    stream: int
    type: str
    url: str
    channels: int | None = None
    fps: float | None = None
    height: int | None = None
    layout: str | None = None
    pix_fmt: str | None = None
    sampling_hz: int | None = None
    width: int | None = None
