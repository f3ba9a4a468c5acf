from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "enable",
        "enable_prometheus",
        "interval_sec",
        "range_sec",
    }
)


@_attrs_define
class SetConfigMetrics:
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
        value = get("enable")
        if value is None:
            if "enable" in src_dict:
                _types.absent(src_dict, "enable", False, False, strict, _KNOWN_KEYS)
            model_.enable = None
        elif value.__class__ is bool:
            model_.enable = value
        else:
            model_.enable = _types.fit(
                _types.BOOLEAN, src_dict, "enable", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("enable_prometheus")
        if value is None:
            if "enable_prometheus" in src_dict:
                _types.absent(src_dict, "enable_prometheus", False, False, strict, _KNOWN_KEYS)
            model_.enable_prometheus = None
        elif value.__class__ is bool:
            model_.enable_prometheus = value
        else:
            model_.enable_prometheus = _types.fit(
                _types.BOOLEAN,
                src_dict,
                "enable_prometheus",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("interval_sec")
        if value is None:
            if "interval_sec" in src_dict:
                _types.absent(src_dict, "interval_sec", False, False, strict, _KNOWN_KEYS)
            model_.interval_sec = None
        elif value.__class__ is int:
            model_.interval_sec = value
        else:
            model_.interval_sec = _types.fit(
                _types.INTEGER, src_dict, "interval_sec", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("range_sec")
        if value is None:
            if "range_sec" in src_dict:
                _types.absent(src_dict, "range_sec", False, False, strict, _KNOWN_KEYS)
            model_.range_sec = None
        elif value.__class__ is int:
            model_.range_sec = value
        else:
            model_.range_sec = _types.fit(
                _types.INTEGER, src_dict, "range_sec", value, False, False, strict, _KNOWN_KEYS
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
