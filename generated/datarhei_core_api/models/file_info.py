from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "core_id",
        "last_modified",
        "name",
        "size_bytes",
    }
)


@_attrs_define
class FileInfo:
    """
    Attributes:
        core_id (str | Unset):
        last_modified (int | Unset):
        name (str | Unset):
        size_bytes (int | Unset):
    """

    core_id: str | Unset = UNSET
    last_modified: int | Unset = UNSET
    name: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        core_id = self.core_id

        last_modified = self.last_modified

        name = self.name

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if core_id is not UNSET:
            field_dict["core_id"] = core_id
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if name is not UNSET:
            field_dict["name"] = name
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.core_id = get("core_id", UNSET)
        model_.last_modified = get("last_modified", UNSET)
        model_.name = get("name", UNSET)
        model_.size_bytes = get("size_bytes", UNSET)
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
