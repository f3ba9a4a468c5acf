from __future__ import annotations

from .. import types as _types
from ..models.s3_storage import S3Storage
from ..models.set_config_storage_cors import SetConfigStorageCors
from ..models.set_config_storage_disk import SetConfigStorageDisk
from ..models.set_config_storage_memory import SetConfigStorageMemory
from ..models.set_config_storage_mimetypes import SetConfigStorageMimetypes


class SetConfigStorage(_types.Model):
    """
    Attributes:
        cors (SetConfigStorageCors | None):
        disk (SetConfigStorageDisk | None):
        memory (SetConfigStorageMemory | None):
        mimetypes (None | SetConfigStorageMimetypes):
        mimetypes_file (str | None):
        s3 (list[S3Storage] | None):
    """

    cors: SetConfigStorageCors | None = None
    disk: SetConfigStorageDisk | None = None
    memory: SetConfigStorageMemory | None = None
    mimetypes: None | SetConfigStorageMimetypes = _types.ABSENT
    mimetypes_file: str | None = None
    s3: list[S3Storage] | None = _types.ABSENT

    _TRACKED = (
        "mimetypes",
        "s3",
    )
    __post_init__ = _types.fill_absent
