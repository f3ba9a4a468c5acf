from __future__ import annotations

from .. import types as _types
from ..models.config_data_storage_cors import ConfigDataStorageCors
from ..models.config_data_storage_disk import ConfigDataStorageDisk
from ..models.config_data_storage_memory import ConfigDataStorageMemory
from ..models.config_data_storage_mimetypes import ConfigDataStorageMimetypes
from ..models.s3_storage import S3Storage


class ConfigDataStorage(_types.Model):
    """
    Attributes:
        cors (ConfigDataStorageCors | None):
        disk (ConfigDataStorageDisk | None):
        memory (ConfigDataStorageMemory | None):
        mimetypes (ConfigDataStorageMimetypes | None):
        mimetypes_file (str | None):
        s3 (list[S3Storage] | None):
    """

    cors: ConfigDataStorageCors | None = None
    disk: ConfigDataStorageDisk | None = None
    memory: ConfigDataStorageMemory | None = None
    mimetypes: ConfigDataStorageMimetypes | None = _types.ABSENT
    mimetypes_file: str | None = None
    s3: list[S3Storage] | None = _types.ABSENT

    _TRACKED = (
        "mimetypes",
        "s3",
    )
    __post_init__ = _types.fill_absent
