from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "max_history",
        "max_lines",
        "max_minimal_history",
    }
)


@_attrs_define
class ConfigDataFfmpegLog:
    """
    Attributes:
        max_history (int | None):
        max_lines (int | None):
        max_minimal_history (int | None):
    """

    max_history: int | None = None
    max_lines: int | None = None
    max_minimal_history: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        max_history = self.max_history
        if max_history is not None:
            field_dict["max_history"] = max_history
        max_lines = self.max_lines
        if max_lines is not None:
            field_dict["max_lines"] = max_lines
        max_minimal_history = self.max_minimal_history
        if max_minimal_history is not None:
            field_dict["max_minimal_history"] = max_minimal_history
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
        value = get("max_history")
        if value is None:
            if "max_history" in src_dict:
                _types.absent(src_dict, "max_history", False, False, strict, _KNOWN_KEYS)
            model_.max_history = None
        elif value.__class__ is int:
            model_.max_history = value
        else:
            model_.max_history = _types.fit(
                _types.INTEGER, src_dict, "max_history", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_lines")
        if value is None:
            if "max_lines" in src_dict:
                _types.absent(src_dict, "max_lines", False, False, strict, _KNOWN_KEYS)
            model_.max_lines = None
        elif value.__class__ is int:
            model_.max_lines = value
        else:
            model_.max_lines = _types.fit(
                _types.INTEGER, src_dict, "max_lines", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_minimal_history")
        if value is None:
            if "max_minimal_history" in src_dict:
                _types.absent(src_dict, "max_minimal_history", False, False, strict, _KNOWN_KEYS)
            model_.max_minimal_history = None
        elif value.__class__ is int:
            model_.max_minimal_history = value
        else:
            model_.max_minimal_history = _types.fit(
                _types.INTEGER,
                src_dict,
                "max_minimal_history",
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
