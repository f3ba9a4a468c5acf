from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

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
        value = get("ts")
        if value is None:
            if "ts" in src_dict:
                _types.absent(src_dict, "ts", False, False, strict, _KNOWN_KEYS)
            model_.ts = None
        elif value.__class__ is str:
            model_.ts = value
        else:
            model_.ts = _types.fit(
                _types.STRING, src_dict, "ts", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("level")
        if value is None:
            if "level" in src_dict:
                _types.absent(src_dict, "level", False, False, strict, _KNOWN_KEYS)
            model_.level = None
        elif value.__class__ is str:
            model_.level = value
        else:
            model_.level = _types.fit(
                _types.STRING, src_dict, "level", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("component")
        if value is None:
            if "component" in src_dict:
                _types.absent(src_dict, "component", False, False, strict, _KNOWN_KEYS)
            model_.component = None
        elif value.__class__ is str:
            model_.component = value
        else:
            model_.component = _types.fit(
                _types.STRING, src_dict, "component", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("caller")
        if value is None:
            if "caller" in src_dict:
                _types.absent(src_dict, "caller", False, False, strict, _KNOWN_KEYS)
            model_.caller = None
        elif value.__class__ is str:
            model_.caller = value
        else:
            model_.caller = _types.fit(
                _types.STRING, src_dict, "caller", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("message")
        if value is None:
            if "message" in src_dict:
                _types.absent(src_dict, "message", False, False, strict, _KNOWN_KEYS)
            model_.message = None
        elif value.__class__ is str:
            model_.message = value
        else:
            model_.message = _types.fit(
                _types.STRING, src_dict, "message", value, False, False, strict, _KNOWN_KEYS
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
