from __future__ import annotations

from .. import types as _types


class SetConfigStorageMemoryBackup(_types.Model):
    """
    Attributes:
        dir (str | None):
        patterns (list[str] | None):
    """

    dir: str | None = None
    patterns: list[str] | None = _types.ABSENT

    _TRACKED = ("patterns",)
    __post_init__ = _types.fill_absent
