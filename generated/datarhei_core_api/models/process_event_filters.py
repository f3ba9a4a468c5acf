from __future__ import annotations

from .. import types as _types
from ..models.process_event_filter import ProcessEventFilter


class ProcessEventFilters(_types.Model):
    """
    Attributes:
        filters (list[ProcessEventFilter] | None):
    """

    filters: list[ProcessEventFilter] | None = _types.ABSENT

    _TRACKED = ("filters",)
    __post_init__ = _types.fill_absent
