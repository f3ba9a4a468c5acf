from __future__ import annotations

from .. import types as _types
from ..models.skills_format import SkillsFormat


class SkillsFormats(_types.Model):
    """
    Attributes:
        demuxers (list[SkillsFormat] | None):
        muxers (list[SkillsFormat] | None):
    """

    demuxers: list[SkillsFormat] | None = _types.ABSENT
    muxers: list[SkillsFormat] | None = _types.ABSENT

    _TRACKED = (
        "demuxers",
        "muxers",
    )
    __post_init__ = _types.fill_absent
