from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.srt_connection_log_type_0 import SRTConnectionLogType0
    from ..models.srt_statistics import SRTStatistics


T = TypeVar("T", bound="SRTConnection")


@_attrs_define
class SRTConnection:
    """
    Attributes:
        log (None | SRTConnectionLogType0 | Unset):
        stats (SRTStatistics | Unset):
    """

    log: None | SRTConnectionLogType0 | Unset = UNSET
    stats: SRTStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.srt_connection_log_type_0 import SRTConnectionLogType0  # noqa: PLC0415

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, SRTConnectionLogType0):
            log = self.log.to_dict()
        else:
            log = self.log

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log is not UNSET:
            field_dict["log"] = log
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.srt_connection_log_type_0 import SRTConnectionLogType0  # noqa: PLC0415
        from ..models.srt_statistics import SRTStatistics  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_log(data: object) -> None | SRTConnectionLogType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                log_type_0 = SRTConnectionLogType0.from_dict(data)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SRTConnectionLogType0 | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: SRTStatistics | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = SRTStatistics.from_dict(_stats)

        srt_connection = cls(
            log=log,
            stats=stats,
        )

        srt_connection.additional_properties = d
        return srt_connection

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
