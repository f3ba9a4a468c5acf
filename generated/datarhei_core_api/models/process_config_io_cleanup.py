from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "pattern",
        "max_file_age_seconds",
        "max_files",
        "purge_on_delete",
    }
)


@_attrs_define
class ProcessConfigIOCleanup:
    """
    Attributes:
        pattern (str):
        max_file_age_seconds (int | None):
        max_files (int | None):
        purge_on_delete (bool | None):
    """

    pattern: str
    max_file_age_seconds: int | None = None
    max_files: int | None = None
    purge_on_delete: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        pattern = self.pattern
        field_dict["pattern"] = pattern
        max_file_age_seconds = self.max_file_age_seconds
        if max_file_age_seconds is not None:
            field_dict["max_file_age_seconds"] = max_file_age_seconds
        max_files = self.max_files
        if max_files is not None:
            field_dict["max_files"] = max_files
        purge_on_delete = self.purge_on_delete
        if purge_on_delete is not None:
            field_dict["purge_on_delete"] = purge_on_delete
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.pattern = src_dict["pattern"]
        model_.max_file_age_seconds = get("max_file_age_seconds")
        model_.max_files = get("max_files")
        model_.purge_on_delete = get("purge_on_delete")
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
