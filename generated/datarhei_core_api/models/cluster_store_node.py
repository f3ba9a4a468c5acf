from __future__ import annotations

from .. import types as _types


class ClusterStoreNode(_types.Model):
    """
    Attributes:
        id (str | None):
        state (str | None):
        updated_at (str | None):
    """

    id: str | None = None
    state: str | None = None
    updated_at: str | None = None
