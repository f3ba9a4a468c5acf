from __future__ import annotations

from .. import types as _types


class SetConfigApiAccessHttp(_types.Model):
    """
    Attributes:
        allow (list[str] | None):
        block (list[str] | None):
    """

    allow: list[str] | None = _types.ABSENT
    block: list[str] | None = _types.ABSENT

    _TRACKED = (
        "allow",
        "block",
    )
    __post_init__ = _types.fill_absent
