from __future__ import annotations

from .. import types as _types


class ClusterKVSValue(_types.Model):
    """
    Attributes:
        updated_at (str | None):
        value (str | None):
    """

    updated_at: str | None = None
    value: str | None = None
