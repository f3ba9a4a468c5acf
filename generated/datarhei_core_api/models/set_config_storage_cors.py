from __future__ import annotations

from .. import types as _types


class SetConfigStorageCors(_types.Model):
    """
    Attributes:
        origins (list[str] | None):
    """

    origins: list[str] | None = _types.ABSENT

    _TRACKED = ("origins",)
    __post_init__ = _types.fill_absent
