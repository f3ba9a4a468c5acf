from __future__ import annotations

from .. import types as _types


class SkillsProtocol(_types.Model):
    """
    Attributes:
        id (str):
        name (str):
    """

    id: str
    name: str
