from __future__ import annotations

from .. import types as _types


class SetConfigDb(_types.Model):
    """
    Attributes:
        dir (str | None):
    """

    dir: str | None = None
