from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.srt_channel_connections import SRTChannelConnections
    from ..models.srt_channel_log import SRTChannelLog


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "connections",
        "log",
        "name",
        "socketid",
        "subscriber",
    }
)


@_attrs_define
class SRTChannel:
    """
    Attributes:
        connections (None | SRTChannelConnections):
        log (None | SRTChannelLog):
        name (str | None):
        socketid (int | None):
        subscriber (list[int] | None):
    """

    connections: None | SRTChannelConnections = None
    log: None | SRTChannelLog = None
    name: str | None = None
    socketid: int | None = None
    subscriber: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        connections = self.connections
        if connections is not None:
            field_dict["connections"] = connections.to_dict()
        elif "connections" in self._nulls:
            field_dict["connections"] = None
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        elif "log" in self._nulls:
            field_dict["log"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        socketid = self.socketid
        if socketid is not None:
            field_dict["socketid"] = socketid
        subscriber = self.subscriber
        if subscriber is not None:
            field_dict["subscriber"] = subscriber
        elif "subscriber" in self._nulls:
            field_dict["subscriber"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("connections")
        if value is None:
            model_.connections = None
            if "connections" in src_dict:
                model_._nulls += ("connections",)
        else:
            model_.connections = _models.SRTChannelConnections.from_dict(value)
        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        else:
            model_.log = _models.SRTChannelLog.from_dict(value)
        model_.name = get("name")
        model_.socketid = get("socketid")
        value = get("subscriber")
        if value is None:
            model_.subscriber = None
            if "subscriber" in src_dict:
                model_._nulls += ("subscriber",)
        else:
            model_.subscriber = value
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
