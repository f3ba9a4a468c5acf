from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.config_data_log_level import ConfigDataLogLevel

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "level",
        "max_lines",
        "topics",
    }
)

_STRING = _types.JSON_CLASSES["string"]
_CONVERT_LEVEL = _types.enum_of("ConfigDataLogLevel")
_CONVERT_TOPICS = _types.array_of(_types.STRING)


@_attrs_define
class ConfigDataLog:
    """
    Attributes:
        level (ConfigDataLogLevel | None):
        max_lines (int | None):
        topics (list[str] | None):
    """

    level: ConfigDataLogLevel | None = None
    max_lines: int | None = None
    topics: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        level = self.level
        if level is not None:
            field_dict["level"] = str(level)
        max_lines = self.max_lines
        if max_lines is not None:
            field_dict["max_lines"] = max_lines
        topics = self.topics
        if topics is not None:
            field_dict["topics"] = topics
        elif "topics" in self._nulls:
            field_dict["topics"] = None
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
        value = get("level")
        if value is None:
            if "level" in src_dict:
                _types.absent(src_dict, "level", False, False, strict, _KNOWN_KEYS)
            model_.level = None
        else:
            model_.level = _types.fit(
                _CONVERT_LEVEL, src_dict, "level", value, False, False, strict, _KNOWN_KEYS
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

        value = get("topics")
        if value is None:
            model_.topics = None
            if "topics" in src_dict:
                model_._nulls += ("topics",)
        elif _types.listed(value, _STRING):
            model_.topics = value
        else:
            model_.topics = _types.fit(
                _CONVERT_TOPICS, src_dict, "topics", value, False, True, strict, _KNOWN_KEYS
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
