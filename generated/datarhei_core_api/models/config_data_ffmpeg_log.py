from __future__ import annotations

from .. import types as _types


class ConfigDataFfmpegLog(_types.Model):
    """
    Attributes:
        max_history (int | None):
        max_lines (int | None):
        max_minimal_history (int | None):
    """

    max_history: int | None = None
    max_lines: int | None = None
    max_minimal_history: int | None = None
