from __future__ import annotations

from .. import types as _types


class SkillsHWDevice(_types.Model):
    """
    Attributes:
        extra (str | None):
        id (str | None):
        media (str | None):
        name (str | None):
    """

    extra: str | None = None
    id: str | None = None
    media: str | None = None
    name: str | None = None
