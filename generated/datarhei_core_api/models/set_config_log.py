from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.set_config_log_level import SetConfigLogLevel

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "level",
        "max_lines",
        "topics",
    }
)


@_attrs_define
class SetConfigLog:
    """
    Attributes:
        level (SetConfigLogLevel | None):
        max_lines (int | None):
        topics (list[str] | None):
    """

    level: SetConfigLogLevel | None = None
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("level")
        model_.level = None if value is None else _models.SetConfigLogLevel(value)
        model_.max_lines = get("max_lines")
        value = get("topics")
        if value is None:
            model_.topics = None
            if "topics" in src_dict:
                model_._nulls += ("topics",)
        else:
            model_.topics = value
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
