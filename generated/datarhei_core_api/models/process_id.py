from __future__ import annotations

from .. import types as _types


class ProcessID(_types.Model):
    """
    Attributes:
        domain (str | None):
        id (str | None):
    """

    domain: str | None = None
    id: str | None = None
