from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.srt_connection_log import SRTConnectionLog
    from ..models.srt_statistics import SRTStatistics


T = TypeVar("T", bound="SRTConnection")

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "log",
        "stats",
    }
)


@_attrs_define
class SRTConnection:
    """
    Attributes:
        log (None | SRTConnectionLog | Unset):
        stats (SRTStatistics | Unset):
    """

    log: None | SRTConnectionLog | Unset = UNSET
    stats: SRTStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.srt_connection_log import SRTConnectionLog  # noqa: PLC0415

        log: dict[str, Any] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, SRTConnectionLog):
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
        get = src_dict.get
        model_ = cls.__new__(cls)
        value = get("log", UNSET)
        model_.log = (
            value
            if value is UNSET
            else (None if value is None else _models.SRTConnectionLog.from_dict(value))
        )
        value = get("stats", UNSET)
        model_.stats = value if value is UNSET else _models.SRTStatistics.from_dict(value)
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
