from __future__ import annotations

from .. import types as _types
from ..models.skills_hw_device import SkillsHWDevice


class SkillsDevice(_types.Model):
    """
    Attributes:
        id (str):
        name (str):
        devices (list[SkillsHWDevice] | None):
    """

    id: str
    name: str
    devices: list[SkillsHWDevice] | None = _types.ABSENT

    _TRACKED = ("devices",)
    __post_init__ = _types.fill_absent
