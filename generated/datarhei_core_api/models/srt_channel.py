from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.srt_channel_connections import SRTChannelConnections
    from ..models.srt_channel_log import SRTChannelLog


T = TypeVar("T", bound="SRTChannel")

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
        connections (None | SRTChannelConnections | Unset):
        log (None | SRTChannelLog | Unset):
        name (str | Unset):
        socketid (int | Unset):
        subscriber (list[int] | None | Unset):
    """

    connections: None | SRTChannelConnections | Unset = UNSET
    log: None | SRTChannelLog | Unset = UNSET
    name: str | Unset = UNSET
    socketid: int | Unset = UNSET
    subscriber: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.srt_channel_connections import SRTChannelConnections  # noqa: PLC0415
        from ..models.srt_channel_log import SRTChannelLog  # noqa: PLC0415

        connections: dict[str, Any] | None | Unset
        if isinstance(self.connections, Unset):
            connections = UNSET
        elif isinstance(self.connections, SRTChannelConnections):
            connections = self.connections.to_dict()
        else:
            connections = self.connections

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, SRTChannelLog):
            log = self.log.to_dict()
        else:
            log = self.log

        name = self.name

        socketid = self.socketid

        subscriber: list[int] | None | Unset
        if isinstance(self.subscriber, Unset):
            subscriber = UNSET
        elif isinstance(self.subscriber, list):
            subscriber = self.subscriber

        else:
            subscriber = self.subscriber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if log is not UNSET:
            field_dict["log"] = log
        if name is not UNSET:
            field_dict["name"] = name
        if socketid is not UNSET:
            field_dict["socketid"] = socketid
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("connections", UNSET)
        model_.connections = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelConnections.from_dict(value))
        )
        value = get("log", UNSET)
        model_.log = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelLog.from_dict(value))
        )
        model_.name = get("name", UNSET)
        model_.socketid = get("socketid", UNSET)
        model_.subscriber = get("subscriber", UNSET)
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
