from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "enable_prometheus",
        "interval_sec",
        "range_sec",
    }
)


@_attrs_define
class ConfigDataMetrics:
    """
    Attributes:
        enable (bool | None):
        enable_prometheus (bool | None):
        interval_sec (int | None): seconds
        range_sec (int | None): seconds
    """

    enable: bool | None = None
    enable_prometheus: bool | None = None
    interval_sec: int | None = None
    range_sec: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        enable = self.enable
        if enable is not None:
            field_dict["enable"] = enable
        enable_prometheus = self.enable_prometheus
        if enable_prometheus is not None:
            field_dict["enable_prometheus"] = enable_prometheus
        interval_sec = self.interval_sec
        if interval_sec is not None:
            field_dict["interval_sec"] = interval_sec
        range_sec = self.range_sec
        if range_sec is not None:
            field_dict["range_sec"] = range_sec
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.enable = get("enable")
        model_.enable_prometheus = get("enable_prometheus")
        model_.interval_sec = get("interval_sec")
        model_.range_sec = get("range_sec")
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
