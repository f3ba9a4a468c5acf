from __future__ import annotations

from .. import types as _types
from ..models.set_config_storage_disk_cache_types import SetConfigStorageDiskCacheTypes


class SetConfigStorageDiskCache(_types.Model):
    """
    Attributes:
        enable (bool | None):
        max_file_size_mbytes (int | None):
        max_size_mbytes (int | None):
        ttl_seconds (int | None):
        types (SetConfigStorageDiskCacheTypes | None):
    """

    enable: bool | None = None
    max_file_size_mbytes: int | None = None
    max_size_mbytes: int | None = None
    ttl_seconds: int | None = None
    types: SetConfigStorageDiskCacheTypes | None = None
