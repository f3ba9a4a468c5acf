from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_storage_disk_cache_types import (
        SetConfigStorageDiskCacheTypes,
    )


T = TypeVar("T", bound="SetConfigStorageDiskCache")


@_attrs_define
class SetConfigStorageDiskCache:
    """
    Attributes:
        enable (bool | Unset):
        max_file_size_mbytes (int | Unset):
        max_size_mbytes (int | Unset):
        ttl_seconds (int | Unset):
        types (SetConfigStorageDiskCacheTypes | Unset):
    """

    enable: bool | Unset = UNSET
    max_file_size_mbytes: int | Unset = UNSET
    max_size_mbytes: int | Unset = UNSET
    ttl_seconds: int | Unset = UNSET
    types: SetConfigStorageDiskCacheTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        max_file_size_mbytes = self.max_file_size_mbytes

        max_size_mbytes = self.max_size_mbytes

        ttl_seconds = self.ttl_seconds

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if max_file_size_mbytes is not UNSET:
            field_dict["max_file_size_mbytes"] = max_file_size_mbytes
        if max_size_mbytes is not UNSET:
            field_dict["max_size_mbytes"] = max_size_mbytes
        if ttl_seconds is not UNSET:
            field_dict["ttl_seconds"] = ttl_seconds
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_config_storage_disk_cache_types import (
            SetConfigStorageDiskCacheTypes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        max_file_size_mbytes = d.pop("max_file_size_mbytes", UNSET)

        max_size_mbytes = d.pop("max_size_mbytes", UNSET)

        ttl_seconds = d.pop("ttl_seconds", UNSET)

        _types = d.pop("types", UNSET)
        types: SetConfigStorageDiskCacheTypes | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = SetConfigStorageDiskCacheTypes.from_dict(_types)

        set_config_storage_disk_cache = cls(
            enable=enable,
            max_file_size_mbytes=max_file_size_mbytes,
            max_size_mbytes=max_size_mbytes,
            ttl_seconds=ttl_seconds,
            types=types,
        )

        set_config_storage_disk_cache.additional_properties = d
        return set_config_storage_disk_cache

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
