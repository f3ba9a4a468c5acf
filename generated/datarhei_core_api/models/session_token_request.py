from __future__ import annotations

from .. import types as _types
from ..models.session_token_request_extra import SessionTokenRequestExtra


class SessionTokenRequest(_types.Model):
    """
    Attributes:
        extra (None | SessionTokenRequestExtra):
        match (str | None):
        remote (list[str] | None):
        token (str | None):
        ttl_sec (int | None):
    """

    extra: None | SessionTokenRequestExtra = _types.ABSENT
    match: str | None = None
    remote: list[str] | None = _types.ABSENT
    token: str | None = None
    ttl_sec: int | None = None

    _TRACKED = (
        "extra",
        "remote",
    )
    __post_init__ = _types.fill_absent
    _SHOWN = {
        "token": _types.redacted,
    }
