from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.srt_channels_connections import SRTChannelsConnections
    from ..models.srt_channels_log import SRTChannelsLog
    from ..models.srt_channels_publisher import SRTChannelsPublisher
    from ..models.srt_channels_subscriber import SRTChannelsSubscriber


T = TypeVar("T", bound="SRTChannels")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "publisher",
        "subscriber",
        "connections",
        "log",
    }
)


@_attrs_define
class SRTChannels:
    """SRT channels as v16 lists them (its api.SRTChannels)

    Attributes:
        publisher (None | SRTChannelsPublisher | Unset):
        subscriber (None | SRTChannelsSubscriber | Unset):
        connections (None | SRTChannelsConnections | Unset):
        log (None | SRTChannelsLog | Unset):
    """

    publisher: None | SRTChannelsPublisher | Unset = UNSET
    subscriber: None | SRTChannelsSubscriber | Unset = UNSET
    connections: None | SRTChannelsConnections | Unset = UNSET
    log: None | SRTChannelsLog | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.srt_channels_connections import SRTChannelsConnections  # noqa: PLC0415
        from ..models.srt_channels_log import SRTChannelsLog  # noqa: PLC0415
        from ..models.srt_channels_publisher import SRTChannelsPublisher  # noqa: PLC0415
        from ..models.srt_channels_subscriber import SRTChannelsSubscriber  # noqa: PLC0415

        publisher: dict[str, Any] | None | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        elif isinstance(self.publisher, SRTChannelsPublisher):
            publisher = self.publisher.to_dict()
        else:
            publisher = self.publisher

        subscriber: dict[str, Any] | None | Unset
        if isinstance(self.subscriber, Unset):
            subscriber = UNSET
        elif isinstance(self.subscriber, SRTChannelsSubscriber):
            subscriber = self.subscriber.to_dict()
        else:
            subscriber = self.subscriber

        connections: dict[str, Any] | None | Unset
        if isinstance(self.connections, Unset):
            connections = UNSET
        elif isinstance(self.connections, SRTChannelsConnections):
            connections = self.connections.to_dict()
        else:
            connections = self.connections

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, SRTChannelsLog):
            log = self.log.to_dict()
        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if connections is not UNSET:
            field_dict["connections"] = connections
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("publisher", UNSET)
        model_.publisher = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelsPublisher.from_dict(value))
        )
        value = get("subscriber", UNSET)
        model_.subscriber = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelsSubscriber.from_dict(value))
        )
        value = get("connections", UNSET)
        model_.connections = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelsConnections.from_dict(value))
        )
        value = get("log", UNSET)
        model_.log = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTChannelsLog.from_dict(value))
        )
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
