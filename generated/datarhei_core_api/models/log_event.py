from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_event_data_type_0 import LogEventDataType0


T = TypeVar("T", bound="LogEvent")


@_attrs_define
class LogEvent:
    """
    Attributes:
        caller (str | Unset):
        core_id (str | Unset):
        data (LogEventDataType0 | None | Unset):
        event (str | Unset):
        level (str | Unset):
        message (str | Unset):
        ts (int | Unset):
    """

    caller: str | Unset = UNSET
    core_id: str | Unset = UNSET
    data: LogEventDataType0 | None | Unset = UNSET
    event: str | Unset = UNSET
    level: str | Unset = UNSET
    message: str | Unset = UNSET
    ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_event_data_type_0 import LogEventDataType0  # noqa: PLC0415

        caller = self.caller

        core_id = self.core_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, LogEventDataType0):
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
        from ..models.log_event_data_type_0 import LogEventDataType0  # noqa: PLC0415

        d = dict(src_dict)
        caller = d.pop("caller", UNSET)

        core_id = d.pop("core_id", UNSET)

        def _parse_data(data: object) -> LogEventDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = LogEventDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogEventDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        event = d.pop("event", UNSET)

        level = d.pop("level", UNSET)

        message = d.pop("message", UNSET)

        ts = d.pop("ts", UNSET)

        log_event = cls(
            caller=caller,
            core_id=core_id,
            data=data,
            event=event,
            level=level,
            message=message,
            ts=ts,
        )

        log_event.additional_properties = d
        return log_event

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
