from __future__ import annotations

from .. import types as _types


class PlayoutStatusSwap(_types.Model):
    """
    Attributes:
        lasterror (str | None):
        lasturl (str | None):
        status (str | None):
        url (str | None):
    """

    lasterror: str | None = None
    lasturl: str | None = None
    status: str | None = None
    url: str | None = None
