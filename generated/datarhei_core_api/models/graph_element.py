from __future__ import annotations

from .. import types as _types


class GraphElement(_types.Model):
    """
    Attributes:
        dst_filter (str | None):
        dst_id (str | None):
        dst_name (str | None):
        filter (str | None):
        format (str | None):
        height (int | None):
        id (str | None):
        index (int | None):
        inpad (str | None):
        layout (str | None):
        name (str | None):
        outpad (str | None):
        sampling (int | None): Hz
        timebase (str | None):
        type (str | None): audio or video
        width (int | None):
    """

    dst_filter: str | None = None
    dst_id: str | None = None
    dst_name: str | None = None
    filter: str | None = None
    format: str | None = None
    height: int | None = None
    id: str | None = None
    index: int | None = None
    inpad: str | None = None
    layout: str | None = None
    name: str | None = None
    outpad: str | None = None
    sampling: int | None = None
    timebase: str | None = None
    type: str | None = None
    width: int | None = None
