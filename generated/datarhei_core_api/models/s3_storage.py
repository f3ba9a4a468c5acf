from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.s3_storage_auth import S3StorageAuth


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_key_id",
        "auth",
        "bucket",
        "endpoint",
        "mountpoint",
        "name",
        "region",
        "secret_access_key",
        "use_ssl",
    }
)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@_attrs_define
class S3Storage:
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
    secret_access_key: str | None = _attrs_field(default=None, repr=_redacted)
    use_ssl: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access_key_id = self.access_key_id
        if access_key_id is not None:
            field_dict["access_key_id"] = access_key_id
        auth = self.auth
        if auth is not None:
            field_dict["auth"] = auth.to_dict()
        bucket = self.bucket
        if bucket is not None:
            field_dict["bucket"] = bucket
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        mountpoint = self.mountpoint
        if mountpoint is not None:
            field_dict["mountpoint"] = mountpoint
        name = self.name
        if name is not None:
            field_dict["name"] = name
        region = self.region
        if region is not None:
            field_dict["region"] = region
        secret_access_key = self.secret_access_key
        if secret_access_key is not None:
            field_dict["secret_access_key"] = secret_access_key
        use_ssl = self.use_ssl
        if use_ssl is not None:
            field_dict["use_ssl"] = use_ssl
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.access_key_id = get("access_key_id")
        value = get("auth")
        model_.auth = None if value is None else _models.S3StorageAuth.from_dict(value)
        model_.bucket = get("bucket")
        model_.endpoint = get("endpoint")
        model_.mountpoint = get("mountpoint")
        model_.name = get("name")
        model_.region = get("region")
        model_.secret_access_key = get("secret_access_key")
        model_.use_ssl = get("use_ssl")
        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            model_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
