from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "memory_limit_bytes",
        "memory_total_bytes",
        "memory_used_bytes",
        "usage_decoder",
        "usage_encoder",
        "usage_general",
        "usage_limit",
    }
)


@_attrs_define
class AboutGPUResources:
    """
    Attributes:
        memory_limit_bytes (int | None): Defined memory limit in bytes
        memory_total_bytes (int | None): Total available memory in bytes
        memory_used_bytes (int | None): Currently used memory in bytes
        usage_decoder (float | None): Current decoder usage, 0-100
        usage_encoder (float | None): Current encoder usage, 0-100
        usage_general (float | None): Current general usage, 0-100
        usage_limit (float | None): Defined general usage limit, 0-100
    """

    memory_limit_bytes: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    usage_decoder: float | None = None
    usage_encoder: float | None = None
    usage_general: float | None = None
    usage_limit: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        memory_limit_bytes = self.memory_limit_bytes
        if memory_limit_bytes is not None:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        memory_total_bytes = self.memory_total_bytes
        if memory_total_bytes is not None:
            field_dict["memory_total_bytes"] = memory_total_bytes
        memory_used_bytes = self.memory_used_bytes
        if memory_used_bytes is not None:
            field_dict["memory_used_bytes"] = memory_used_bytes
        usage_decoder = self.usage_decoder
        if usage_decoder is not None:
            field_dict["usage_decoder"] = usage_decoder
        usage_encoder = self.usage_encoder
        if usage_encoder is not None:
            field_dict["usage_encoder"] = usage_encoder
        usage_general = self.usage_general
        if usage_general is not None:
            field_dict["usage_general"] = usage_general
        usage_limit = self.usage_limit
        if usage_limit is not None:
            field_dict["usage_limit"] = usage_limit
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
        value = get("memory_limit_bytes")
        if value is None:
            if "memory_limit_bytes" in src_dict:
                _types.absent(src_dict, "memory_limit_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_limit_bytes = None
        elif value.__class__ is int:
            model_.memory_limit_bytes = value
        else:
            model_.memory_limit_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_limit_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("memory_total_bytes")
        if value is None:
            if "memory_total_bytes" in src_dict:
                _types.absent(src_dict, "memory_total_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_total_bytes = None
        elif value.__class__ is int:
            model_.memory_total_bytes = value
        else:
            model_.memory_total_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_total_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("memory_used_bytes")
        if value is None:
            if "memory_used_bytes" in src_dict:
                _types.absent(src_dict, "memory_used_bytes", False, False, strict, _KNOWN_KEYS)
            model_.memory_used_bytes = None
        elif value.__class__ is int:
            model_.memory_used_bytes = value
        else:
            model_.memory_used_bytes = _types.fit(
                _types.INTEGER,
                src_dict,
                "memory_used_bytes",
                value,
                False,
                False,
                strict,
                _KNOWN_KEYS,
            )

        value = get("usage_decoder")
        if value is None:
            if "usage_decoder" in src_dict:
                _types.absent(src_dict, "usage_decoder", False, False, strict, _KNOWN_KEYS)
            model_.usage_decoder = None
        elif value.__class__ is float or value.__class__ is int:
            model_.usage_decoder = value
        else:
            model_.usage_decoder = _types.fit(
                _types.NUMBER, src_dict, "usage_decoder", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("usage_encoder")
        if value is None:
            if "usage_encoder" in src_dict:
                _types.absent(src_dict, "usage_encoder", False, False, strict, _KNOWN_KEYS)
            model_.usage_encoder = None
        elif value.__class__ is float or value.__class__ is int:
            model_.usage_encoder = value
        else:
            model_.usage_encoder = _types.fit(
                _types.NUMBER, src_dict, "usage_encoder", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("usage_general")
        if value is None:
            if "usage_general" in src_dict:
                _types.absent(src_dict, "usage_general", False, False, strict, _KNOWN_KEYS)
            model_.usage_general = None
        elif value.__class__ is float or value.__class__ is int:
            model_.usage_general = value
        else:
            model_.usage_general = _types.fit(
                _types.NUMBER, src_dict, "usage_general", value, False, False, strict, _KNOWN_KEYS
            )

        value = get("usage_limit")
        if value is None:
            if "usage_limit" in src_dict:
                _types.absent(src_dict, "usage_limit", False, False, strict, _KNOWN_KEYS)
            model_.usage_limit = None
        elif value.__class__ is float or value.__class__ is int:
            model_.usage_limit = value
        else:
            model_.usage_limit = _types.fit(
                _types.NUMBER, src_dict, "usage_limit", value, False, False, strict, _KNOWN_KEYS
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
