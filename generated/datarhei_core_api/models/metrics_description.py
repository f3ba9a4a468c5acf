from __future__ import annotations

from .. import types as _types


class MetricsDescription(_types.Model):
    """
    Attributes:
        description (str):
        name (str):
        labels (list[str] | None):
    """

    description: str
    name: str
    labels: list[str] | None = _types.ABSENT

    _TRACKED = ("labels",)
    __post_init__ = _types.fill_absent
