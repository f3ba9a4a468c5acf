from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "ts",
        "level",
        "component",
        "caller",
        "message",
    }
)


@_attrs_define
class RawLogEntry:
    """One log event of GET /api/v3/log?format=raw; its data fields are additional properties

    Attributes:
        ts (str | None):
        level (str | None):
        component (str | None):
        caller (str | None):
        message (str | None):
    """

    ts: str | None = None
    level: str | None = None
    component: str | None = None
    caller: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ts = self.ts
        if ts is not None:
            field_dict["ts"] = ts
        level = self.level
        if level is not None:
            field_dict["level"] = level
        component = self.component
        if component is not None:
            field_dict["component"] = component
        caller = self.caller
        if caller is not None:
            field_dict["caller"] = caller
        message = self.message
        if message is not None:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.ts = get("ts")
        model_.level = get("level")
        model_.component = get("component")
        model_.caller = get("caller")
        model_.message = get("message")
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
