from __future__ import annotations

from typing import Any

from .. import types as _types
from ..models.playout_status_io import PlayoutStatusIO
from ..models.playout_status_swap import PlayoutStatusSwap


class PlayoutStatus(_types.Model):
    """
    Attributes:
        aqueue (int | None):
        debug (Any | None):
        drop (int | None):
        dup (int | None):
        duplicating (bool | None):
        enc (int | None):
        gop (str | None):
        id (str | None):
        input (PlayoutStatusIO | None):
        looping (bool | None):
        output (PlayoutStatusIO | None):
        queue (int | None):
        stream (int | None):
        swap (PlayoutStatusSwap | None):
        url (str | None):
    """

    aqueue: int | None = None
    debug: Any | None = _types.ABSENT
    drop: int | None = None
    dup: int | None = None
    duplicating: bool | None = None
    enc: int | None = None
    gop: str | None = None
    id: str | None = None
    input: PlayoutStatusIO | None = None
    looping: bool | None = None
    output: PlayoutStatusIO | None = None
    queue: int | None = None
    stream: int | None = None
    swap: PlayoutStatusSwap | None = None
    url: str | None = None

    _TRACKED = ("debug",)
    __post_init__ = _types.fill_absent
