from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

if TYPE_CHECKING:
    from ..models.srt_channels_connections import SRTChannelsConnections
    from ..models.srt_channels_log import SRTChannelsLog
    from ..models.srt_channels_publisher import SRTChannelsPublisher
    from ..models.srt_channels_subscriber import SRTChannelsSubscriber


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "publisher",
        "subscriber",
        "connections",
        "log",
    }
)

_CONVERT_PUBLISHER = _types.model_of("SRTChannelsPublisher")
_CONVERT_SUBSCRIBER = _types.model_of("SRTChannelsSubscriber")
_CONVERT_CONNECTIONS = _types.model_of("SRTChannelsConnections")
_CONVERT_LOG = _types.model_of("SRTChannelsLog")


@_attrs_define
class SRTChannels:
    """SRT channels as v16 lists them (its api.SRTChannels)

    Attributes:
        publisher (None | SRTChannelsPublisher):
        subscriber (None | SRTChannelsSubscriber):
        connections (None | SRTChannelsConnections):
        log (None | SRTChannelsLog):
    """

    publisher: None | SRTChannelsPublisher = None
    subscriber: None | SRTChannelsSubscriber = None
    connections: None | SRTChannelsConnections = None
    log: None | SRTChannelsLog = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        publisher = self.publisher
        if publisher is not None:
            field_dict["publisher"] = publisher.to_dict()
        elif "publisher" in self._nulls:
            field_dict["publisher"] = None
        subscriber = self.subscriber
        if subscriber is not None:
            field_dict["subscriber"] = subscriber.to_dict()
        elif "subscriber" in self._nulls:
            field_dict["subscriber"] = None
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
        value = get("publisher")
        if value is None:
            model_.publisher = None
            if "publisher" in src_dict:
                model_._nulls += ("publisher",)
        elif value.__class__ is dict:
            try:
                model_.publisher = _models.SRTChannelsPublisher._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("publisher", src_dict) from None
        else:
            model_.publisher = _types.fit(
                _CONVERT_PUBLISHER, src_dict, "publisher", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("subscriber")
        if value is None:
            model_.subscriber = None
            if "subscriber" in src_dict:
                model_._nulls += ("subscriber",)
        elif value.__class__ is dict:
            try:
                model_.subscriber = _models.SRTChannelsSubscriber._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("subscriber", src_dict) from None
        else:
            model_.subscriber = _types.fit(
                _CONVERT_SUBSCRIBER, src_dict, "subscriber", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("connections")
        if value is None:
            model_.connections = None
            if "connections" in src_dict:
                model_._nulls += ("connections",)
        elif value.__class__ is dict:
            try:
                model_.connections = _models.SRTChannelsConnections._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("connections", src_dict) from None
        else:
            model_.connections = _types.fit(
                _CONVERT_CONNECTIONS,
                src_dict,
                "connections",
                value,
                False,
                True,
                strict,
                _KNOWN_KEYS,
            )

        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        elif value.__class__ is dict:
            try:
                model_.log = _models.SRTChannelsLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, True, strict, _KNOWN_KEYS
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
