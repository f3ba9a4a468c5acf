from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "last_modified",
        "name",
        "size_bytes",
        "core_id",
    }
)


@_attrs_define
class FileInfo:
    """
    Attributes:
        last_modified (int):
        name (str):
        size_bytes (int):
        core_id (str | None):
    """

    last_modified: int
    name: str
    size_bytes: int
    core_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        last_modified = self.last_modified
        field_dict["last_modified"] = last_modified
        name = self.name
        field_dict["name"] = name
        size_bytes = self.size_bytes
        field_dict["size_bytes"] = size_bytes
        core_id = self.core_id
        if core_id is not None:
            field_dict["core_id"] = core_id
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
        value = get("last_modified")
        if value is None:
            model_.last_modified = _types.absent(
                src_dict, "last_modified", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.last_modified = value
        else:
            model_.last_modified = _types.fit(
                _types.INTEGER, src_dict, "last_modified", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            model_.name = _types.absent(src_dict, "name", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("size_bytes")
        if value is None:
            model_.size_bytes = _types.absent(
                src_dict, "size_bytes", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.size_bytes = value
        else:
            model_.size_bytes = _types.fit(
                _types.INTEGER, src_dict, "size_bytes", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("core_id")
        if value is None:
            if "core_id" in src_dict:
                _types.absent(src_dict, "core_id", False, False, strict, _KNOWN_KEYS)
            model_.core_id = None
        elif value.__class__ is str:
            model_.core_id = value
        else:
            model_.core_id = _types.fit(
                _types.STRING, src_dict, "core_id", value, False, False, strict, _KNOWN_KEYS
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
