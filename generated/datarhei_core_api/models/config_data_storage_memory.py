from __future__ import annotations

from .. import types as _types
from ..models.config_data_storage_memory_auth import ConfigDataStorageMemoryAuth
from ..models.config_data_storage_memory_backup import ConfigDataStorageMemoryBackup


class ConfigDataStorageMemory(_types.Model):
    """
    Attributes:
        auth (ConfigDataStorageMemoryAuth | None): Deprecated, use IAM
        backup (ConfigDataStorageMemoryBackup | None):
        max_size_mbytes (int | None):
        purge (bool | None):
    """

    auth: ConfigDataStorageMemoryAuth | None = None
    backup: ConfigDataStorageMemoryBackup | None = None
    max_size_mbytes: int | None = None
    purge: bool | None = None
