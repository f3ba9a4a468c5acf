from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.probe_io import ProbeIO


T = TypeVar("T", bound="Probe")


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
        from ..models.probe_io import ProbeIO  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_log(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                log_type_0 = cast(list[str], data)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        def _parse_streams(data: object) -> list[ProbeIO] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                streams_type_0 = []
                _streams_type_0 = data
                for streams_type_0_item_data in _streams_type_0:
                    streams_type_0_item = ProbeIO.from_dict(streams_type_0_item_data)

                    streams_type_0.append(streams_type_0_item)

                return streams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProbeIO] | None | Unset, data)

        streams = _parse_streams(d.pop("streams", UNSET))

        probe = cls(
            log=log,
            streams=streams,
        )

        probe.additional_properties = d
        return probe

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
