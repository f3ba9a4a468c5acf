from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RawLogEntry")

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
        ts (str | Unset):
        level (str | Unset):
        component (str | Unset):
        caller (str | Unset):
        message (str | Unset):
    """

    ts: str | Unset = UNSET
    level: str | Unset = UNSET
    component: str | Unset = UNSET
    caller: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ts = self.ts

        level = self.level

        component = self.component

        caller = self.caller

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ts is not UNSET:
            field_dict["ts"] = ts
        if level is not UNSET:
            field_dict["level"] = level
        if component is not UNSET:
            field_dict["component"] = component
        if caller is not UNSET:
            field_dict["caller"] = caller
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.ts = get("ts", UNSET)
        model_.level = get("level", UNSET)
        model_.component = get("component", UNSET)
        model_.caller = get("caller", UNSET)
        model_.message = get("message", UNSET)
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
