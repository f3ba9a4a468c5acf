from __future__ import annotations

from .. import types as _types
from ..models.a_vstream_io import AVstreamIO


class AVstream(_types.Model):
    """
    Attributes:
        aqueue (int | None):
        channels (int | None):
        codec (str | None): Codec parameter
        drop (int | None):
        dup (int | None):
        duplicating (bool | None):
        enc (int | None):
        gop (str | None):
        height (int | None):
        input (AVstreamIO | None):
        layout (str | None):
        level (int | None):
        looping (bool | None):
        looping_runtime (int | None):
        mode (str | None):
        output (AVstreamIO | None):
        pix_fmt (str | None):
        profile (int | None):
        queue (int | None):
        sample_fmt (str | None):
        sampling_hz (int | None):
        width (int | None):
    """

    aqueue: int | None = None
    channels: int | None = None
    codec: str | None = None
    drop: int | None = None
    dup: int | None = None
    duplicating: bool | None = None
    enc: int | None = None
    gop: str | None = None
    height: int | None = None
    input: AVstreamIO | None = None
    layout: str | None = None
    level: int | None = None
    looping: bool | None = None
    looping_runtime: int | None = None
    mode: str | None = None
    output: AVstreamIO | None = None
    pix_fmt: str | None = None
    profile: int | None = None
    queue: int | None = None
    sample_fmt: str | None = None
    sampling_hz: int | None = None
    width: int | None = None
