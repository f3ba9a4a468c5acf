from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_storage_auth import S3StorageAuth


T = TypeVar("T", bound="S3Storage")


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
        from ..models.s3_storage_auth import S3StorageAuth  # noqa: PLC0415

        d = dict(src_dict)
        access_key_id = d.pop("access_key_id", UNSET)

        _auth = d.pop("auth", UNSET)
        auth: S3StorageAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = S3StorageAuth.from_dict(_auth)

        bucket = d.pop("bucket", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        mountpoint = d.pop("mountpoint", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        secret_access_key = d.pop("secret_access_key", UNSET)

        use_ssl = d.pop("use_ssl", UNSET)

        s3_storage = cls(
            access_key_id=access_key_id,
            auth=auth,
            bucket=bucket,
            endpoint=endpoint,
            mountpoint=mountpoint,
            name=name,
            region=region,
            secret_access_key=secret_access_key,
            use_ssl=use_ssl,
        )

        s3_storage.additional_properties = d
        return s3_storage

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
