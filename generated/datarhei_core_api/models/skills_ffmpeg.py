from __future__ import annotations

from .. import types as _types
from ..models.skills_library import SkillsLibrary


class SkillsFfmpeg(_types.Model):
    """
    Attributes:
        compiler (str | None):
        configuration (str | None):
        libraries (list[SkillsLibrary] | None):
        version (str | None):
    """

    compiler: str | None = None
    configuration: str | None = None
    libraries: list[SkillsLibrary] | None = _types.ABSENT
    version: str | None = None

    _TRACKED = ("libraries",)
    __post_init__ = _types.fill_absent
