from __future__ import annotations

from .. import types as _types
from ..models.config_data_storage_disk_cache import ConfigDataStorageDiskCache


class ConfigDataStorageDisk(_types.Model):
    """
    Attributes:
        cache (ConfigDataStorageDiskCache | None):
        dir (str | None):
        max_size_mbytes (int | None):
    """

    cache: ConfigDataStorageDiskCache | None = None
    dir: str | None = None
    max_size_mbytes: int | None = None
