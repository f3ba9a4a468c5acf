from __future__ import annotations

from .. import types as _types


class ConfigDataHost(_types.Model):
    """
    Attributes:
        auto (bool | None):
        name (list[str] | None):
    """

    auto: bool | None = None
    name: list[str] | None = _types.ABSENT

    _TRACKED = ("name",)
    __post_init__ = _types.fill_absent
