from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.log_event_data import LogEventData


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "caller",
        "core_id",
        "data",
        "event",
        "level",
        "message",
        "ts",
    }
)


@_attrs_define
class LogEvent:
    """
    Attributes:
        caller (str | None):
        core_id (str | None):
        data (LogEventData | None):
        event (str | None):
        level (str | None):
        message (str | None):
        ts (int | None):
    """

    caller: str | None = None
    core_id: str | None = None
    data: LogEventData | None = None
    event: str | None = None
    level: str | None = None
    message: str | None = None
    ts: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        caller = self.caller
        if caller is not None:
            field_dict["caller"] = caller
        core_id = self.core_id
        if core_id is not None:
            field_dict["core_id"] = core_id
        data = self.data
        if data is not None:
            field_dict["data"] = data.to_dict()
        elif "data" in self._nulls:
            field_dict["data"] = None
        event = self.event
        if event is not None:
            field_dict["event"] = event
        level = self.level
        if level is not None:
            field_dict["level"] = level
        message = self.message
        if message is not None:
            field_dict["message"] = message
        ts = self.ts
        if ts is not None:
            field_dict["ts"] = ts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        model_.caller = get("caller")
        model_.core_id = get("core_id")
        value = get("data")
        if value is None:
            model_.data = None
            if "data" in src_dict:
                model_._nulls += ("data",)
        else:
            model_.data = _models.LogEventData.from_dict(value)
        model_.event = get("event")
        model_.level = get("level")
        model_.message = get("message")
        model_.ts = get("ts")
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
