from __future__ import annotations

from .. import types as _types


class ClusterLock(_types.Model):
    """
    Attributes:
        name (str | None):
        valid_until (str | None):
    """

    name: str | None = None
    valid_until: str | None = None
