from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.set_config_storage_disk_cache import SetConfigStorageDiskCache


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cache",
        "dir",
        "max_size_mbytes",
    }
)

_CONVERT_CACHE = _types.model_of("SetConfigStorageDiskCache")


@_attrs_define
class SetConfigStorageDisk:
    """
    Attributes:
        cache (SetConfigStorageDiskCache | None):
        dir (str | None):
        max_size_mbytes (int | None):
    """

    cache: SetConfigStorageDiskCache | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """The model of a JSON object, checked while it is built (one pass); raises
        `Invalid` naming the first field that does not fit. `strict` (request bodies): unknown
        enum values and misspelt keys are refused too."""
        return _types.without_gc(cls._from_dict, src_dict, strict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], strict: bool) -> Self:
        if src_dict.__class__ is not dict:
            src_dict = _types.as_object(src_dict)
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("cache")
        if value is None:
            if "cache" in src_dict:
                _types.absent(src_dict, "cache", False, False, strict, _KNOWN_KEYS)
            model_.cache = None
        elif value.__class__ is dict:
            try:
                model_.cache = _models.SetConfigStorageDiskCache._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("cache", src_dict) from None
        else:
            model_.cache = _types.fit(
                _CONVERT_CACHE, src_dict, "cache", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("dir")
        if value is None:
            if "dir" in src_dict:
                _types.absent(src_dict, "dir", False, False, strict, _KNOWN_KEYS)
            model_.dir = None
        elif value.__class__ is str:
            model_.dir = value
        else:
            model_.dir = _types.fit(
                _types.STRING, src_dict, "dir", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_size_mbytes")
        if value is None:
            if "max_size_mbytes" in src_dict:
                _types.absent(src_dict, "max_size_mbytes", False, False, strict, _KNOWN_KEYS)
            model_.max_size_mbytes = None
        elif value.__class__ is int:
            model_.max_size_mbytes = value
        else:
            model_.max_size_mbytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "max_size_mbytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            if strict:
                _types.check_keys(src_dict, _KNOWN_KEYS)
            extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            model_.additional_properties = extra
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
