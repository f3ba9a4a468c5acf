from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_storage_auth import S3StorageAuth


T = TypeVar("T", bound="S3Storage")

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


@_attrs_define
class S3Storage:
    """
    Attributes:
        access_key_id (str | Unset):
        auth (S3StorageAuth | Unset):
        bucket (str | Unset):
        endpoint (str | Unset):
        mountpoint (str | Unset):
        name (str | Unset):
        region (str | Unset):
        secret_access_key (str | Unset):
        use_ssl (bool | Unset):
    """

    access_key_id: str | Unset = UNSET
    auth: S3StorageAuth | Unset = UNSET
    bucket: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    mountpoint: str | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    use_ssl: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key_id = self.access_key_id

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        bucket = self.bucket

        endpoint = self.endpoint

        mountpoint = self.mountpoint

        name = self.name

        region = self.region

        secret_access_key = self.secret_access_key

        use_ssl = self.use_ssl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if auth is not UNSET:
            field_dict["auth"] = auth
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if mountpoint is not UNSET:
            field_dict["mountpoint"] = mountpoint
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if use_ssl is not UNSET:
            field_dict["use_ssl"] = use_ssl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.access_key_id = get("access_key_id", UNSET)
        value = get("auth", UNSET)
        model_.auth = value if value is UNSET else _models.S3StorageAuth.from_dict(value)
        model_.bucket = get("bucket", UNSET)
        model_.endpoint = get("endpoint", UNSET)
        model_.mountpoint = get("mountpoint", UNSET)
        model_.name = get("name", UNSET)
        model_.region = get("region", UNSET)
        model_.secret_access_key = get("secret_access_key", UNSET)
        model_.use_ssl = get("use_ssl", UNSET)
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
