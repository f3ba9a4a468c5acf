from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        core_id (str | None):
        last_modified (int | None):
        name (str | None):
        size_bytes (int | None):
    """

    core_id: str | None = None
    last_modified: int | None = None
    name: str | None = None
    size_bytes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        core_id = self.core_id
        if core_id is not None:
            field_dict["core_id"] = core_id
        last_modified = self.last_modified
        if last_modified is not None:
            field_dict["last_modified"] = last_modified
        name = self.name
        if name is not None:
            field_dict["name"] = name
        size_bytes = self.size_bytes
        if size_bytes is not None:
            field_dict["size_bytes"] = size_bytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.core_id = get("core_id")
        model_.last_modified = get("last_modified")
        model_.name = get("name")
        model_.size_bytes = get("size_bytes")
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
