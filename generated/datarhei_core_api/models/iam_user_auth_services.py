from __future__ import annotations

from .. import types as _types


class IAMUserAuthServices(_types.Model):
    """
    Attributes:
        basic (list[str] | None):
        session (list[str] | None):
        token (list[str] | None):
    """

    basic: list[str] | None = _types.ABSENT
    session: list[str] | None = _types.ABSENT
    token: list[str] | None = _types.ABSENT

    _TRACKED = (
        "basic",
        "session",
        "token",
    )
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "basic": _types.redacted,
        "session": _types.redacted,
        "token": _types.redacted,
    }
