from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "dir",
        "patterns",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_PATTERNS = _types.array_of(_types.STRING)


@_attrs_define
class SetConfigStorageMemoryBackup:
    """
    Attributes:
        dir (str | None):
        patterns (list[str] | None):
    """

    dir: str | None = None
    patterns: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        dir_ = self.dir
        if dir_ is not None:
            field_dict["dir"] = dir_
        patterns = self.patterns
        if patterns is not None:
            field_dict["patterns"] = patterns
        elif "patterns" in self._nulls:
            field_dict["patterns"] = None
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
        model_._nulls = ()
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

        value = get("patterns")
        if value is None:
            model_.patterns = None
            if "patterns" in src_dict:
                model_._nulls += ("patterns",)
        elif _types.listed(value, _STRING):
            model_.patterns = value
        else:
            model_.patterns = _types.fit(
                _CONVERT_PATTERNS, src_dict, "patterns", value, False, True, strict, _KNOWN_KEYS
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
