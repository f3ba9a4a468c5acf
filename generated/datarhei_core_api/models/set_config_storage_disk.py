from __future__ import annotations

from .. import types as _types
from ..models.set_config_storage_disk_cache import SetConfigStorageDiskCache


class SetConfigStorageDisk(_types.Model):
    """
    Attributes:
        cache (SetConfigStorageDiskCache | None):
        dir (str | None):
        max_size_mbytes (int | None):
    """

    cache: SetConfigStorageDiskCache | None = None
    dir: str | None = None
    max_size_mbytes: int | None = None
