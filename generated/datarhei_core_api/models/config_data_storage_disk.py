from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.config_data_storage_disk_cache import ConfigDataStorageDiskCache


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cache",
        "dir",
        "max_size_mbytes",
    }
)


@_attrs_define
class ConfigDataStorageDisk:
    """
    Attributes:
        cache (ConfigDataStorageDiskCache | None):
        dir (str | None):
        max_size_mbytes (int | None):
    """

    cache: ConfigDataStorageDiskCache | None = None
    dir: str | None = None
    max_size_mbytes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        cache = self.cache
        if cache is not None:
            field_dict["cache"] = cache.to_dict()
        dir_ = self.dir
        if dir_ is not None:
            field_dict["dir"] = dir_
        max_size_mbytes = self.max_size_mbytes
        if max_size_mbytes is not None:
            field_dict["max_size_mbytes"] = max_size_mbytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cache")
        model_.cache = (
            None if value is None else _models.ConfigDataStorageDiskCache.from_dict(value)
        )
        model_.dir = get("dir")
        model_.max_size_mbytes = get("max_size_mbytes")
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
