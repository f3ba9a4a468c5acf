from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_data_storage_disk_cache import ConfigDataStorageDiskCache


T = TypeVar("T", bound="ConfigDataStorageDisk")


@_attrs_define
class ConfigDataStorageDisk:
    """
    Attributes:
        cache (ConfigDataStorageDiskCache | Unset):
        dir_ (str | Unset):
        max_size_mbytes (int | Unset):
    """

    cache: ConfigDataStorageDiskCache | Unset = UNSET
    dir_: str | Unset = UNSET
    max_size_mbytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache, Unset):
            cache = self.cache.to_dict()

        dir_ = self.dir_

        max_size_mbytes = self.max_size_mbytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache is not UNSET:
            field_dict["cache"] = cache
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if max_size_mbytes is not UNSET:
            field_dict["max_size_mbytes"] = max_size_mbytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_data_storage_disk_cache import ConfigDataStorageDiskCache  # noqa: PLC0415

        d = dict(src_dict)
        _cache = d.pop("cache", UNSET)
        cache: ConfigDataStorageDiskCache | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = ConfigDataStorageDiskCache.from_dict(_cache)

        dir_ = d.pop("dir", UNSET)

        max_size_mbytes = d.pop("max_size_mbytes", UNSET)

        config_data_storage_disk = cls(
            cache=cache,
            dir_=dir_,
            max_size_mbytes=max_size_mbytes,
        )

        config_data_storage_disk.additional_properties = d
        return config_data_storage_disk

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
