from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AboutGPUResources")

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
        memory_limit_bytes (int | Unset): Defined memory limit in bytes
        memory_total_bytes (int | Unset): Total available memory in bytes
        memory_used_bytes (int | Unset): Currently used memory in bytes
        usage_decoder (float | Unset): Current decoder usage, 0-100
        usage_encoder (float | Unset): Current encoder usage, 0-100
        usage_general (float | Unset): Current general usage, 0-100
        usage_limit (float | Unset): Defined general usage limit, 0-100
    """

    memory_limit_bytes: int | Unset = UNSET
    memory_total_bytes: int | Unset = UNSET
    memory_used_bytes: int | Unset = UNSET
    usage_decoder: float | Unset = UNSET
    usage_encoder: float | Unset = UNSET
    usage_general: float | Unset = UNSET
    usage_limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_limit_bytes = self.memory_limit_bytes

        memory_total_bytes = self.memory_total_bytes

        memory_used_bytes = self.memory_used_bytes

        usage_decoder = self.usage_decoder

        usage_encoder = self.usage_encoder

        usage_general = self.usage_general

        usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory_limit_bytes is not UNSET:
            field_dict["memory_limit_bytes"] = memory_limit_bytes
        if memory_total_bytes is not UNSET:
            field_dict["memory_total_bytes"] = memory_total_bytes
        if memory_used_bytes is not UNSET:
            field_dict["memory_used_bytes"] = memory_used_bytes
        if usage_decoder is not UNSET:
            field_dict["usage_decoder"] = usage_decoder
        if usage_encoder is not UNSET:
            field_dict["usage_encoder"] = usage_encoder
        if usage_general is not UNSET:
            field_dict["usage_general"] = usage_general
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.memory_limit_bytes = get("memory_limit_bytes", UNSET)
        model_.memory_total_bytes = get("memory_total_bytes", UNSET)
        model_.memory_used_bytes = get("memory_used_bytes", UNSET)
        model_.usage_decoder = get("usage_decoder", UNSET)
        model_.usage_encoder = get("usage_encoder", UNSET)
        model_.usage_general = get("usage_general", UNSET)
        model_.usage_limit = get("usage_limit", UNSET)
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
