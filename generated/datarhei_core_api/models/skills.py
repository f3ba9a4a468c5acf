from __future__ import annotations

from .. import types as _types
from ..models.skills_codecs import SkillsCodecs
from ..models.skills_devices import SkillsDevices
from ..models.skills_ffmpeg import SkillsFfmpeg
from ..models.skills_filter import SkillsFilter
from ..models.skills_formats import SkillsFormats
from ..models.skills_hw_accel import SkillsHWAccel
from ..models.skills_protocols import SkillsProtocols


class Skills(_types.Model):
    """
    Attributes:
        codecs (SkillsCodecs | None):
        devices (SkillsDevices | None):
        ffmpeg (SkillsFfmpeg | None):
        filter (list[SkillsFilter] | None):
        formats (SkillsFormats | None):
        hwaccels (list[SkillsHWAccel] | None):
        protocols (SkillsProtocols | None):
    """

    codecs: SkillsCodecs | None = None
    devices: SkillsDevices | None = None
    ffmpeg: SkillsFfmpeg | None = None
    filter: list[SkillsFilter] | None = _types.ABSENT
    formats: SkillsFormats | None = None
    hwaccels: list[SkillsHWAccel] | None = _types.ABSENT
    protocols: SkillsProtocols | None = None

    _TRACKED = (
        "filter",
        "hwaccels",
    )
    __post_init__ = _types.fill_absent
