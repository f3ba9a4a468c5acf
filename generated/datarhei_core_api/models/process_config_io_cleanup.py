from __future__ import annotations

from .. import types as _types


class ProcessConfigIOCleanup(_types.Model):
    """
    Attributes:
        pattern (str):
        max_file_age_seconds (int | None):
        max_files (int | None):
        purge_on_delete (bool | None):
    """

    pattern: str
    max_file_age_seconds: int | None = None
    max_files: int | None = None
    purge_on_delete: bool | None = None
