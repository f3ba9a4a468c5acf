from __future__ import annotations

from .. import types as _types


class IAMPolicy(_types.Model):
    """
    Attributes:
        actions (list[str] | None):
        domain (str | None):
        name (str | None):
        resource (str | None):
        types (list[str] | None):
    """

    actions: list[str] | None = _types.ABSENT
    domain: str | None = None
    name: str | None = None
    resource: str | None = None
    types: list[str] | None = _types.ABSENT

    _TRACKED = (
        "actions",
        "types",
    )
    __post_init__ = _types.fill_absent
