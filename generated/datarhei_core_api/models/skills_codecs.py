from __future__ import annotations

from .. import types as _types
from ..models.skills_codec import SkillsCodec


class SkillsCodecs(_types.Model):
    """
    Attributes:
        audio (list[SkillsCodec] | None):
        subtitle (list[SkillsCodec] | None):
        video (list[SkillsCodec] | None):
    """

    audio: list[SkillsCodec] | None = _types.ABSENT
    subtitle: list[SkillsCodec] | None = _types.ABSENT
    video: list[SkillsCodec] | None = _types.ABSENT

    _TRACKED = (
        "audio",
        "subtitle",
        "video",
    )
    __post_init__ = _types.fill_absent
