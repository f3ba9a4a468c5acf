from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .. import types as _types
from ..types import Invalid as _Invalid

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

_INTEGER = _types.JSON_CLASSES["integer"]
_CONVERT_CONNECTIONS = _types.model_of("SRTChannelConnections")
_CONVERT_LOG = _types.model_of("SRTChannelLog")
_CONVERT_SUBSCRIBER = _types.array_of(_types.INTEGER)


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
        value = get("connections")
        if value is None:
            model_.connections = None
            if "connections" in src_dict:
                model_._nulls += ("connections",)
        elif value.__class__ is dict:
            try:
                model_.connections = _models.SRTChannelConnections._from_dict(value, strict)
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
                model_.log = _models.SRTChannelLog._from_dict(value, strict)
            except _Invalid as error:
                raise error.within("log", src_dict) from None
        else:
            model_.log = _types.fit(
                _CONVERT_LOG, src_dict, "log", value, False, True, strict, _KNOWN_KEYS
            )

        value = get("name")
        if value is None:
            if "name" in src_dict:
                _types.absent(src_dict, "name", False, False, strict, _KNOWN_KEYS)
            model_.name = None
        elif value.__class__ is str:
            model_.name = value
        else:
            model_.name = _types.fit(
                _types.STRING, src_dict, "name", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("socketid")
        if value is None:
            if "socketid" in src_dict:
                _types.absent(src_dict, "socketid", False, False, strict, _KNOWN_KEYS)
            model_.socketid = None
        elif value.__class__ is int:
            model_.socketid = value
        else:
            model_.socketid = _types.fit(
                _types.INTEGER, src_dict, "socketid", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("subscriber")
        if value is None:
            model_.subscriber = None
            if "subscriber" in src_dict:
                model_._nulls += ("subscriber",)
        elif _types.listed(value, _INTEGER):
            model_.subscriber = value
        else:
            model_.subscriber = _types.fit(
                _CONVERT_SUBSCRIBER, src_dict, "subscriber", value, False, True, strict, _KNOWN_KEYS
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
