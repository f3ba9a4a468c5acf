from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigDataResources")


@_attrs_define
class ConfigDataResources:
    """
    Attributes:
        limit_wait_for_sec (int | Unset):
        max_cpu_usage (float | Unset): percent 0-100
        max_gpu_memory_usage (float | Unset): percent 0-100
        max_gpu_usage (float | Unset): percent 0-100
        max_memory_usage (float | Unset): percent 0-100
    """

    limit_wait_for_sec: int | Unset = UNSET
    max_cpu_usage: float | Unset = UNSET
    max_gpu_memory_usage: float | Unset = UNSET
    max_gpu_usage: float | Unset = UNSET
    max_memory_usage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_wait_for_sec = self.limit_wait_for_sec

        max_cpu_usage = self.max_cpu_usage

        max_gpu_memory_usage = self.max_gpu_memory_usage

        max_gpu_usage = self.max_gpu_usage

        max_memory_usage = self.max_memory_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit_wait_for_sec is not UNSET:
            field_dict["limit_wait_for_sec"] = limit_wait_for_sec
        if max_cpu_usage is not UNSET:
            field_dict["max_cpu_usage"] = max_cpu_usage
        if max_gpu_memory_usage is not UNSET:
            field_dict["max_gpu_memory_usage"] = max_gpu_memory_usage
        if max_gpu_usage is not UNSET:
            field_dict["max_gpu_usage"] = max_gpu_usage
        if max_memory_usage is not UNSET:
            field_dict["max_memory_usage"] = max_memory_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit_wait_for_sec = d.pop("limit_wait_for_sec", UNSET)

        max_cpu_usage = d.pop("max_cpu_usage", UNSET)

        max_gpu_memory_usage = d.pop("max_gpu_memory_usage", UNSET)

        max_gpu_usage = d.pop("max_gpu_usage", UNSET)

        max_memory_usage = d.pop("max_memory_usage", UNSET)

        config_data_resources = cls(
            limit_wait_for_sec=limit_wait_for_sec,
            max_cpu_usage=max_cpu_usage,
            max_gpu_memory_usage=max_gpu_memory_usage,
            max_gpu_usage=max_gpu_usage,
            max_memory_usage=max_memory_usage,
        )

        config_data_resources.additional_properties = d
        return config_data_resources

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
