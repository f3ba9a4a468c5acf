from __future__ import annotations

from .. import types as _types


class SkillsCodec(_types.Model):
    """
    Attributes:
        id (str):
        name (str):
        decoders (list[str] | None):
        encoders (list[str] | None):
    """

    id: str
    name: str
    decoders: list[str] | None = _types.ABSENT
    encoders: list[str] | None = _types.ABSENT

    _TRACKED = (
        "decoders",
        "encoders",
    )
    __post_init__ = _types.fill_absent
