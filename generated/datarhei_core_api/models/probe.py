from __future__ import annotations

from .. import types as _types
from ..models.probe_io import ProbeIO


class Probe(_types.Model):
    """
    Attributes:
        log (list[str] | None):
        streams (list[ProbeIO] | None):
    """

    log: list[str] | None = _types.ABSENT
    streams: list[ProbeIO] | None = _types.ABSENT

    _TRACKED = (
        "log",
        "streams",
    )
    __post_init__ = _types.fill_absent
