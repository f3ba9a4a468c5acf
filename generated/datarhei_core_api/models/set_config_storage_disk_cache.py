from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_storage_disk_cache_types import (
        SetConfigStorageDiskCacheTypes,
    )


T = TypeVar("T", bound="SetConfigStorageDiskCache")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "max_file_size_mbytes",
        "max_size_mbytes",
        "ttl_seconds",
        "types",
    }
)


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
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.enable = get("enable", UNSET)
        model_.max_file_size_mbytes = get("max_file_size_mbytes", UNSET)
        model_.max_size_mbytes = get("max_size_mbytes", UNSET)
        model_.ttl_seconds = get("ttl_seconds", UNSET)
        value = get("types", UNSET)
        model_.types = (
            value if value is UNSET else _models.SetConfigStorageDiskCacheTypes.from_dict(value)
        )
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
