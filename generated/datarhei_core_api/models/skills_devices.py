from __future__ import annotations

from .. import types as _types
from ..models.skills_device import SkillsDevice


class SkillsDevices(_types.Model):
    """
    Attributes:
        demuxers (list[SkillsDevice] | None):
        muxers (list[SkillsDevice] | None):
    """

    demuxers: list[SkillsDevice] | None = _types.ABSENT
    muxers: list[SkillsDevice] | None = _types.ABSENT

    _TRACKED = (
        "demuxers",
        "muxers",
    )
    __post_init__ = _types.fill_absent
