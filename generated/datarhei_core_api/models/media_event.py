from __future__ import annotations

from .. import types as _types


class MediaEvent(_types.Model):
    """
    Attributes:
        action (str | None):
        name (str | None):
        names (list[str] | None):
        ts (int | None):
    """

    action: str | None = None
    name: str | None = None
    names: list[str] | None = _types.ABSENT
    ts: int | None = None

    _TRACKED = ("names",)
    __post_init__ = _types.fill_absent
