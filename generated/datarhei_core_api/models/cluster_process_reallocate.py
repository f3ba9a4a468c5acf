from __future__ import annotations

from .. import types as _types
from ..models.process_id import ProcessID


class ClusterProcessReallocate(_types.Model):
    """
    Attributes:
        process_ids (list[ProcessID] | None):
        target_node_id (str | None):
    """

    process_ids: list[ProcessID] | None = _types.ABSENT
    target_node_id: str | None = None

    _TRACKED = ("process_ids",)
    __post_init__ = _types.fill_absent
