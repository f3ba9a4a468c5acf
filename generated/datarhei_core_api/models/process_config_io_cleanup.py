from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessConfigIOCleanup")

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
        max_file_age_seconds (int | Unset):
        max_files (int | Unset):
        purge_on_delete (bool | Unset):
    """

    pattern: str
    max_file_age_seconds: int | Unset = UNSET
    max_files: int | Unset = UNSET
    purge_on_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        max_file_age_seconds = self.max_file_age_seconds

        max_files = self.max_files

        purge_on_delete = self.purge_on_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
            }
        )
        if max_file_age_seconds is not UNSET:
            field_dict["max_file_age_seconds"] = max_file_age_seconds
        if max_files is not UNSET:
            field_dict["max_files"] = max_files
        if purge_on_delete is not UNSET:
            field_dict["purge_on_delete"] = purge_on_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = src_dict["pattern"]
        model_.pattern = value
        model_.max_file_age_seconds = get("max_file_age_seconds", UNSET)
        model_.max_files = get("max_files", UNSET)
        model_.purge_on_delete = get("purge_on_delete", UNSET)
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
