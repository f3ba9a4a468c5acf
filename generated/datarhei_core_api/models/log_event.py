from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_event_data import LogEventData


T = TypeVar("T", bound="LogEvent")

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
        caller (str | Unset):
        core_id (str | Unset):
        data (LogEventData | None | Unset):
        event (str | Unset):
        level (str | Unset):
        message (str | Unset):
        ts (int | Unset):
    """

    caller: str | Unset = UNSET
    core_id: str | Unset = UNSET
    data: LogEventData | None | Unset = UNSET
    event: str | Unset = UNSET
    level: str | Unset = UNSET
    message: str | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_event_data import LogEventData  # noqa: PLC0415

        caller = self.caller

        core_id = self.core_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, LogEventData):
            data = self.data.to_dict()
        else:
            data = self.data

        event = self.event

        level = self.level

        message = self.message

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caller is not UNSET:
            field_dict["caller"] = caller
        if core_id is not UNSET:
            field_dict["core_id"] = core_id
        if data is not UNSET:
            field_dict["data"] = data
        if event is not UNSET:
            field_dict["event"] = event
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.caller = get("caller", UNSET)
        model_.core_id = get("core_id", UNSET)
        value = get("data", UNSET)
        model_.data = (
            value
            if value is UNSET
            else (None if value is None else _models.LogEventData.from_dict(value))
        )
        model_.event = get("event", UNSET)
        model_.level = get("level", UNSET)
        model_.message = get("message", UNSET)
        model_.ts = get("ts", UNSET)
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
