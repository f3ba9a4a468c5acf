from __future__ import annotations

from .. import types as _types


class SRTLog(_types.Model):
    """
    Attributes:
        msg (list[str] | None):
        ts (int | None):
    """

    msg: list[str] | None = _types.ABSENT
    ts: int | None = None

    _TRACKED = ("msg",)
    __post_init__ = _types.fill_absent
