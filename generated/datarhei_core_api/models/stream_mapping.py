from __future__ import annotations

from .. import types as _types
from ..models.graph_element import GraphElement
from ..models.graph_mapping import GraphMapping


class StreamMapping(_types.Model):
    """
    Attributes:
        graphs (list[GraphElement] | None):
        mapping (list[GraphMapping] | None):
    """

    graphs: list[GraphElement] | None = _types.ABSENT
    mapping: list[GraphMapping] | None = _types.ABSENT

    _TRACKED = (
        "graphs",
        "mapping",
    )
    __post_init__ = _types.fill_absent
