from __future__ import annotations

from .. import types as _types
from ..models.s3_storage_auth import S3StorageAuth


class S3Storage(_types.Model):
    """
    Attributes:
        access_key_id (str | None):
        auth (S3StorageAuth | None):
        bucket (str | None):
        endpoint (str | None):
        mountpoint (str | None):
        name (str | None):
        region (str | None):
        secret_access_key (str | None):
        use_ssl (bool | None):
    """

    access_key_id: str | None = None
    auth: S3StorageAuth | None = None
    bucket: str | None = None
    endpoint: str | None = None
    mountpoint: str | None = None
    name: str | None = None
    region: str | None = None
    secret_access_key: str | None = None
    use_ssl: bool | None = None
    _SHOWN = {
        "secret_access_key": _types.redacted,
    }
