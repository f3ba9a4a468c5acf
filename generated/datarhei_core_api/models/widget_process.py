from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "current_sessions",
        "total_sessions",
        "uptime",
    }
)


@_attrs_define
class WidgetProcess:
    """
    Attributes:
        current_sessions (int):
        total_sessions (int):
        uptime (int):
    """

    current_sessions: int
    total_sessions: int
    uptime: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        current_sessions = self.current_sessions
        field_dict["current_sessions"] = current_sessions
        total_sessions = self.total_sessions
        field_dict["total_sessions"] = total_sessions
        uptime = self.uptime
        field_dict["uptime"] = uptime
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
        value = get("current_sessions")
        if value is None:
            model_.current_sessions = _types.absent(
                src_dict, "current_sessions", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.current_sessions = value
        else:
            model_.current_sessions = _types.fit(
                _types.INTEGER,
                src_dict,
                "current_sessions",
                value,
                True,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("total_sessions")
        if value is None:
            model_.total_sessions = _types.absent(
                src_dict, "total_sessions", True, False, strict, _KNOWN_KEYS
            )
        elif value.__class__ is int:
            model_.total_sessions = value
        else:
            model_.total_sessions = _types.fit(
                _types.INTEGER, src_dict, "total_sessions", value, True, False, strict, _KNOWN_KEYS
            )

        value = get("uptime")
        if value is None:
            model_.uptime = _types.absent(src_dict, "uptime", True, False, strict, _KNOWN_KEYS)
        elif value.__class__ is int:
            model_.uptime = value
        else:
            model_.uptime = _types.fit(
                _types.INTEGER, src_dict, "uptime", value, True, False, strict, _KNOWN_KEYS
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
