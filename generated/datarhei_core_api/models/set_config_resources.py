from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "limit_wait_for_sec",
        "max_cpu_usage",
        "max_gpu_memory_usage",
        "max_gpu_usage",
        "max_memory_usage",
    }
)


@_attrs_define
class SetConfigResources:
    """
    Attributes:
        limit_wait_for_sec (int | None):
        max_cpu_usage (float | None): percent 0-100
        max_gpu_memory_usage (float | None): percent 0-100
        max_gpu_usage (float | None): percent 0-100
        max_memory_usage (float | None): percent 0-100
    """

    limit_wait_for_sec: int | None = None
    max_cpu_usage: float | None = None
    max_gpu_memory_usage: float | None = None
    max_gpu_usage: float | None = None
    max_memory_usage: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        limit_wait_for_sec = self.limit_wait_for_sec
        if limit_wait_for_sec is not None:
            field_dict["limit_wait_for_sec"] = limit_wait_for_sec
        max_cpu_usage = self.max_cpu_usage
        if max_cpu_usage is not None:
            field_dict["max_cpu_usage"] = max_cpu_usage
        max_gpu_memory_usage = self.max_gpu_memory_usage
        if max_gpu_memory_usage is not None:
            field_dict["max_gpu_memory_usage"] = max_gpu_memory_usage
        max_gpu_usage = self.max_gpu_usage
        if max_gpu_usage is not None:
            field_dict["max_gpu_usage"] = max_gpu_usage
        max_memory_usage = self.max_memory_usage
        if max_memory_usage is not None:
            field_dict["max_memory_usage"] = max_memory_usage
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
        value = get("limit_wait_for_sec")
        if value is None:
            if "limit_wait_for_sec" in src_dict:
                _types.absent(src_dict, "limit_wait_for_sec", False, False, strict, _KNOWN_KEYS)
            model_.limit_wait_for_sec = None
        elif value.__class__ is int:
            model_.limit_wait_for_sec = value
        else:
            model_.limit_wait_for_sec = _types.fit(
                _types.INTEGER,
                src_dict,
                "limit_wait_for_sec",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_cpu_usage")
        if value is None:
            if "max_cpu_usage" in src_dict:
                _types.absent(src_dict, "max_cpu_usage", False, False, strict, _KNOWN_KEYS)
            model_.max_cpu_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.max_cpu_usage = value
        else:
            model_.max_cpu_usage = _types.fit(
                _types.NUMBER, src_dict, "max_cpu_usage", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_gpu_memory_usage")
        if value is None:
            if "max_gpu_memory_usage" in src_dict:
                _types.absent(src_dict, "max_gpu_memory_usage", False, False, strict, _KNOWN_KEYS)
            model_.max_gpu_memory_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.max_gpu_memory_usage = value
        else:
            model_.max_gpu_memory_usage = _types.fit(
                _types.NUMBER,
                src_dict,
                "max_gpu_memory_usage",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("max_gpu_usage")
        if value is None:
            if "max_gpu_usage" in src_dict:
                _types.absent(src_dict, "max_gpu_usage", False, False, strict, _KNOWN_KEYS)
            model_.max_gpu_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.max_gpu_usage = value
        else:
            model_.max_gpu_usage = _types.fit(
                _types.NUMBER, src_dict, "max_gpu_usage", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("max_memory_usage")
        if value is None:
            if "max_memory_usage" in src_dict:
                _types.absent(src_dict, "max_memory_usage", False, False, strict, _KNOWN_KEYS)
            model_.max_memory_usage = None
        elif value.__class__ is float or value.__class__ is int:
            model_.max_memory_usage = value
        else:
            model_.max_memory_usage = _types.fit(
                _types.NUMBER,
                src_dict,
                "max_memory_usage",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
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
