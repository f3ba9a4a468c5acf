from __future__ import annotations

from .. import types as _types
from ..models.config_data import ConfigData


class GetConfig(_types.Model):
    """
    Attributes:
        config (ConfigData):
        created_at (str):
        loaded_at (str):
        updated_at (str):
        overrides (list[str] | None):
    """

    config: ConfigData
    created_at: str
    loaded_at: str
    updated_at: str
    overrides: list[str] | None = _types.ABSENT

    _TRACKED = ("overrides",)
    __post_init__ = _types.fill_absent
