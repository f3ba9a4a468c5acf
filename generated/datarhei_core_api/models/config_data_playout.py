from __future__ import annotations

from .. import types as _types


class ConfigDataPlayout(_types.Model):
    """
    Attributes:
        enable (bool | None):
        max_port (int | None):
        min_port (int | None):
    """

    enable: bool | None = None
    max_port: int | None = None
    min_port: int | None = None
