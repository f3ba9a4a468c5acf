from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_storage_disk_cache import SetConfigStorageDiskCache


T = TypeVar("T", bound="SetConfigStorageDisk")


@_attrs_define
class SetConfigStorageDisk:
    """
    Attributes:
        cache (SetConfigStorageDiskCache | Unset):
        dir_ (str | Unset):
        max_size_mbytes (int | Unset):
    """

    cache: SetConfigStorageDiskCache | Unset = UNSET
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
        from ..models.set_config_storage_disk_cache import SetConfigStorageDiskCache  # noqa: PLC0415

        d = dict(src_dict)
        _cache = d.pop("cache", UNSET)
        cache: SetConfigStorageDiskCache | Unset
        if isinstance(_cache, Unset):
            cache = UNSET
        else:
            cache = SetConfigStorageDiskCache.from_dict(_cache)

        dir_ = d.pop("dir", UNSET)

        max_size_mbytes = d.pop("max_size_mbytes", UNSET)

        set_config_storage_disk = cls(
            cache=cache,
            dir_=dir_,
            max_size_mbytes=max_size_mbytes,
        )

        set_config_storage_disk.additional_properties = d
        return set_config_storage_disk

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
