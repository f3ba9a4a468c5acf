from __future__ import annotations

from .. import types as _types
from ..models.skills_protocol import SkillsProtocol


class SkillsProtocols(_types.Model):
    """
    Attributes:
        input (list[SkillsProtocol] | None):
        output (list[SkillsProtocol] | None):
    """

    input: list[SkillsProtocol] | None = _types.ABSENT
    output: list[SkillsProtocol] | None = _types.ABSENT

    _TRACKED = (
        "input",
        "output",
    )
    __post_init__ = _types.fill_absent
