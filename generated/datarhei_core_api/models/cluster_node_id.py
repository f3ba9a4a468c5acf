from __future__ import annotations

from .. import types as _types


class ClusterNodeID(_types.Model):
    """
    Attributes:
        id (str | None):
    """

    id: str | None = None
