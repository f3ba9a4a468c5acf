from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_storage_disk_cache_types import (
        ConfigDataStorageDiskCacheTypes,
    )


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
class ConfigDataStorageDiskCache:
    """
    Attributes:
        enable (bool | None):
        max_file_size_mbytes (int | None):
        max_size_mbytes (int | None):
        ttl_seconds (int | None):
        types (ConfigDataStorageDiskCacheTypes | None):
    """

    enable: bool | None = None
    max_file_size_mbytes: int | None = None
    max_size_mbytes: int | None = None
    ttl_seconds: int | None = None
    types: ConfigDataStorageDiskCacheTypes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        max_file_size_mbytes = self.max_file_size_mbytes
        if max_file_size_mbytes is not None:
            field_dict["max_file_size_mbytes"] = max_file_size_mbytes
        max_size_mbytes = self.max_size_mbytes
        if max_size_mbytes is not None:
            field_dict["max_size_mbytes"] = max_size_mbytes
        ttl_seconds = self.ttl_seconds
        if ttl_seconds is not None:
            field_dict["ttl_seconds"] = ttl_seconds
        types = self.types
        if types is not None:
            field_dict["types"] = types.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.enable = get("enable")
        model_.max_file_size_mbytes = get("max_file_size_mbytes")
        model_.max_size_mbytes = get("max_size_mbytes")
        model_.ttl_seconds = get("ttl_seconds")
        value = get("types")
        model_.types = (
            None if value is None else _models.ConfigDataStorageDiskCacheTypes.from_dict(value)
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
