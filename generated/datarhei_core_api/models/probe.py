from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.probe_io import ProbeIO


T = TypeVar("T", bound="Probe")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "log",
        "streams",
    }
)


@_attrs_define
class Probe:
    """
    Attributes:
        log (list[str] | None | Unset):
        streams (list[ProbeIO] | None | Unset):
    """

    log: list[str] | None | Unset = UNSET
    streams: list[ProbeIO] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log: list[str] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = self.log

        else:
            log = self.log

        streams: list[dict[str, Any]] | None | Unset
        if isinstance(self.streams, Unset):
            streams = UNSET
        elif isinstance(self.streams, list):
            streams = []
            for streams_type_0_item_data in self.streams:
                streams_type_0_item = streams_type_0_item_data.to_dict()
                streams.append(streams_type_0_item)

        else:
            streams = self.streams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log is not UNSET:
            field_dict["log"] = log
        if streams is not UNSET:
            field_dict["streams"] = streams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.log = get("log", UNSET)
        value = get("streams", UNSET)
        model_.streams = (
            value
            if value is UNSET
            else (None if value is None else [_models.ProbeIO.from_dict(item0) for item0 in value])
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
