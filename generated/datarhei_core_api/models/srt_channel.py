from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.srt_channel_connections_type_0 import SRTChannelConnectionsType0
    from ..models.srt_channel_log_type_0 import SRTChannelLogType0


T = TypeVar("T", bound="SRTChannel")


@_attrs_define
class SRTChannel:
    """
    Attributes:
        connections (None | SRTChannelConnectionsType0 | Unset):
        log (None | SRTChannelLogType0 | Unset):
        name (str | Unset):
        socketid (int | Unset):
        subscriber (list[int] | None | Unset):
    """

    connections: None | SRTChannelConnectionsType0 | Unset = UNSET
    log: None | SRTChannelLogType0 | Unset = UNSET
    name: str | Unset = UNSET
    socketid: int | Unset = UNSET
    subscriber: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.srt_channel_connections_type_0 import SRTChannelConnectionsType0  # noqa: PLC0415
        from ..models.srt_channel_log_type_0 import SRTChannelLogType0  # noqa: PLC0415

        connections: dict[str, Any] | None | Unset
        if isinstance(self.connections, Unset):
            connections = UNSET
        elif isinstance(self.connections, SRTChannelConnectionsType0):
            connections = self.connections.to_dict()
        else:
            connections = self.connections

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, SRTChannelLogType0):
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
        from ..models.srt_channel_connections_type_0 import SRTChannelConnectionsType0  # noqa: PLC0415
        from ..models.srt_channel_log_type_0 import SRTChannelLogType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_connections(data: object) -> None | SRTChannelConnectionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connections_type_0 = SRTChannelConnectionsType0.from_dict(data)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SRTChannelConnectionsType0 | Unset, data)

        connections = _parse_connections(d.pop("connections", UNSET))

        def _parse_log(data: object) -> None | SRTChannelLogType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                log_type_0 = SRTChannelLogType0.from_dict(data)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SRTChannelLogType0 | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        name = d.pop("name", UNSET)

        socketid = d.pop("socketid", UNSET)

        def _parse_subscriber(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscriber_type_0 = cast(list[int], data)

                return subscriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        subscriber = _parse_subscriber(d.pop("subscriber", UNSET))

        srt_channel = cls(
            connections=connections,
            log=log,
            name=name,
            socketid=socketid,
            subscriber=subscriber,
        )

        srt_channel.additional_properties = d
        return srt_channel

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
