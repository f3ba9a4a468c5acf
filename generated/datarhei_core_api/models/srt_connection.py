from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.srt_connection_log import SRTConnectionLog
    from ..models.srt_statistics import SRTStatistics


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
        log (None | SRTConnectionLog):
        stats (SRTStatistics | None):
    """

    log: None | SRTConnectionLog = None
    stats: SRTStatistics | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        log = self.log
        if log is not None:
            field_dict["log"] = log.to_dict()
        elif "log" in self._nulls:
            field_dict["log"] = None
        stats = self.stats
        if stats is not None:
            field_dict["stats"] = stats.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_._nulls = ()
        value = get("log")
        if value is None:
            model_.log = None
            if "log" in src_dict:
                model_._nulls += ("log",)
        else:
            model_.log = _models.SRTConnectionLog.from_dict(value)
        value = get("stats")
        model_.stats = None if value is None else _models.SRTStatistics.from_dict(value)
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
