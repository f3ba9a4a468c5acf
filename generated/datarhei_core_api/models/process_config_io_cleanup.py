from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("pattern")
        if value is None:
            model_.pattern = _types.absent(src_dict, "pattern", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is str:
            model_.pattern = value
        else:
            model_.pattern = _types.fit(
                _types.STRING, src_dict, "pattern", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("max_file_age_seconds")
        if value is None:
            if "max_file_age_seconds" in src_dict:
                _types.absent(src_dict, "max_file_age_seconds", False, False, strict, _KNOWN_KEYS)
            model_.max_file_age_seconds = None
        elif value.__class__ is int:
            model_.max_file_age_seconds = value
        else:
            model_.max_file_age_seconds = _types.fit(
                _types.INTEGER,
                src_dict,
                "max_file_age_seconds",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_files")
        if value is None:
            if "max_files" in src_dict:
                _types.absent(src_dict, "max_files", False, False, strict, _KNOWN_KEYS)
            model_.max_files = None
        elif value.__class__ is int:
            model_.max_files = value
        else:
            model_.max_files = _types.fit(
                _types.INTEGER, src_dict, "max_files", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("purge_on_delete")
        if value is None:
            if "purge_on_delete" in src_dict:
                _types.absent(src_dict, "purge_on_delete", False, False, strict, _KNOWN_KEYS)
            model_.purge_on_delete = None
        elif value.__class__ is bool:
            model_.purge_on_delete = value
        else:
            model_.purge_on_delete = _types.fit(
                _types.BOOLEAN,
                src_dict,
                "purge_on_delete",
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
