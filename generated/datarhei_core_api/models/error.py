from __future__ import annotations

from .. import types as _types


class Error(_types.Model):
    """
    Attributes:
        code (int | None):
        details (list[str] | None):
        message (str | None):
    """

    code: int | None = None
    details: list[str] | None = _types.ABSENT
    message: str | None = None

    _TRACKED = ("details",)
    __post_init__ = _types.fill_absent
