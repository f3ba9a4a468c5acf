from __future__ import annotations

from .. import types as _types


class SkillsLibrary(_types.Model):
    """
    Attributes:
        compiled (str):
        linked (str):
        name (str):
    """

    compiled: str
    linked: str
    name: str
