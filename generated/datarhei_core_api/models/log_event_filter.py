from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.log_event_filter_data import LogEventFilterData


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "caller",
        "core_id",
        "data",
        "event",
        "level",
        "message",
    }
)

_CONVERT_DATA = _types.model_of("LogEventFilterData")


@_attrs_define
class LogEventFilter:
    """
    Attributes:
        caller (str | None):
        core_id (str | None):
        data (LogEventFilterData | None):
        event (str | None):
        level (str | None):
        message (str | None):
    """

    caller: str | None = None
    core_id: str | None = None
    data: LogEventFilterData | None = None
    event: str | None = None
    level: str | None = None
    message: str | None = None
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

        value = get("core_id")
        if value is None:
            if "core_id" in src_dict:
                _types.absent(src_dict, "core_id", False, False, strict, _KNOWN_KEYS)
            model_.core_id = None
        elif value.__class__ is str:
            model_.core_id = value
        else:
            model_.core_id = _types.fit(
                _types.STRING, src_dict, "core_id", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("data")
        if value is None:
            model_.data = None
            if "data" in src_dict:
                model_._nulls += ("data",)
        elif value.__class__ is dict:
            try:
                model_.data = _models.LogEventFilterData._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("data", src_dict) from None
        else:
            model_.data = _types.fit(
                _CONVERT_DATA, src_dict, "data", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("event")
        if value is None:
            if "event" in src_dict:
                _types.absent(src_dict, "event", False, False, strict, _KNOWN_KEYS)
            model_.event = None
        elif value.__class__ is str:
            model_.event = value
        else:
            model_.event = _types.fit(
                _types.STRING, src_dict, "event", value, False, False, strict, _KNOWN_KEYS
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
