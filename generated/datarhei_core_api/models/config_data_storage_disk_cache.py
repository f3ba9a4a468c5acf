from __future__ import annotations

from .. import types as _types
from ..models.config_data_storage_disk_cache_types import (
    ConfigDataStorageDiskCacheTypes,
)


class ConfigDataStorageDiskCache(_types.Model):
    """
    Attributes:
        enable (bool | None):
        max_file_size_mbytes (int | None):
        max_size_mbytes (int | None):
        ttl_seconds (int | None):
        types (ConfigDataStorageDiskCacheTypes | None):
    """

    enable: bool | None = None
    max_file_size_mbytes: int | None = None
    max_size_mbytes: int | None = None
    ttl_seconds: int | None = None
    types: ConfigDataStorageDiskCacheTypes | None = None
