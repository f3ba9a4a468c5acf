from __future__ import annotations

from .. import types as _types
from ..models.set_config_storage_memory_auth import SetConfigStorageMemoryAuth
from ..models.set_config_storage_memory_backup import SetConfigStorageMemoryBackup


class SetConfigStorageMemory(_types.Model):
    """
    Attributes:
        auth (SetConfigStorageMemoryAuth | None): Deprecated, use IAM
        backup (SetConfigStorageMemoryBackup | None):
        max_size_mbytes (int | None):
        purge (bool | None):
    """

    auth: SetConfigStorageMemoryAuth | None = None
    backup: SetConfigStorageMemoryBackup | None = None
    max_size_mbytes: int | None = None
    purge: bool | None = None
