from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_config_storage_disk_cache import SetConfigStorageDiskCache


T = TypeVar("T", bound="SetConfigStorageDisk")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cache",
        "dir",
        "max_size_mbytes",
    }
)


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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cache", UNSET)
        model_.cache = (
            value if value is UNSET else _models.SetConfigStorageDiskCache.from_dict(value)
        )
        model_.dir_ = get("dir", UNSET)
        model_.max_size_mbytes = get("max_size_mbytes", UNSET)
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
